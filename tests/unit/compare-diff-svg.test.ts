// The compare overlay drawn over a real layout: which lines are red (only A) and green (only B).
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { compareVersions } from '../../src/lib/ui/compare/compare-model.ts';
import { diffEdges, diffSvg } from '../../src/lib/ui/compare/diff-svg.ts';
import { Builder } from './helpers/build.ts';

describe('diff overlay', () => {
  it('a Pelaksana moved from the Kasubag to the Kabid: old rating line red, new one green, the Pelaksana ringed', async () => {
    // Perbup Tabanan 107/2023, seed-004 oracle 2: RATES Kasubag→B before the move; its new superior Kabid after.
    const b = new Builder('dinas', 'Dinas Kesehatan');
    const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { id: 'kadis' });
    const kabid = b.pos('Kepala Bidang P2P', 'administrator', kadis, { id: 'kabid' });
    b.pos('Epidemiolog Kesehatan Ahli Muda', 'fungsional', kabid, { id: 'A', grade: 'ahli_muda' });
    const sek = b.pos('Sekretaris', 'administrator', kadis, { id: 'sek' });
    const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', sek, { id: 'kasubag' });
    b.pos('Pengadministrasi <Umum> & Arsip', 'pelaksana', kasubag, { id: 'B' });
    const before = b.done();
    const after = structuredClone(before);
    after.positions.find((p) => p.id === 'B')!.parent = 'kabid';
    const cmp = compareVersions(before, after, { variant: loadBuiltinVariant('tabanan-2023-107'), options: {} });

    const scene = await layoutStructure(after, { elk: nodeElk(), cache: new LayoutCache() });
    const edges = diffEdges(scene, cmp.lines.onlyA, cmp.lines.onlyB);
    const rating = edges.filter((e) => e.edge.kind === 'rating').map((e) => `${e.side}:${e.edge.from}>${e.edge.to}`);
    expect(rating.sort()).toEqual(['a:kasubag>B', 'b:kabid>B']);
    expect(edges.every((e) => e.edge.points.length >= 2)).toBe(true);

    const svg = diffSvg(scene, edges, cmp.rows.map((r) => r.position.id));
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
    expect(doc.svg).toBeDefined();
    expect(svg).toContain('Pengadministrasi &lt;Umum&gt; &amp; Arsip');
    expect(svg).toMatch(/<rect class="changed" data-position="B"/);
    expect((svg.match(/data-side="a"/g) ?? []).length).toBe(edges.filter((e) => e.side === 'a').length);
    // Only differing lines are drawn: none of the unchanged rating line Kabid→A.
    expect(svg).not.toMatch(/data-kind="rating"[^>]*data-from="kabid" data-to="A"/);
  });
});
