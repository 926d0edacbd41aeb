// Perbup Tabanan 107/2023: coverage of unit types, fallback types, roles by title, and option invariants.
import { existsSync, readFileSync } from 'node:fs';
import type { UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { readStructureText } from '../../../src/lib/io/read-structure.ts';
import { describe, expect, it } from 'vitest';
import { Builder, build } from '../helpers/build.ts';
import { codes, has, linesOf, sourcesInto } from '../helpers/lines.ts';
import { brida, dinkes, errors, into, kecamatan, outOf, run, setda, variant } from './tabanan-2023-107.helpers.ts';

describe('Coverage: one rater per JF/Pelaksana; uncovered types', () => {
  const heads: Record<string, [string, 'jpt_pratama' | 'administrator' | 'pengawas' | 'fungsional', string]> = {
    setda: ['Sekretariat Daerah', 'jpt_pratama', 'Sekretaris Daerah'],
    setwan: ['Sekretariat DPRD', 'jpt_pratama', 'Sekretaris DPRD'],
    inspektorat: ['Inspektorat', 'jpt_pratama', 'Inspektur'],
    dinas: ['Dinas Perhubungan', 'jpt_pratama', 'Kepala Dinas'],
    badan: ['Badan Keuangan Daerah', 'jpt_pratama', 'Kepala Badan'],
    rsud: ['Rumah Sakit Umum Daerah Tabanan', 'jpt_pratama', 'Direktur'],
    kecamatan: ['Kecamatan Marga', 'administrator', 'Camat'],
    upt: ['UPTD Pengujian Kendaraan', 'pengawas', 'Kepala UPTD'],
    puskesmas: ['UPTD Puskesmas Marga', 'fungsional', 'Kepala Puskesmas'],
    lainnya: ['Satuan Polisi Pamong Praja', 'jpt_pratama', 'Kepala Satuan']
  };

  it('the variant covers exactly the types the text names; Kelurahan and Sekolah fall back', () => {
    expect(Object.keys(variant.coverage).sort()).toEqual(Object.keys(heads).sort());
  });

  for (const [type, [name, level, title]] of Object.entries(heads)) {
    it(`${type}: each JF/Pelaksana has exactly one rating line`, () => {
      const s = build(type as UnitType, (b) => {
        const head = b.pos(title, level, null, level === 'fungsional' ? { grade: 'ahli_madya' } : {});
        const mid = level === 'jpt_pratama' ? b.pos('Kepala Bagian Umum', 'administrator', head) : head;
        const low = level === 'jpt_pratama' || level === 'administrator' ? b.pos('Kepala Sub Bagian Keuangan', 'pengawas', mid) : mid;
        b.pos('Analis Ahli Muda', 'fungsional', mid, { grade: 'ahli_muda', id: 's1' });
        b.pos('Pengadministrasi', 'pelaksana', low, { id: 's2' });
        b.pos('Arsiparis Terampil', 'fungsional', head, { grade: 'terampil', id: 's3' });
      }, name);
      const r = run(s);
      for (const id of ['s1', 's2', 's3']) expect(sourcesInto(r, 'rating', id), id).toHaveLength(1);
      expect(codes(r)).not.toContain('UNIT_TYPE_NOT_COVERED');
      expect(codes(r)).not.toContain('NO_RATER');
    });
  }

  it('Kelurahan (not in the text): info finding; the Lurah leads, staff under a Kasi are rated by the Kasi', () => {
    const b = new Builder('kecamatan', 'Kecamatan Tabanan');
    const camat = b.pos('Camat', 'administrator');
    b.unit('kelurahan', 'Kelurahan Dauh Peken', 'u1');
    const lurah = b.pos('Lurah Dauh Peken', 'pengawas', camat);
    const kasi = b.pos('Kepala Seksi Pemerintahan', 'pengawas', lurah);
    const pel = b.pos('Pengadministrasi Umum', 'pelaksana', kasi);
    const jf = b.pos('Analis Kebijakan Ahli Pertama', 'fungsional', lurah, { grade: 'ahli_pertama' });
    const r = run(b.done());
    expect(r.findings.find((f) => f.code === 'UNIT_TYPE_NOT_COVERED')).toMatchObject({ severity: 'info', positions: [lurah] });
    expect(into(r, 'rating', pel)).toEqual([kasi]);
    expect(into(r, 'rating', jf)).toEqual([lurah]);
    expect(outOf(r, 'reporting', pel, 'pertanggungjawaban')).toEqual([lurah]);
    expect(outOf(r, 'reporting', jf, 'hasil')).toEqual([lurah]);
    expect(r.roles.get(lurah)!.roles).toContain('lurah');
  });

  it('Sekolah (not in the text): info finding; the Kepala Sekolah (JF) rates and leads like pattern G', () => {
    const b = new Builder('dinas', 'Dinas Pendidikan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    b.unit('sekolah', 'SMP Negeri 1 Tabanan', 'u1');
    const kepsek = b.pos('Kepala Sekolah SMP Negeri 1 Tabanan', 'fungsional', kadis, { grade: 'ahli_madya' });
    const guru = b.pos('Guru Ahli Muda', 'fungsional', kepsek, { grade: 'ahli_muda', count: 30 });
    const r = run(b.done());
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['UNIT_TYPE_NOT_COVERED', 'info']]);
    expect(into(r, 'rating', guru)).toEqual([kepsek]);
    expect(outOf(r, 'reporting', guru, 'pertanggungjawaban')).toEqual([kepsek]);
  });
});

