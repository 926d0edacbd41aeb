import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { diffLines, diffPositionRoles, diffStructures } from '../../src/lib/domain/diff.ts';
import { describeDifferences } from '../../src/lib/domain/variant-differences.ts';
import { VariantSchema } from '../../src/lib/domain/variant.ts';
import { build } from './helpers/build.ts';
import { plainLine } from '../../src/lib/domain/rule-line.ts';

const minimal = VariantSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/variants/minimal.json', import.meta.url), 'utf8')));

const dinas = () =>
  build('dinas', (b) => {
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    const kabid = b.pos('Kepala Bidang', 'administrator', kadis, { id: 'kabid' });
    b.pos('Arsiparis Ahli Madya', 'fungsional', kadis, { id: 'jf', grade: 'ahli_madya' });
    b.pos('Pengadministrasi', 'pelaksana', kabid, { id: 'pel' });
  });

describe('comparing two computations', () => {
  it('lines only in A, only in B, and the positions whose rater changes', () => {
    const s = dinas();
    const a = compute(s, minimal, { 'kadis-rates': 'no' });
    const b = compute(s, minimal, { 'kadis-rates': 'yes' });
    const d = diffLines(a, b);
    expect(d.onlyA).toEqual([]);
    expect(d.onlyB.map((l) => `${l.kind}:${l.from}>${l.to}`)).toEqual(['rating:kadis>jf']);
    expect(d.same.length).toBe(a.lines.length);
    const changes = diffPositionRoles(a, b);
    expect(changes).toEqual([expect.objectContaining({ position: 'jf', kind: 'rating', before: [], after: ['kadis'] })]);
    expect(changes[0].linesAfter[0].basis.ref).toBe('Pasal 1');
  });

  it('versions of a structure: added, removed, moved, level and jenjang changed', () => {
    const a = dinas();
    const b = structuredClone(a);
    b.positions = b.positions.filter((p) => p.id !== 'pel');
    const jf = b.positions.find((p) => p.id === 'jf')!;
    jf.parent = 'kabid';
    jf.grade = 'ahli_muda';
    b.positions.find((p) => p.id === 'kabid')!.level = 'pengawas';
    b.positions.push({ id: 'baru', unit: a.units[0].id, title: 'Perencana Ahli Pertama', level: 'fungsional', grade: 'ahli_pertama', parent: 'kabid' });
    const changes = diffStructures(a, b).map((c) => `${c.kind}:${c.position}:${c.before ?? ''}>${c.after ?? ''}`);
    expect(changes.sort()).toEqual(['added:baru:>Perencana Ahli Pertama', 'grade:jf:ahli_madya>ahli_muda', 'level:kabid:administrator>pengawas', 'moved:jf:kadis>kabid', 'removed:pel:Pengadministrasi>'].sort());
  });
});

describe('"Apa yang berubah?" is generated from the variant data', () => {
  it('lists coverage, option, rater-rule and check differences, and nothing for identical variants', () => {
    expect(describeDifferences(minimal, minimal)).toEqual([]);
    const other = structuredClone(minimal);
    other.identity.region = 'Kota Lain';
    other.coverage.kelurahan = { pattern: 'Gambar 8', basis: other.fallback.basis };
    other.options = [];
    other.raterRules = other.raterRules.filter((r) => r.id !== 'kasubag-only-pelaksana');
    other.raterRules.forEach((r) => delete r.when);
    other.checks = other.checks.filter((c) => c.check !== 'staffUnderStaff');
    const texts = describeDifferences(minimal, other).map((d) => `${d.topic}: ${d.text}`);
    expect(texts).toEqual(expect.arrayContaining([
      'cakupan: Kelurahan diatur khusus oleh Kota Lain 1/2024 (Gambar 8), tidak oleh Kabupaten Uji 1/2024.',
      'opsi: Hanya Kabupaten Uji 1/2024 menyisakan pilihan tafsir: Kepala Dinas sebagai PPK.',
      'penilai: Kabupaten Uji 1/2024: kasubag tidak menilai (naik ke atasan berikutnya) fungsional; Kota Lain 1/2024 tidak mengatur demikian.',
      'pemeriksaan: Pemeriksaan hanya di Kabupaten Uji 1/2024: staffUnderStaff (error).'
    ]));
  });
});

describe('a line that only becomes optional ("dan/atau")', () => {
  it('counts as a difference', () => {
    const s = dinas();
    const a = compute(s, minimal);
    const b = { ...a, lines: a.lines.map(plainLine) };
    const i = b.lines.findIndex((l) => l.kind === 'rating');
    b.lines[i] = { ...b.lines[i], optional: true };
    const d = diffLines(a, b);
    expect([d.onlyA.length, d.onlyB.length]).toEqual([1, 1]);
    expect(d.onlyB[0].optional).toBe(true);
  });
});
