// Peraturan Bupati Karanganyar Nomor 50 Tahun 2023: coverage of unit types, roles by title, and the
// variant file itself (identity, verbatim quotes, options).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { Basis } from '../../../src/lib/domain/variant.ts';
import { UNIT_TYPES, type UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { build } from '../helpers/build.ts';
import { codes, sourcesInto } from '../helpers/lines.ts';
import { badan, finding, run, setda, v } from './karanganyar-2023-50.shapes.ts';

/** A small structure of each covered type, shaped as the text describes it. */
const COVERED_SAMPLES: Partial<Record<UnitType, () => Structure>> = {
  setda: () => setda((b) => {
    b.pos('Analis Ahli Utama', 'fungsional', 'sekda', { grade: 'ahli_utama' });
    b.pos('Analis Ahli Madya', 'fungsional', 'asisten', { grade: 'ahli_madya', workUnder: 'kabag' });
    b.pos('Pengadministrasi', 'pelaksana', 'kabag');
    b.pos('Arsiparis Terampil', 'fungsional', 'kasubbag', { grade: 'terampil' });
  }),
  inspektorat: () => build('inspektorat', (b) => {
    const i = b.pos('Inspektur', 'jpt_pratama');
    const irban = b.pos('Inspektur Pembantu Wilayah I', 'administrator', i);
    b.pos('Auditor Ahli Madya', 'fungsional', i, { grade: 'ahli_madya', workUnder: irban });
    b.pos('Auditor Ahli Pertama', 'fungsional', irban, { grade: 'ahli_pertama' });
  }),
  dinas: () => badan((b) => b.pos('Pengelola Data', 'pelaksana', 'kasiA1'), 'dinas'),
  badan: () => badan((b) => b.pos('Perencana Ahli Muda', 'fungsional', 'kabidA', { grade: 'ahli_muda' })),
  rsud: () => build('rsud', (b) => {
    const dir = b.pos('Direktur', 'administrator');
    const kasi = b.pos('Kepala Seksi Pelayanan Medik', 'pengawas', dir);
    b.pos('Perawat Terampil', 'fungsional', kasi, { grade: 'terampil' });
    b.pos('Pranata Laboratorium Kesehatan Ahli Pertama', 'fungsional', kasi, { grade: 'ahli_pertama' });
  }),
  kecamatan: () => build('kecamatan', (b) => {
    const camat = b.pos('Camat', 'administrator');
    const kasi = b.pos('Kepala Seksi Pemerintahan', 'pengawas', camat);
    b.pos('Analis Ahli Muda', 'fungsional', camat, { grade: 'ahli_muda' });
    b.pos('Pengadministrasi Umum', 'pelaksana', kasi);
  }),
  upt: () => build('upt', (b) => {
    const k = b.pos('Kepala UPTD Pengelolaan Sampah', 'pengawas');
    b.pos('Pengemudi', 'pelaksana', k);
  }),
  sekolah: () => build('sekolah', (b) => {
    const ks = b.pos('Kepala Sekolah SMP Negeri 2', 'fungsional', null, { grade: 'ahli_madya' });
    b.pos('Guru Ahli Muda', 'fungsional', ks, { grade: 'ahli_muda' });
    b.pos('Pengadministrasi Sekolah', 'pelaksana', ks);
  })
};

describe('Karanganyar 50/2023: coverage', () => {
  it('covers exactly the unit types the text names (Pasal 7, Setda section)', () => {
    expect(Object.keys(v.coverage).sort()).toEqual(['badan', 'dinas', 'inspektorat', 'kecamatan', 'rsud', 'sekolah', 'setda', 'upt']);
    expect(Object.keys(COVERED_SAMPLES).sort()).toEqual(Object.keys(v.coverage).sort());
  });

  for (const [type, sample] of Object.entries(COVERED_SAMPLES)) {
    it(`${type}: each JF and Pelaksana has exactly one rating line, no error`, () => {
      const s = sample!();
      const r = run(s);
      const staff = s.positions.filter((p) => (p.level === 'fungsional' || p.level === 'pelaksana') && p.parent !== null);
      expect(staff.length).toBeGreaterThan(0);
      for (const p of staff) expect(sourcesInto(r, 'rating', p.id)).toHaveLength(1);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(codes(r)).not.toContain('UNIT_TYPE_NOT_COVERED');
    });
  }

  for (const type of UNIT_TYPES.filter((t) => !(t in v.coverage))) {
    it(`${type} is not covered: UNIT_TYPE_NOT_COVERED info, and the generic rules still rate each staff member`, () => {
      const s = build(type, (b) => {
        const head = b.pos(type === 'puskesmas' ? 'Kepala Puskesmas Jaten' : 'Kepala', type === 'puskesmas' ? 'fungsional' : 'pengawas', null, type === 'puskesmas' ? { grade: 'ahli_madya' } : {});
        b.pos('Pengadministrasi Umum', 'pelaksana', head, { id: 'pel' });
      });
      const r = run(s);
      expect(finding(r, 'UNIT_TYPE_NOT_COVERED').map((f) => f.severity)).toEqual(['info']);
      expect(sourcesInto(r, 'rating', 'pel')).toHaveLength(1);
    });
  }
});

describe('Karanganyar 50/2023: roles by title, with the usual abbreviations', () => {
  const cases: [UnitType, string, 'jpt_pratama' | 'administrator' | 'pengawas' | 'fungsional', string][] = [
    ['dinas', 'Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', 'kasubbag'],
    ['dinas', 'Kasubbag Keuangan', 'pengawas', 'kasubbag'],
    ['kecamatan', 'Kepala Seksi Pelayanan', 'pengawas', 'kepala_seksi'],
    ['kecamatan', 'Kasi Ketenteraman dan Ketertiban', 'pengawas', 'kepala_seksi'],
    ['dinas', 'Kepala Bidang Bina Marga', 'administrator', 'kepala_bidang'],
    ['dinas', 'Kabid Cipta Karya', 'administrator', 'kepala_bidang'],
    ['dinas', 'Sekretaris', 'administrator', 'sekretaris'],
    ['kecamatan', 'Sekretaris Kecamatan', 'administrator', 'sekcam'],
    ['kecamatan', 'Sekcam', 'administrator', 'sekcam'],
    ['setda', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', 'asisten'],
    ['setda', 'Kepala Bagian Organisasi', 'administrator', 'kepala_bagian'],
    ['inspektorat', 'Inspektur Pembantu Wilayah I', 'administrator', 'irban'],
    ['rsud', 'Wakil Direktur Pelayanan', 'administrator', 'wakil_direktur']
  ];
  for (const [type, title, level, role] of cases)
    it(`"${title}" (${type}) is ${role}`, () => {
      const s = build(type, (b) => {
        const head = b.pos('Pimpinan', 'jpt_pratama');
        b.pos(title, level, head, { id: 'x' });
      });
      expect(run(s).roles.get('x')!.roles).toContain(role);
    });

  it('"Kepala Sub Bagian" is not taken for a Kepala Bagian in the Setda', () => {
    const r = run(setda(() => {}));
    expect(r.roles.get('kasubbag')!.roles).toEqual(expect.arrayContaining(['kasubbag', 'pejabat_level_4']));
    expect(r.roles.get('kasubbag')!.roles).not.toContain('kepala_bagian');
    expect(r.roles.get('kabag')!.roles).toEqual(expect.arrayContaining(['kepala_bagian', 'pejabat_level_3']));
  });

  it('unit heads: Camat, Lurah, Direktur, Kepala UPTD, Kepala Puskesmas, Kepala Sekolah are Pejabat Level I', () => {
    const heads: [UnitType, string, 'administrator' | 'pengawas' | 'fungsional', string][] = [
      ['kecamatan', 'Camat Jaten', 'administrator', 'camat'],
      ['kelurahan', 'Lurah Jungke', 'pengawas', 'lurah'],
      ['rsud', 'Direktur', 'administrator', 'direktur_rsud'],
      ['upt', 'Kepala UPTD Pengelolaan Sampah', 'pengawas', 'kepala_upt'],
      ['puskesmas', 'Kepala Puskesmas Jaten', 'fungsional', 'kepala_puskesmas'],
      ['sekolah', 'Kepala Sekolah SD Negeri 3', 'fungsional', 'kepala_sekolah']
    ];
    for (const [type, title, level, role] of heads) {
      const s = build(type, (b) => b.pos(title, level, null, { id: 'h', ...(level === 'fungsional' ? { grade: 'ahli_madya' as const } : {}) }));
      expect(run(s).roles.get('h')!.roles).toEqual(expect.arrayContaining([role, 'pejabat_level_1']));
    }
  });
});

describe('Karanganyar 50/2023: the variant file', () => {
  const seedFile = '/work/shared/seeds/003_b96cd7a6ade3edd9.txt';

  it('cites the seed file in its identity (Perbup 50/2023, 19 September 2023)', () => {
    expect(v.identity).toMatchObject({ instrument: 'Peraturan Bupati', number: '50', year: 2023, sourceFile: '003_b96cd7a6ade3edd9.txt', enacted: '2023-09-19' });
  });

  it.skipIf(!existsSync(seedFile))('quotes every basis verbatim from the lines it cites', () => {
    const lines = readFileSync(seedFile, 'utf8').split('\n');
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const bases: Basis[] = [];
    JSON.stringify(v, (_k, value: unknown) => {
      if (value && typeof value === 'object' && 'quote' in value && 'source' in value) bases.push(value as Basis);
      return value;
    });
    expect(bases.length).toBeGreaterThan(50);
    for (const b of bases) {
      expect(b.source).toBe('003_b96cd7a6ade3edd9.txt');
      const m = /^L(\d+)(?:–L(\d+))?$/.exec(b.lines ?? '');
      expect(m, b.lines).not.toBeNull();
      const text = lines.slice(Number(m![1]) - 1, Number(m![2] ?? m![1])).join(' ');
      expect(norm(text), `${b.ref} ${b.lines}`).toContain(norm(b.quote));
    }
  });

  it('offers each option with at least one citation per choice and a default among its choices', () => {
    expect(v.options.map((o) => o.key).sort()).toEqual(['hasil_individu', 'ketua_tim', 'ketua_tim_pengawas', 'kinerja_pimpinan_unit', 'penunjuk_ketua_tim', 'pf_pimpinan_unit', 'tabel_jenjang']);
    for (const o of v.options) for (const c of o.choices) expect(c.basis.length).toBeGreaterThan(0);
  });
});
