// The compare view's rows: two variants (or option choices) on one structure, and one variant on two
// versions of a structure. Expected raters come from the oracle cases of the seeds, not from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant, loadBuiltinVariants } from '../../src/cli/variant-files.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { readStructure } from '../../src/lib/io/read-structure.ts';
import { UNIT_TYPES } from '../../src/lib/domain/vocabulary.ts';
import { compareVariants, compareVersions } from '../../src/lib/ui/compare/compare-model.ts';
import { Builder } from './helpers/build.ts';

const sambas = loadBuiltinVariant('sambas-2024-18');
const tabanan = loadBuiltinVariant('tabanan-2023-107');

describe('two option choices of one variant (Perbup Sambas 18/2024)', () => {
  // seed-001 T4: Camat → {Sekcam → Kasubag Umum → PEL J, Kasi Pemerintahan → JF K}; J's PPK is the
  // Sekcam (nearest Administrator, L709) or, read as "unit head", the Camat. K's PPK is the Camat either way.
  const b = new Builder('kecamatan', 'Kecamatan Uji');
  const camat = b.pos('Camat', 'administrator', null, { id: 'camat' });
  const sekcam = b.pos('Sekretaris Kecamatan', 'administrator', camat, { id: 'sekcam' });
  const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', sekcam, { id: 'kasubag' });
  b.pos('Pengadministrasi Umum', 'pelaksana', kasubag, { id: 'J' });
  const kasi = b.pos('Kepala Seksi Pemerintahan', 'pengawas', camat, { id: 'kasi' });
  b.pos('Analis Kebijakan Ahli Pertama', 'fungsional', kasi, { id: 'K', grade: 'ahli_pertama' });
  const s = b.done();
  const cmp = compareVariants(s, { variant: sambas, options: {} }, { variant: sambas, options: { ppk_kecamatan: 'camat' } });

  it("J's rater changes from the Sekcam to the Camat, K's does not", () => {
    const rating = cmp.rows.filter((r) => r.kind === 'rating');
    expect(rating.map((r) => r.position.id)).toEqual(['J']);
    expect(rating[0].before).toEqual([{ id: 'sekcam', title: 'Sekretaris Kecamatan' }]);
    expect(rating[0].after).toEqual([{ id: 'camat', title: 'Camat' }]);
    expect(rating[0].unitName).toBe('Kecamatan Uji');
    expect(rating[0].topUnit).toBe(s.units[0].id);
  });

  it('both sides carry a citation (pasal/lampiran + quote) from the Sambas text', () => {
    const row = cmp.rows.find((r) => r.kind === 'rating' && r.position.id === 'J')!;
    for (const basis of [...row.basisBefore, ...row.basisAfter]) {
      expect(basis.source).toMatch(/^001_/);
      expect(basis.ref.length).toBeGreaterThan(0);
      expect(basis.quote.length).toBeGreaterThan(0);
    }
    expect(row.basisBefore.length).toBeGreaterThan(0);
    expect(row.basisAfter.length).toBeGreaterThan(0);
  });

  it('the changed lines are listed as only-A and only-B and counted on the unit', () => {
    expect(cmp.lines.onlyA.some((l) => l.kind === 'rating' && l.from === 'sekcam' && l.to === 'J')).toBe(true);
    expect(cmp.lines.onlyB.some((l) => l.kind === 'rating' && l.from === 'camat' && l.to === 'J')).toBe(true);
    expect(cmp.lines.onlyA.some((l) => l.to === 'K' && l.kind === 'rating')).toBe(false);
    expect(cmp.units).toEqual([{ unit: s.units[0].id, name: 'Kecamatan Uji', count: cmp.lines.onlyA.length + cmp.lines.onlyB.length }]);
  });
});