describe('The built-in sample Kabupaten Contoh under every option value', () => {
  const sampleFile = new URL('../../../models/samples/kabupaten-contoh.json', import.meta.url);
  it.skipIf(!existsSync(sampleFile))('each JF/Pelaksana has one rater, one PUO, one issuer of its penugasan and one receiver of its results', () => {
    const read = readStructureText(readFileSync(sampleFile, 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const s = read.value;
    const staff = s.positions.filter((p) => (p.level === 'fungsional' || p.level === 'pelaksana') && s.positions.some((q) => q.id === p.parent && q.unit === p.unit));
    expect(staff.length).toBeGreaterThan(100);
    const settings = [{}, ...variant.options.flatMap((o) => o.choices.filter((c) => c.value !== o.default).map((c) => ({ [o.key]: c.value })))];
    for (const options of settings) {
      const r = run(s, options);
      const count = (kind: Parameters<typeof linesOf>[1], subKind: string, end: 'from' | 'to') => {
        const n = new Map<string, number>();
        for (const l of linesOf(r, kind, { subKind }).filter((x) => !x.optional && x.team === undefined)) n.set(l[end], (n.get(l[end]) ?? 0) + 1);
        return n;
      };
      const rating = count('rating', 'ppk', 'to');
      const puo = count('reporting', 'pertanggungjawaban', 'from');
      const formal = count('assignment', 'formal', 'to');
      const hasil = count('reporting', 'hasil', 'from');
      for (const p of staff) {
        const where = `${JSON.stringify(options)} ${p.id}`;
        expect([rating.get(p.id), puo.get(p.id), formal.get(p.id), hasil.get(p.id)], where).toEqual([1, 1, 1, 1]);
      }
      expect(errors(r).filter((f) => f.code !== 'ASSIGNMENT_MISSING_CONTENTS' && f.code !== 'SUKARELA_CROSS_UNIT'), JSON.stringify(options)).toEqual([]);
    }
  });
});

describe('Roles: the text\'s named positions, by title or by place', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama', null, { id: 'sekda' });
  const asisten = b.pos('Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', sekda, { id: 'asisten' });
  const kabag = b.pos('Kepala Bagian Organisasi', 'administrator', asisten, { id: 'kabag' });
  b.pos('Kasubbag Kelembagaan', 'pengawas', kabag, { id: 'kasubbag' });
  b.unit('dinas', 'Dinas Pekerjaan Umum');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
  const sek = b.pos('Sekretaris', 'administrator', kadis, { id: 'sekretaris' });
  b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sek, { id: 'kasubag' });
  const kabid = b.pos('Kepala Bidang Bina Marga', 'administrator', kadis, { id: 'kabid' });
  b.pos('Kabid Cipta Karya', 'administrator', kadis, { id: 'kabid2' });
  b.pos('Kepala Seksi Jalan', 'pengawas', kabid, { id: 'kasi' });
  b.pos('Kasi Jembatan', 'pengawas', kabid, { id: 'kasi2' });
  b.unit('upt', 'UPTD Peralatan', 'u2');
  const kauptd = b.pos('Kepala UPTD Peralatan', 'pengawas', kadis, { id: 'kauptd' });
  b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kauptd, { id: 'tu' });
  b.unit('inspektorat', 'Inspektorat Daerah');
  const inspektur = b.pos('Inspektur', 'jpt_pratama', null, { id: 'inspektur' });
  b.pos('Inspektur Pembantu Wilayah I', 'administrator', inspektur, { id: 'irban' });
  b.unit('kecamatan', 'Kecamatan Kediri');
  const camat = b.pos('Camat Kediri', 'administrator', null, { id: 'camat' });
  b.pos('Sekretaris Kecamatan', 'administrator', camat, { id: 'sekcam' });
  b.pos('Sekcam', 'administrator', camat, { id: 'sekcam2' });
  b.unit('kelurahan', 'Kelurahan Delod Peken', 'u5');
  const lurah = b.pos('Lurah Delod Peken', 'pengawas', camat, { id: 'lurah' });
  b.pos('Sekretaris Kelurahan', 'pengawas', lurah, { id: 'sekkel' });
  b.unit('rsud', 'Rumah Sakit Umum Daerah Tabanan');
  const dir = b.pos('Direktur', 'jpt_pratama', null, { id: 'direktur' });
  b.pos('Wakil Direktur Pelayanan', 'administrator', dir, { id: 'wadir' });
  b.unit('puskesmas', 'UPTD Puskesmas Kediri I', 'u2');
  b.pos('Kepala Puskesmas Kediri I', 'fungsional', kadis, { id: 'kapus', grade: 'ahli_madya' });
  b.unit('sekolah', 'SMP Negeri 2 Tabanan', 'u2');
  b.pos('Kepala Sekolah SMP Negeri 2 Tabanan', 'fungsional', kadis, { id: 'kepsek', grade: 'ahli_madya' });
  const r = run(b.done());
  const expected: Record<string, string> = {
    sekda: 'sekda', asisten: 'asisten', kabag: 'kabag', kasubbag: 'kasubag', kasubag: 'kasubag', tu: 'kasubag',
    kadis: 'pimpinan-jpt', sekretaris: 'sekretaris', kabid: 'kabid', kabid2: 'kabid', kasi: 'kasi', kasi2: 'kasi',
    kauptd: 'kepala-uptd', irban: 'irban', camat: 'camat', sekcam: 'sekcam', sekcam2: 'sekcam', lurah: 'lurah',
    direktur: 'direktur-rsud', wadir: 'wadir', kapus: 'kepala-puskesmas', kepsek: 'kepala-sekolah'
  };
  for (const [id, roleId] of Object.entries(expected))
    it(`${id} has role ${roleId}`, () => expect(r.roles.get(id)!.roles).toContain(roleId));
  it('"Level N" follows the pattern: Kadis and Camat level 1, Sekretaris/Kabid/Kabag level 2, Kasubag/Kasi level 3 (L471, L499, L557, L585)', () => {
    for (const id of ['kadis', 'camat', 'inspektur']) expect(r.roles.get(id)!.roles, id).toContain('pejabat-level-1');
    for (const id of ['sekretaris', 'kabid', 'irban']) expect(r.roles.get(id)!.roles, id).toContain('pejabat-level-2');
    for (const id of ['kasubag', 'kasi', 'kasubbag']) expect(r.roles.get(id)!.roles, id).toContain('pejabat-level-3');
    expect(r.roles.get('kabag')!.roles).toContain('pejabat-level-2');
    expect(r.roles.get('asisten')!.roles).not.toContain('pejabat-level-2');
  });
  it('the Sekretaris Kelurahan is no Lurah, the Sekretaris Kecamatan no Sekretaris Dinas', () => {
    expect(r.roles.get('sekkel')!.roles).not.toContain('lurah');
    expect(r.roles.get('sekcam')!.roles).not.toContain('sekretaris');
    expect(r.roles.get('kasubag')!.roles).not.toContain('kabag');
  });
});

