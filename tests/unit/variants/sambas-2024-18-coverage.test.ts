// Coverage and legal basis of the sambas-2024-18 variant: one rater per JF/Pelaksana in every covered unit type,
// the fallback for the Kelurahan, and every quote verbatim in the seed text.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { Level, UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { Builder } from '../helpers/build.ts';
import { codes, sourcesInto } from '../helpers/lines.ts';
import { found, run, variant } from './sambas-2024-18.helpers.ts';

const HEAD_LEVEL: Record<UnitType, Level> = {
  setda: 'jpt_pratama', setwan: 'jpt_pratama', inspektorat: 'jpt_pratama', dinas: 'jpt_pratama', badan: 'jpt_pratama',
  rsud: 'administrator', kecamatan: 'administrator', lainnya: 'administrator', kelurahan: 'pengawas', upt: 'pengawas',
  puskesmas: 'fungsional', sekolah: 'fungsional'
};
const BELOW: Partial<Record<Level, Level>> = { jpt_pratama: 'administrator', administrator: 'pengawas' };

/** A unit of the type with its head and every structural level below it, each with three kinds of staff. */
function typical(type: UnitType): { s: Structure; staff: string[] } {
  const b = new Builder(type, type === 'lainnya' ? 'Kantor Kesatuan Bangsa dan Politik' : `Unit ${type}`);
  const staff: string[] = [];
  let official = b.pos('Kepala', HEAD_LEVEL[type], null, HEAD_LEVEL[type] === 'fungsional' ? { grade: 'ahli_madya' } : {});
  let level: Level | undefined = HEAD_LEVEL[type];
  for (;;) {
    staff.push(b.pos('JF Ahli Pertama', 'fungsional', official, { grade: 'ahli_pertama' }));
    staff.push(b.pos('JF Ahli Madya', 'fungsional', official, { grade: 'ahli_madya' }));
    staff.push(b.pos('JF Ahli Utama', 'fungsional', official, { grade: 'ahli_utama' }));
    staff.push(b.pos('Pelaksana', 'pelaksana', official));
    level = level ? BELOW[level] : undefined;
    if (!level) break;
    official = b.pos(`Pejabat ${level}`, level, official);
  }
  return { s: b.done(), staff };
}

describe('coverage', () => {
  const covered = Object.keys(variant.coverage) as UnitType[];
  it('covers every unit type the text names; only the Kelurahan falls back', () => {
    expect([...covered].sort()).toEqual(['badan', 'dinas', 'inspektorat', 'kecamatan', 'lainnya', 'puskesmas', 'rsud', 'sekolah', 'setda', 'setwan', 'upt']);
  });
  for (const type of covered) {
    it(`${type}: every JF/Pelaksana gets exactly one rating line, under every option value`, () => {
      const { s, staff } = typical(type);
      const byDefault = run(s);
      for (const id of staff) expect(sourcesInto(byDefault, 'rating', id), `${type} ${id}`).toHaveLength(1);
      expect(codes(byDefault)).not.toContain('NO_RATER');
      expect(codes(byDefault)).not.toContain('UNIT_TYPE_NOT_COVERED');
      // Under an option a rater may be refused (an Ahli Utama in a lone UPTD under "semua_pengawas"):
      // then there is no line and an error names the staff member, never two lines.
      for (const r of variant.options.flatMap((o) => o.choices.map((c) => run(s, { [o.key]: c.value })))) {
        for (const id of staff) {
          const raters = sourcesInto(r, 'rating', id);
          const erred = r.findings.some((f) => f.code === 'NO_RATER' && f.severity === 'error' && f.positions.includes(id));
          expect(raters.length === 1 || (raters.length === 0 && erred), `${type} ${id} ${JSON.stringify(r.options)}`).toBe(true);
        }
      }
    });
  }
  it('an uncovered type (Kelurahan) gives the UNIT_TYPE_NOT_COVERED info finding and still one rating line each', () => {
    const { s, staff } = typical('kelurahan');
    const r = run(s);
    expect(found(r, 'UNIT_TYPE_NOT_COVERED').map((f) => f.severity)).toEqual(['info']);
    for (const id of staff) expect(sourcesInto(r, 'rating', id)).toHaveLength(1);
  });
});

describe('legal basis', () => {
  const SEED = '/work/shared/seeds/001_af01d94e9933b5a2.txt';
  const bases: { source: string; ref: string; lines?: string; quote: string }[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string' && typeof o.ref === 'string') bases.push(o as (typeof bases)[number]);
      else Object.values(o).forEach(walk);
    }
  };
  walk(variant);

  it('every rule, option choice, check and workflow step cites the seed file with line numbers', () => {
    expect(bases.length).toBeGreaterThan(100);
    for (const b of bases) {
      expect(b.source).toBe('001_af01d94e9933b5a2.txt');
      expect(b.lines).toMatch(/^L\d+(–L\d+)?$/);
    }
  });
  it.skipIf(!existsSync(SEED))('every quote is verbatim in the cited lines (parts joined by " … ")', () => {
    const seed = readFileSync(SEED, 'utf8').split('\n');
    for (const b of bases) {
      const [a, z] = b.lines!.slice(1).split('–L').map(Number);
      const text = seed.slice(a - 1, z ?? a).join(' ');
      for (const part of b.quote.split(' … ')) expect(text, `${b.ref} ${b.lines}`).toContain(part);
    }
  });
  it('the identity matches the heading and the signatures (L9–L12, L272–L290)', () => {
    expect(variant.identity).toMatchObject({ region: 'Kabupaten Sambas', province: 'Kalimantan Barat', instrument: 'Peraturan Bupati', number: '18', year: 2024, enacted: '2024-04-01', promulgated: '2024-04-01', gazette: 'Berita Daerah Kabupaten Sambas Tahun 2024 Nomor 37', sourceFile: '001_af01d94e9933b5a2.txt' });
  });
});