describe('two regulations on one structure', () => {
  it('a flat Kecamatan: Sambas (L705, L709) and Tabanan both make the Camat the rater, so no rating row', () => {
    // seed-004 oracle 4: Camat → {JF E, PEL F}: RATES Camat→E, F. seed-001 P3: the Administrator is PPK.
    const b = new Builder('kecamatan', 'Kecamatan Datar');
    const camat = b.pos('Camat', 'administrator', null, { id: 'camat' });
    b.pos('Penata Kelola Pemerintahan Ahli Muda', 'fungsional', camat, { id: 'E', grade: 'ahli_muda' });
    b.pos('Pengadministrasi Umum', 'pelaksana', camat, { id: 'F' });
    const cmp = compareVariants(b.done(), { variant: sambas, options: {} }, { variant: tabanan, options: {} });
    expect(cmp.rows.filter((r) => r.kind === 'rating')).toEqual([]);
    expect(cmp.a.lines.filter((l) => l.kind === 'rating' && (l.to === 'E' || l.to === 'F')).map((l) => l.from)).toEqual(['camat', 'camat']);
  });

  it('on the sample, every row agrees with the raters each computation reports', () => {
    const sample = readStructure(JSON.parse(readFileSync(new URL('../../models/samples/kabupaten-contoh.json', import.meta.url), 'utf8')));
    if (!sample.ok) throw new Error('sample unreadable');
    const [x, y] = [loadBuiltinVariant('karanganyar-2023-50'), loadBuiltinVariant('pangkalpinang-2023-51')];
    const cmp = compareVariants(sample.value, { variant: x, options: {} }, { variant: y, options: {} });
    expect(cmp.rows.length).toBeGreaterThan(0);
    for (const row of cmp.rows.filter((r) => r.kind === 'rating')) {
      const ra = cmp.a.roles.get(row.position.id)?.rater ?? null;
      const rb = cmp.b.roles.get(row.position.id)?.rater ?? null;
      if (row.before.length === 1) expect(row.before[0].id).toBe(ra);
      if (row.after.length === 1) expect(row.after[0].id).toBe(rb);
      expect(row.before.map((p) => p.id)).not.toEqual(row.after.map((p) => p.id));
    }
    const total = cmp.units.reduce((n, u) => n + u.count, 0);
    expect(total).toBe(cmp.lines.onlyA.length + cmp.lines.onlyB.length);
  });

  it('every built-in variant compared with itself shows nothing on the sample', () => {
    const sample = readStructure(JSON.parse(readFileSync(new URL('../../models/samples/kabupaten-contoh.json', import.meta.url), 'utf8')));
    if (!sample.ok) throw new Error('sample unreadable');
    for (const v of loadBuiltinVariants()) {
      const cmp = compareVariants(sample.value, { variant: v, options: {} }, { variant: v, options: {} });
      expect(cmp.rows, v.id).toEqual([]);
      expect(cmp.lines.onlyA.length + cmp.lines.onlyB.length, v.id).toBe(0);
    }
  });
});

describe('two versions of a structure', () => {
  it('moving a Pelaksana from the Kasubag to the Kabid moves its rater with it (Perbup Tabanan 107/2023)', () => {
    // seed-004 oracle 2: Kadis → Kabid P2P → JF A; Sekretaris → Kasubag Umum → PEL B: RATES Kabid→A, Kasubag→B.
    const b = new Builder('dinas', 'Dinas Kesehatan');
    const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { id: 'kadis' });
    const kabid = b.pos('Kepala Bidang P2P', 'administrator', kadis, { id: 'kabid' });
    b.pos('Epidemiolog Kesehatan Ahli Muda', 'fungsional', kabid, { id: 'A', grade: 'ahli_muda' });
    const sekretaris = b.pos('Sekretaris', 'administrator', kadis, { id: 'sek' });
    const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', sekretaris, { id: 'kasubag' });
    b.pos('Pengadministrasi Umum', 'pelaksana', kasubag, { id: 'B' });
    const before = b.done();
    expect(compute(before, tabanan).roles.get('B')!.rater).toBe('kasubag');
    const after = structuredClone(before);
    after.positions.find((p) => p.id === 'B')!.parent = 'kabid';
    after.positions.find((p) => p.id === 'A')!.grade = 'ahli_madya';

    const cmp = compareVersions(before, after, { variant: tabanan, options: {} });
    expect(cmp.structure).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'moved', label: 'Kedudukan dipindah', position: { id: 'B', title: 'Pengadministrasi Umum' }, before: 'Kepala Sub Bagian Umum', after: 'Kepala Bidang P2P' }),
        expect.objectContaining({ kind: 'grade', label: 'Jenjang berubah', position: { id: 'A', title: 'Epidemiolog Kesehatan Ahli Muda' }, before: 'Ahli Muda', after: 'Ahli Madya' })
      ])
    );
    expect(cmp.structure).toHaveLength(2);
    const rating = cmp.rows.find((r) => r.kind === 'rating' && r.position.id === 'B')!;
    expect(rating.before.map((p) => p.id)).toEqual(['kasubag']);
    expect(rating.after.map((p) => p.id)).toEqual(['kabid']);
    expect(cmp.rows.some((r) => r.position.id === 'A' && r.kind === 'rating')).toBe(false);
  });

  it.each(UNIT_TYPES)('%s: removing a staff position removes exactly the lines that touched it', (type) => {
    const b = new Builder(type, `Unit ${type}`);
    const head = b.pos('Kepala', type === 'puskesmas' || type === 'sekolah' ? 'fungsional' : 'administrator', null, { id: 'head', ...(type === 'puskesmas' || type === 'sekolah' ? { grade: 'ahli_muda' as const } : {}) });
    const sub = b.pos('Kepala Seksi', 'pengawas', head, { id: 'sub' });
    b.pos('Pengadministrasi', 'pelaksana', sub, { id: 'pel' });
    b.pos('Pranata Komputer Ahli Pertama', 'fungsional', head, { id: 'jf', grade: 'ahli_pertama' });
    const before = b.done();
    const after = structuredClone(before);
    after.positions = after.positions.filter((p) => p.id !== 'pel');
    for (const variant of [sambas, tabanan]) {
      const cmp = compareVersions(before, after, { variant, options: {} });
      expect(cmp.structure.map((c) => `${c.kind}:${c.position.id}`)).toEqual(['removed:pel']);
      expect(cmp.structure[0].before).toBe('Pengadministrasi');
      expect(cmp.lines.onlyB).toEqual([]);
      const touching = cmp.a.lines.filter((l) => l.from === 'pel' || l.to === 'pel');
      expect(cmp.lines.onlyA).toEqual(touching);
      for (const row of cmp.rows) expect(row.position.id === 'pel' || row.before.some((x) => x.id === 'pel'), `${row.kind} ${row.position.id}`).toBe(true);
    }
  });
});