describe('Puskesmas with a Kepala Sub Bagian Tata Usaha (pattern G, L670)', () => {
  const s = build('puskesmas', (b) => {
    const kapus = b.pos('Kepala Puskesmas', 'fungsional', null, { grade: 'ahli_madya', id: 'kapus' });
    const tu = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kapus, { id: 'tu' });
    b.pos('Pengadministrasi Perkantoran', 'pelaksana', tu, { id: 'pel' });
  }, 'UPTD Puskesmas Penebel I');
  it('G Puskesmas: the Kepala Puskesmas rates staff drawn under the Kasubag TU by default, noted as info', () => {
    const r = run(s);
    expect(into(r, 'rating', 'pel')).toEqual(['kapus']);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['UPTD_STAFF_UNDER_SUB_OFFICIAL', 'info']]);
  });
  it('G Puskesmas: with ppk_upt=atasan_langsung the Kasubag TU rates them; the Kepala Puskesmas stays PUO', () => {
    const r = run(s, { ppk_upt: 'atasan_langsung' });
    expect(into(r, 'rating', 'pel')).toEqual(['tu']);
    expect(outOf(r, 'reporting', 'pel', 'pertanggungjawaban')).toEqual(['kapus']);
  });
});

describe('Options change only what they name', () => {
  it('penerbit_penugasan: the Kasubag (PPK) issues Z\'s penugasan by default; the Kabag (PUO) with =puo (L278 vs L294)', () => {
    const o = setda();
    expect(into(run(o.s), 'assignment', o.z, 'formal')).toEqual([o.kasubag]);
    expect(into(run(o.s, { penerbit_penugasan: 'puo' }), 'assignment', o.z, 'formal')).toEqual([o.kabag]);
    expect(into(run(o.s, { penerbit_penugasan: 'puo' }), 'assignment', o.x, 'formal')).toEqual([o.kabag]);
  });
  it('penilaian_pejabat: officials get no rating line by default; with =atasan_langsung each from its atasan langsung (L266 vs L70–L72)', () => {
    const o = setda();
    expect(linesOf(run(o.s), 'rating', { subKind: 'atasan_langsung' })).toEqual([]);
    const r = run(o.s, { penilaian_pejabat: 'atasan_langsung' });
    expect(into(r, 'rating', o.asisten)).toEqual([o.sekda]);
    expect(into(r, 'rating', o.kabag)).toEqual([o.asisten]);
    expect(into(r, 'rating', o.kasubag)).toEqual([o.kabag]);
    expect(into(r, 'rating', o.sekda)).toEqual([]);
  });
  describe('a PPK below Pengawas by delegation ("pejabat lain yang diberi pendelegasian kewenangan", L70–L72)', () => {
    const withSenior = (delegated: boolean) =>
      build('dinas', (b) => {
        b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
        b.pos('Kepala Bidang Pelayanan Kesehatan', 'administrator', 'kadis', { id: 'kabid' });
        b.pos('Dokter Ahli Madya', 'fungsional', 'kabid', { id: 'senior', grade: 'ahli_madya', ...(delegated ? { delegatedPpk: true } : {}) });
        b.pos('Dokter Ahli Pertama', 'fungsional', 'senior', { id: 'junior', grade: 'ahli_pertama' });
      });
    it('without delegation a JF placed under a JF is an error and climbs to the Kabid', () => {
      const r = run(withSenior(false));
      expect(into(r, 'rating', 'junior')).toEqual(['kabid']);
      expect(codes(r)).toContain('STAFF_UNDER_STAFF');
    });
    it('with delegated PPK authority the senior JF rates it: no rank error, no misplacement', () => {
      const r = run(withSenior(true));
      expect(into(r, 'rating', 'junior')).toEqual(['senior']);
      expect(codes(r)).not.toContain('STAFF_UNDER_STAFF');
      expect(codes(r)).not.toContain('RATER_BELOW_MIN');
      expect(errors(r)).toEqual([]);
      expect(variant.raterRules[0]).toMatchObject({ id: 'ppk-pendelegasian', effect: 'allow' });
      expect(variant.raterRules[0].basis.lines).toBe('L70–L72');
    });
  });
  it('every option value still gives each JF/Pelaksana of oracles 1–4 exactly one rater and one Pimpinan Unit Organisasi', () => {
    const cases = [setda(), dinkes(), brida(), kecamatan(true)];
    for (const option of variant.options)
      for (const choice of option.choices)
        for (const c of cases) {
          const r = run(c.s, { [option.key]: choice.value });
          for (const p of c.s.positions.filter((x) => x.level === 'fungsional' || x.level === 'pelaksana')) {
            expect(sourcesInto(r, 'rating', p.id), `${option.key}=${choice.value} ${p.title}`).toHaveLength(1);
            expect(outOf(r, 'reporting', p.id, 'pertanggungjawaban'), `${option.key}=${choice.value} ${p.title}`).toHaveLength(1);
            expect(sourcesInto(r, 'assignment', p.id, 'formal'), `${option.key}=${choice.value} ${p.title}`).toHaveLength(1);
          }
        }
  });
});
