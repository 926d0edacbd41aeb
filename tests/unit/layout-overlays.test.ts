import { describe, expect, it } from 'vitest';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import type { Line } from '../../src/lib/domain/result.ts';
import type { StaffGroupNode } from '../../src/lib/layout/scene.ts';
import { LINE_STYLES } from '../../src/lib/render/line-styles.ts';
import { OVERLAY_LAYERS } from '../../src/lib/layout/scene.ts';
import { boxes, boxesCrossed, dinasWithPuskesmas, isOrthogonal, nodeOf } from './layout-helpers/fixtures.ts';

const elk = nodeElk();
const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
const line = (kind: Line['kind'], from: string, to: string, extra: Partial<Line> = {}): Line => ({ kind, subKind: 'formal', from, to, rule: `r-${kind}`, label: kind, basis, ...extra });

describe('routeOverlays', () => {
  it('routes every line orthogonally without passing through any box', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(4), { elk, cache: new LayoutCache() });
    const lines = [
      line('rating', 'kabid-kesmas', 'nutri-kesmas'),
      line('rating', 'kabid-p2p', 'bidan-p2p'),
      line('rating', 'kadis', 'kapus-3'),
      line('assignment', 'kadis', 'dokter-4'),
      line('reporting', 'perawat-1', 'kadis'),
      line('performance', 'kadis', 'kabid-yankes'),
      line('assignment', 'kabid-yankes', 'nutri-kesmas', { team: 't1' })
    ];
    const routed = routeOverlays(scene, { lines }, [...OVERLAY_LAYERS]);
    const overlay = routed.edges.filter((e) => e.kind !== 'kedudukan');
    expect(overlay).toHaveLength(lines.length);
    const all = boxes(routed);
    for (const e of overlay) {
      expect(e.unrouted, e.id).toBeUndefined();
      expect(isOrthogonal(e.points), e.id).toBe(true);
      expect(boxesCrossed(e.points, all).map((b) => b.id), e.id).toEqual([]);
    }
    expect(routed.layers).toEqual(['performance', 'rating', 'assignment', 'reporting', 'team']);
    // Kedudukan edges are kept as they were.
    expect(routed.edges.filter((e) => e.kind === 'kedudukan')).toEqual(scene.edges);
  });

  it('attaches a line about a staff position to that position’s row of the group box', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(1), { elk, cache: new LayoutCache() });
    const routed = routeOverlays(scene, { lines: [line('rating', 'kabid-kesmas', 'bidan-kesmas')] }, ['rating']);
    const edge = routed.edges.find((e) => e.kind === 'rating')!;
    const group = nodeOf(routed, 'bidan-kesmas') as StaffGroupNode;
    const row = group.rows.find((r) => r.positionId === 'bidan-kesmas')!;
    const end = edge.points[edge.points.length - 1];
    expect(end.x === row.x || end.x === row.x + row.width).toBe(true);
    expect(end.y).toBeGreaterThan(row.y);
    expect(end.y).toBeLessThan(row.y + row.height);
  });

  it('draws only the requested layers and bundles identical lines into one edge', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(1), { elk, cache: new LayoutCache() });
    const lines = [
      line('rating', 'kabid-kesmas', 'nutri-kesmas', { rule: 'a' }),
      line('rating', 'kabid-kesmas', 'nutri-kesmas', { rule: 'b' }),
      line('assignment', 'kadis', 'nutri-kesmas')
    ];
    const routed = routeOverlays(scene, { lines }, ['rating']);
    const overlay = routed.edges.filter((e) => e.kind !== 'kedudukan');
    expect(overlay).toHaveLength(1);
    expect(overlay[0].lines.map((l) => l.rule)).toEqual(['a', 'b']);
    expect(routed.layers).toEqual(['rating']);
  });

  it('lines from one official to several rows share their way out (bundled)', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(1), { elk, cache: new LayoutCache() });
    const routed = routeOverlays(scene, { lines: [line('rating', 'kasubag-uk', 'adm'), line('rating', 'sek', 'perencana'), line('rating', 'sek', 'epid-madya')] }, ['rating']);
    const [, a, b] = routed.edges.filter((e) => e.kind === 'rating');
    // Same exit point on the Sekretaris box and the same first stretch, until the lines part.
    expect(a.points[0]).toEqual(b.points[0]);
    expect(a.points[1].y).toBe(b.points[1].y);
    expect(Math.sign(a.points[1].x - a.points[0].x)).toBe(Math.sign(b.points[1].x - b.points[0].x));
  });

  it('draws lines about positions in a collapsed subtree to the collapsed box, one bundled edge', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(1), { elk, cache: new LayoutCache(), collapsed: ['kabid-kesmas'] });
    const lines = [line('rating', 'kabid-kesmas', 'nutri-kesmas'), line('assignment', 'kadis', 'nutri-kesmas'), line('assignment', 'kadis', 'pl-kesmas')];
    const routed = routeOverlays(scene, { lines }, ['rating', 'assignment']);
    const overlay = routed.edges.filter((e) => e.kind !== 'kedudukan');
    // The rating line would start and end on the same box: not drawn.
    expect(overlay.map((e) => [e.kind, e.from, e.to])).toEqual([['assignment', 'kadis', 'kabid-kesmas']]);
    expect(overlay[0].lines.map((l) => l.to)).toEqual(['nutri-kesmas', 'pl-kesmas']);
  });

  it('keeps the line of an optional ("dan/atau") rule marked optional', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(1), { elk, cache: new LayoutCache() });
    const routed = routeOverlays(scene, { lines: [line('reporting', 'nutri-kesmas', 'kadis', { optional: true })] }, ['reporting']);
    expect(routed.edges.find((e) => e.kind === 'reporting')!.optional).toBe(true);
  });

  it('gives every layer its own colour and its own dash pattern', () => {
    const kinds = ['kedudukan', ...OVERLAY_LAYERS] as const;
    expect(new Set(kinds.map((k) => LINE_STYLES[k].color)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => LINE_STYLES[k].dash)).size).toBe(kinds.length);
  });
});
