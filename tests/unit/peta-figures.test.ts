// Peta Jabatan view (issue 5): B (bezetting), K (kebutuhan), ± = B − K per post, roll-ups per unit (with its
// sub-units) and for the whole kabupaten, and boxes in the 'peta' view that show them.
import { describe, expect, it } from 'vitest';
import { figuresLine, formatBalance, positionFigures, staffingTotals, totalsLine } from '../../src/lib/layout/peta-figures.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { officialContent, staffRowContent } from '../../src/lib/layout/box-content.ts';
import type { OfficialNode, StaffGroupNode, UnitFrameNode } from '../../src/lib/layout/scene.ts';
import { Builder } from './helpers/build.ts';

/** Figures keep their label with a no-break space; compare as a reader sees them. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

function dinasWithUpt() {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const dinas = b.current;
  const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { classGrade: 14, need: 1 });
  const kabid = b.pos('Kepala Bidang Pelayanan', 'administrator', kadis, { classGrade: 11, need: 1 });
  b.pos('Perawat Ahli Muda', 'fungsional', kabid, { grade: 'ahli_muda', classGrade: 9, count: 3, need: 5 });
  b.pos('Pengadministrasi Umum', 'pelaksana', kabid, { classGrade: 5, count: 4, need: 2 });
  b.unit('upt', 'UPT Laboratorium Kesehatan', dinas);
  const kaupt = b.pos('Kepala UPT Laboratorium Kesehatan', 'pengawas', kabid, { classGrade: 9, need: 1 });
  b.pos('Pranata Laboratorium Kesehatan', 'fungsional', kaupt, { grade: 'terampil', count: 2 });
  b.unit('badan', 'Badan Keuangan', null);
  b.pos('Kepala Badan Keuangan', 'jpt_pratama', null, { classGrade: 14, need: 1 });
  return { s: b.done(), dinas, kabid };
}

describe('figures of one post', () => {
  it('B is the number of holders (default 1), ± is B − K', () => {
    expect(positionFigures({ count: 3, need: 5 })).toEqual({ b: 3, k: 5, balance: -2 });
    expect(positionFigures({ count: 4, need: 2 })).toEqual({ b: 4, k: 2, balance: 2 });
    expect(positionFigures({})).toEqual({ b: 1, k: null, balance: null });
  });
  it('writes ± with its sign and a dash when K is unknown', () => {
    expect([formatBalance(2), formatBalance(-2), formatBalance(0)]).toEqual(['+2', '−2', '0']);
    expect(plain(figuresLine({ b: 1, k: null, balance: null }))).toBe('B 1 · K – · ± –');
    expect(plain(figuresLine(positionFigures({ count: 3, need: 5 })))).toBe('B 3 · K 5 · ± −2');
  });
});

describe('roll-ups', () => {
  it('sums each unit with its sub-units, and the whole kabupaten', () => {
    const { s, dinas } = dinasWithUpt();
    const { byUnit, all } = staffingTotals(s);
    const upt = s.units.find((u) => u.type === 'upt')!.id;
    // UPT: Kepala (1/1) + Pranata Lab (2, no K).
    expect(byUnit.get(upt)).toEqual({ b: 3, k: 1, balance: 0, positions: 2, withoutNeed: 1 });
    // Dinas: 1/1 + 1/1 + 3/5 + 4/2 + the UPT.
    expect(byUnit.get(dinas)).toEqual({ b: 12, k: 10, balance: 0, positions: 6, withoutNeed: 1 });
    expect(all).toEqual({ b: 13, k: 11, balance: 0, positions: 7, withoutNeed: 1 });
    expect(plain(totalsLine(byUnit.get(dinas)!))).toBe('B 12 · K 10 · ± 0 (1 jabatan tanpa K)');
  });
});

describe('boxes in the Peta Jabatan view', () => {
  it('show kelas jabatan and B · K · ± instead of level and jenjang', () => {
    const { s } = dinasWithUpt();
    const kabid = s.positions.find((p) => p.title === 'Kepala Bidang Pelayanan')!;
    expect(officialContent(kabid).detail.join(' ')).toContain('Administrator');
    expect(officialContent(kabid, 'peta').detail.map(plain)).toEqual(['Kelas jabatan 11', 'B 1 · K 1 · ± 0']);
    const perawat = s.positions.find((p) => p.title === 'Perawat Ahli Muda')!;
    expect(staffRowContent(perawat, 'peta').detail.map(plain)).toEqual(['Kelas jabatan 9', 'B 3 · K 5 · ± −2']);
    // One more detail line than the SOTK box: the box grows to fit it.
    expect(officialContent(kabid, 'peta').height).toBeGreaterThan(officialContent(kabid).height);
  });

  it('lays out the same structure with figures on boxes and roll-ups on frames', async () => {
    const { s, dinas } = dinasWithUpt();
    const scene = await layoutStructure(s, { elk: nodeElk(), cache: new LayoutCache(), view: 'peta' });
    const kabid = scene.nodes.find((n): n is OfficialNode => n.kind === 'official' && n.title.join(' ') === 'Kepala Bidang Pelayanan')!;
    expect(kabid.staffing).toEqual({ b: 1, k: 1, balance: 0 });
    const rows = scene.nodes.filter((n): n is StaffGroupNode => n.kind === 'staffGroup').flatMap((g) => g.rows);
    expect(rows.find((r) => r.title.join(' ') === 'Perawat Ahli Muda')?.staffing).toEqual({ b: 3, k: 5, balance: -2 });
    const frame = scene.nodes.find((n): n is UnitFrameNode => n.kind === 'unitFrame' && n.unitId === dinas)!;
    expect(frame.staffing?.b).toBe(12);
    expect(plain(frame.name.join(' '))).toContain('B 12 · K 10 · ± 0');
    const sotk = await layoutStructure(s, { elk: nodeElk(), cache: new LayoutCache() });
    expect(sotk.nodes.some((n) => 'staffing' in n)).toBe(false);
    expect(sotk.nodes.filter((n) => n.kind === 'official').length).toBe(scene.nodes.filter((n) => n.kind === 'official').length);
  });

  it('never wraps a label away from its number', () => {
    const { s } = dinasWithUpt();
    // Wide enough figures that the line must wrap somewhere.
    const lines = officialContent({ ...s.positions[0], count: 12345678, need: 87654321 }, 'peta').detail;
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).not.toMatch(/^(\d|−|\+|–)|(B|K|±)$/);
    expect(lines.map(plain).join(' ')).toBe('Kelas jabatan 14 B 12345678 · K 87654321 · ± −75308643');
  });

  it('a shared layout cache does not serve SOTK boxes to the Peta view', async () => {
    const { s } = dinasWithUpt();
    const cache = new LayoutCache();
    await layoutStructure(s, { elk: nodeElk(), cache });
    const peta = await layoutStructure(s, { elk: nodeElk(), cache, view: 'peta' });
    expect(peta.nodes.filter((n): n is OfficialNode => n.kind === 'official').every((n) => n.staffing !== undefined)).toBe(true);
  });
});