describe('invariants on the sample and on every unit type', () => {
  const sampleStructure = () => {
    const read = readStructure(JSON.parse(readFileSync(new URL('../../models/samples/kabupaten-contoh.json', import.meta.url), 'utf8')));
    if (!read.ok) throw new Error('sample unreadable');
    return read.value;
  };

  it('the sample, one Pelaksana moved to another official: one structure change, and its rater row matches both computations', () => {
    const before = sampleStructure();
    const index = new Map(before.positions.map((p) => [p.id, p]));
    const pel = before.positions.find((p) => p.level === 'pelaksana' && p.parent && index.get(p.parent)?.level === 'pengawas')!;
    const target = before.positions.find((p) => p.unit === pel.unit && p.level === 'administrator' && p.id !== pel.parent)!;
    const after = structuredClone(before);
    after.positions.find((p) => p.id === pel.id)!.parent = target.id;
    for (const variant of loadBuiltinVariants()) {
      const cmp = compareVersions(before, after, { variant, options: {} });
      expect(cmp.structure.map((c) => `${c.kind}:${c.position.id}`), variant.id).toEqual([`moved:${pel.id}`]);
      expect(cmp.structure[0].after).toBe(target.title);
      const ra = cmp.a.roles.get(pel.id)!.rater;
      const rb = cmp.b.roles.get(pel.id)!.rater;
      const row = cmp.rows.find((r) => r.kind === 'rating' && r.position.id === pel.id);
      if (ra === rb) expect(row, variant.id).toBeUndefined();
      else {
        expect(row?.before.map((p) => p.id), variant.id).toEqual(ra ? [ra] : []);
        expect(row?.after.map((p) => p.id), variant.id).toEqual(rb ? [rb] : []);
      }
    }
  });

  it.each(UNIT_TYPES)('%s: every pair of built-in variants: nothing against itself, and rating rows name each side’s PPK', (type) => {
    const b = new Builder(type, `Unit ${type}`);
    const jfHead = type === 'puskesmas' || type === 'sekolah';
    const head = b.pos('Kepala', jfHead ? 'fungsional' : 'administrator', null, { id: 'head', ...(jfHead ? { grade: 'ahli_muda' as const } : {}) });
    const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', head, { id: 'kasubag' });
    b.pos('Pengadministrasi', 'pelaksana', kasubag, { id: 'pel' });
    b.pos('Analis Ahli Muda', 'fungsional', kasubag, { id: 'jf', grade: 'ahli_muda' });
    b.pos('Pranata Komputer Ahli Pertama', 'fungsional', head, { id: 'jf2', grade: 'ahli_pertama' });
    const s = b.done();
    const all = loadBuiltinVariants();
    for (const x of all)
      for (const y of all) {
        const cmp = compareVariants(s, { variant: x, options: {} }, { variant: y, options: {} });
        if (x === y) expect(cmp.rows).toEqual([]);
        // A rating line into a JF or Pelaksana comes from its PPK, on either side.
        for (const row of cmp.rows.filter((r) => r.kind === 'rating' && ['pel', 'jf', 'jf2'].includes(r.position.id))) {
          const where = `${x.id} vs ${y.id}: ${row.position.id}`;
          if (row.before.length === 1) expect(row.before[0].id, where).toBe(cmp.a.roles.get(row.position.id)!.rater);
          if (row.after.length === 1) expect(row.after[0].id, where).toBe(cmp.b.roles.get(row.position.id)!.rater);
        }
      }
  });
});
