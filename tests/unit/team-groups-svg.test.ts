// The Tim Kerja layer in the exported SVG: the same groups as on screen (halos, one trunk, knots,
// badges), a legend row naming each team, team names escaped, well-formed XML.
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { compute } from '../../src/lib/domain/compute.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { OVERLAY_LAYERS } from '../../src/lib/layout/scene.ts';
import { renderSvg } from '../../src/lib/render/svg.ts';
import { TEAM_PALETTE } from '../../src/lib/render/team-styles.ts';
import { dinasWithPuskesmas } from './layout-helpers/fixtures.ts';

const count = (s: string, re: RegExp) => [...s.matchAll(re)].length;

describe('team layer in the SVG export', () => {
  it('draws each team as a group with its legend row', async () => {
    const s = dinasWithPuskesmas(2, (b) => {
      b.team('Tim Kerja Satu Data <Kesehatan>', 'u1', ['nutri-kesmas', 'bidan-p2p', 'dokter-1'], 'nutri-kesmas', 'sd');
      b.team('Tim Kerja Evaluasi SAKIP', 'u1', ['perencana', 'adm'], null, 'sakip');
    });
    const plain = await layoutStructure(s, { elk: nodeElk(), cache: new LayoutCache() });
    const scene = routeOverlays(plain, compute(s, loadBuiltinVariant('karanganyar-2023-50')), [...OVERLAY_LAYERS], s.teams);
    const svg = renderSvg(scene);
    expect(XMLValidator.validate(svg)).toBe(true);
    const team = (id: string) => svg.match(new RegExp(`<g class="team" data-team="${id}">.*?</g></g>(?=<g class="team" |</g>)`))?.[0] ?? '';
    expect(count(team('sd'), /class="team-halo"/g)).toBe(3);
    expect(count(team('sd'), /class="team-trunk"/g)).toBe(1);
    expect(team('sd')).toContain(`stroke="${TEAM_PALETTE[0].color}"`);
    expect(team('sakip')).toContain(`stroke="${TEAM_PALETTE[1].color}"`);
    expect(team('sakip')).toContain(`stroke-dasharray="${TEAM_PALETTE[1].dash}"`);
    expect(svg).toContain('>Ketua SDK</text>');
    // Legend: one row per team with its name (escaped), no generic "Tim Kerja" row.
    expect(count(svg, /class="legend-team"/g)).toBe(2);
    expect(svg).toContain('>Tim Kerja Satu Data &lt;Kesehatan&gt;</text>');
    expect(svg).toContain('>Tim Kerja Evaluasi SAKIP</text>');
    expect(svg).not.toContain('>Tim Kerja</text>');
  });
});
