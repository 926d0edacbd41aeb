// Perwako Pangkal Pinang 51/2023: unit-type coverage, role matchers, and every legal basis against the seed text.
// Oracle cases of ../shared/design/seed-000.md §10, checked against the seed text
// ../shared/seeds/000_5160156151055c28.txt; line numbers in test names are seed lines.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Basis } from '../../../src/lib/domain/variant.ts';
import type { UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { Builder } from '../helpers/build.ts';
import { codes, has, sourcesInto } from '../helpers/lines.ts';
import { findings, JF, PEL, run, variant } from './pangkalpinang-2023-51.helpers.ts';

describe('coverage: one Pejabat Penilai Kinerja line per JF/Pelaksana in every unit type the text covers', () => {
  const figure = (type: UnitType) => {
    const b = new Builder(type, `Unit ${type}`);
    const staffUnder = (parent: string, tag: string) => [
      b.pos(`Analis ${tag} Ahli Muda`, JF, parent, { grade: 'ahli_muda' }),
      b.pos(`Pengadministrasi ${tag}`, PEL, parent)
    ];
    const staff: string[] = [];
    if (type === 'puskesmas' || type === 'sekolah') {
      const head = b.pos('Kepala', JF, null, { grade: 'ahli_madya' });
      staff.push(...staffUnder(head, 'A'));
    } else if (type === 'upt' || type === 'kelurahan') {
      const head = b.pos(type === 'upt' ? 'Kepala UPTD' : 'Lurah', 'pengawas');
      const second = b.pos(type === 'upt' ? 'Kepala Sub Bagian Tata Usaha' : 'Sekretaris Kelurahan', 'pengawas', head);
      const kasi = b.pos('Kepala Seksi Pelayanan', 'pengawas', head);
      staff.push(...staffUnder(second, 'B'), ...staffUnder(kasi, 'C'));
      if (type === 'upt') staff.push(...staffUnder(head, 'D'));
    } else {
      const headLevel = type === 'rsud' || type === 'kecamatan' ? 'administrator' : 'jpt_pratama';
      const head = b.pos('Pimpinan', headLevel);
      const adm = b.pos(type === 'kecamatan' ? 'Sekretaris Kecamatan' : 'Kepala Bagian Umum', type === 'kecamatan' ? 'administrator' : 'administrator', head);
      const sub = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', adm);
      const kasi = b.pos('Kepala Seksi Pelayanan', 'pengawas', type === 'kecamatan' ? head : adm);
      staff.push(...staffUnder(adm, 'E'), ...staffUnder(sub, 'F'), ...staffUnder(kasi, 'G'), ...staffUnder(head, 'H'));
    }
    return { s: b.done(), staff };
  };

  const covered = Object.keys(variant.coverage) as UnitType[];
  it('the text covers every unit type except "lainnya"', () => {
    expect([...covered].sort()).toEqual(['badan', 'dinas', 'inspektorat', 'kecamatan', 'kelurahan', 'puskesmas', 'rsud', 'sekolah', 'setda', 'setwan', 'upt']);
  });

  for (const type of covered) {
    it(`${type}: each JF/Pelaksana gets exactly one rating line, and no error`, () => {
      const { s, staff } = figure(type);
      const r = run(s);
      for (const p of staff) expect(sourcesInto(r, 'rating', p), `${type} ${p}`).toHaveLength(1);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(codes(r)).not.toContain('UNIT_TYPE_NOT_COVERED');
    });
  }

  it('an uncovered type ("lainnya", e.g. Satpol PP) gets UNIT_TYPE_NOT_COVERED and the generic lines: atasan langsung rates', () => {
    const b = new Builder('lainnya', 'Satuan Polisi Pamong Praja');
    const kasat = b.pos('Kepala Satuan Polisi Pamong Praja', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Penegakan Perda', 'administrator', kasat);
    const polpp = b.pos('Polisi Pamong Praja Ahli Pertama', JF, kabid, { grade: 'ahli_pertama' });
    const pel = b.pos('Pengadministrasi Umum', PEL, kasat);
    const r = run(b.done());
    const info = findings(r, 'UNIT_TYPE_NOT_COVERED');
    expect(info.map((f) => [f.severity, ...f.positions])).toEqual([['info', kasat]]);
    expect(sourcesInto(r, 'rating', polpp)).toEqual([kabid]);
    expect(sourcesInto(r, 'rating', pel)).toEqual([kasat]);
    expect(findings(r, 'N_PPK_NOT_IN_FIGURE')).toEqual([]);
    expect(has(r, 'performance', kasat, kabid, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'assignment', polpp, 'formal')).toEqual([kasat]);
  });
});

describe('roles: the text’s positions, by title and common abbreviations', () => {
  const cases: [UnitType, string, 'jpt_pratama' | 'administrator' | 'pengawas', string, boolean][] = [
    ['setda', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', 'asisten', true],
    ['setda', 'Kepala Bagian Organisasi', 'administrator', 'kabag', true],
    ['setda', 'Kepala Sub Bagian Tata Laksana', 'pengawas', 'kasubag', true],
    ['setda', 'Kasubbag Kelembagaan', 'pengawas', 'kasubag', true],
    ['dinas', 'Kepala Bidang Bina Marga', 'administrator', 'kabid', true],
    ['dinas', 'Kabid Cipta Karya', 'administrator', 'kabid', true],
    ['dinas', 'Kepala Seksi Pelayanan', 'pengawas', 'kasi', true],
    ['dinas', 'Kasi Pengendalian', 'pengawas', 'kasi', true],
    ['dinas', 'Kepala Sub Bagian Komunikasi dan Aplikasi Informasi', 'pengawas', 'kasi', false],
    ['dinas', 'Sekretaris', 'administrator', 'sekretaris_pd', true],
    ['inspektorat', 'Inspektur Pembantu Wilayah I', 'administrator', 'irban', true],
    ['kecamatan', 'Sekretaris Kecamatan', 'administrator', 'sekcam', true],
    ['kecamatan', 'Sekcam', 'pengawas', 'sekcam', true],
    ['kelurahan', 'Sekretaris Kelurahan', 'pengawas', 'sekkel', true],
    ['rsud', 'Wakil Direktur Pelayanan', 'administrator', 'wakil_direktur', true],
    ['setwan', 'Kepala Bagian Umum', 'administrator', 'kabag_umum', true],
    ['setwan', 'Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', 'kabag_umum', false]
  ];
  for (const [type, title, level, role, expected] of cases) {
    it(`${type}: "${title}" ${expected ? 'is' : 'is not'} ${role}`, () => {
      const b = new Builder(type, 'Unit');
      const head = b.pos('Pimpinan', 'jpt_pratama');
      const p = b.pos(title, level, head);
      expect(run(b.done()).roles.get(p)!.roles.includes(role)).toBe(expected);
    });
  }
});

const SEED = new URL('../../../../shared/seeds/000_5160156151055c28.txt', import.meta.url);
describe('legal basis', () => {
  const bases: Basis[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string' && typeof o.ref === 'string') bases.push(o as unknown as Basis);
      else Object.values(o).forEach(walk);
    }
  };
  walk(variant);

  it('every rule, check, option choice and workflow step cites the seed file with line numbers', () => {
    expect(bases.length).toBeGreaterThan(100);
    for (const b of bases) {
      expect(b.source).toBe('000_5160156151055c28.txt');
      expect(b.lines).toMatch(/^L\d+(–L\d+)?$/);
    }
  });

  it.skipIf(!existsSync(SEED))('every quote is verbatim in the cited lines of the seed text', () => {
    const seed = readFileSync(SEED, 'utf8').split('\n');
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const b of bases) {
      const [from, to] = b.lines!.split('–').map((x) => Number(x.slice(1)));
      const text = norm(seed.slice(from - 1, to ?? from).join(' '));
      for (const piece of b.quote.split(' … ')) expect(text, `${b.ref} ${b.lines}`).toContain(norm(piece));
    }
  });
});
