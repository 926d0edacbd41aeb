// Oracle cases T12–T18 of Perbup Sambas 18/2024: penugasan, Tim Kerja, Pasal 21, unit types the text does not name.
import { describe, expect, it } from 'vitest';
import type { Level, UnitType } from '../../../src/lib/domain/vocabulary.ts';
import type { Position } from '../../../src/lib/domain/structure.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { levelClasses, levelOf } from '../../../src/lib/domain/levels.ts';
import { Builder } from '../helpers/build.ts';
import { has, sourcesInto } from '../helpers/lines.ts';
import { found, run, variant } from './sambas-2024-18.helpers.ts';

describe('T12 Penunjukan lintas perangkat daerah (Pasal 12 ayat (3)–(4))', () => {
  const b = new Builder('badan', 'Badan Perencanaan Pembangunan Daerah');
  const bappeda = b.current;
  const kaban = b.pos('Kepala Badan', 'jpt_pratama');
  const kabidRen = b.pos('Kepala Bidang Perencanaan', 'administrator', kaban);
  const ketua = b.pos('Perencana Ahli Muda', 'fungsional', kabidRen, { grade: 'ahli_muda' });
  b.unit('dinas', 'Dinas Komunikasi dan Informatika');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const kabidStat = b.pos('Kepala Bidang Statistik', 'administrator', kadis);
  const ae = b.pos('Statistisi Ahli Pertama', 'fungsional', kabidStat, { grade: 'ahli_pertama' });
  b.team('Tim Data Pembangunan', bappeda, [ketua, ae], ketua);
  const complete = { assignee: ae, owner: bappeda, mode: 'penunjukan' as const, purpose: 'Penyusunan data RKPD', competence: 'Statistik', target: 'Satu dokumen data', duration: '6 bulan' };
  b.assignments.push({ id: 'a1', ...complete, status: 'diajukan' }, { id: 'a2', ...complete, competence: undefined, duration: undefined, status: 'diajukan' });
  const s = b.done();
  const r = run(s);

  it('the home Kabid Statistik keeps rating the Statistisi; nobody in Bappeda rates it', () => {
    expect(sourcesInto(r, 'rating', ae)).toEqual([kabidStat]);
    for (const x of [kaban, kabidRen, ketua]) expect(has(r, 'rating', x, ae)).toBe(false);
  });
  it('the Ketua Tim reports the member\'s performance to its home PPK (L373, format 7)', () => {
    expect(has(r, 'reporting', ketua, kabidStat, 'ketua_ke_ppk')).toBe(true);
  });
  it('the home Kepala Dinas issues the Surat Perintah Tugas of the Statistisi, the Kepala Badan that of its own Ketua (L1096, L1115)', () => {
    expect(sourcesInto(r, 'assignment', ae, 'tim')).toEqual([kadis]);
    expect(sourcesInto(r, 'assignment', ketua, 'tim')).toEqual([kaban]);
    const owner = run(s, { penerbit_surat_tugas_lintas_unit: 'unit_pemilik' });
    expect(sourcesInto(owner, 'assignment', ae, 'tim')).toEqual([kaban]);
  });
  it('a request letter lacking kompetensi or masa tugas is an error (Pasal 12 ayat (4), L166–L169)', () => {
    const missing = found(r, 'ASSIGNMENT_MISSING_CONTENTS');
    expect(missing).toHaveLength(1);
    expect(missing[0].severity).toBe('error');
    expect(missing[0].message).toMatch(/kompetensi/);
  });
  it('the workflow: the owner PUO sends the letter to the home PUO, the home Kepala Perangkat Daerah issues the SPT (L164, L1096)', () => {
    const w = variant.workflows.find((x) => x.mode === 'penunjukan' && x.scope === 'lintas_uo')!;
    expect(w.allowed).toBe(true);
    expect(w.requiredContents).toEqual(['purpose', 'competence', 'target', 'duration']);
    const letter = w.steps.find((st) => st.status === 'diajukan')!;
    expect([letter.actor, letter.to]).toEqual(['owner_puo', 'home_puo']);
    const spt = w.steps.find((st) => st.status === 'terbit')!;
    expect(spt.actor).toBe('home_puo');
    expect(spt.basis.quote).toMatch(/perangkat daerah pengusul/);
  });
});

describe('T13 Ketua Tim eligibility (Pasal 10 ayat (3), L389)', () => {
  it('a JF as Ketua Tim raises no finding', () => {
    const b = new Builder('dinas', 'Dinas Perhubungan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Lalu Lintas', 'administrator', kadis);
    const jf = b.pos('Penguji Kendaraan Bermotor Terampil', 'fungsional', kabid, { grade: 'terampil' });
    const pel = b.pos('Pengatur Lalu Lintas', 'pelaksana', kabid);
    b.team('Tim Uji KIR', b.current, [jf, pel], jf);
    expect(run(b.done()).findings.filter((f) => /^(TEAM|KETUA)_/.test(f.code))).toEqual([]);
  });
  describe('a Pelaksana as ketua needs sarjana, III/b and relevant experience (Pasal 10 ayat (3), L143–L146)', () => {
    const withKetua = (extra: Partial<Position>, options: Record<string, string> = {}) => {
      const b = new Builder('dinas', 'Dinas Perhubungan');
      const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
      const kabid = b.pos('Kepala Bidang Lalu Lintas', 'administrator', kadis);
      const pel = b.pos('Pengelola Lalu Lintas', 'pelaksana', kabid, extra);
      const jf = b.pos('Penguji Kendaraan Bermotor Terampil', 'fungsional', kabid, { grade: 'terampil' });
      b.team('Tim Uji KIR', b.current, [pel, jf], pel);
      const r = run(b.done(), options);
      return { pel, errors: found(r, 'KETUA_PELAKSANA_TIDAK_MEMENUHI'), unknown: found(r, 'KETUA_PELAKSANA_BELUM_TERCATAT') };
    };
    const eligible = { pendidikan: 's1', golongan: 'III/b', pengalamanRelevan: true } as const;

    it('S1, III/b, relevant experience: eligible, nothing raised', () => {
      const t = withKetua(eligible);
      expect([...t.errors, ...t.unknown]).toEqual([]);
    });
    it('S1, III/a: error (fails b)', () => {
      const t = withKetua({ ...eligible, golongan: 'III/a' });
      expect(t.errors.map((f) => [f.severity, ...f.positions])).toEqual([['error', t.pel]]);
      expect(t.errors[0].message).toMatch(/golongan minimal III\/b \(tercatat III\/a\)/);
      expect(t.errors[0].basis.ref).toBe('Pasal 10 ayat (3)');
    });
    it('D3, III/c: error (fails a)', () => {
      const t = withKetua({ ...eligible, pendidikan: 'd3', golongan: 'III/c' });
      expect(t.errors).toHaveLength(1);
      expect(t.errors[0].message).toMatch(/pendidikan minimal S-1 \(tercatat D-III\)/);
    });
    it('S1, III/b, no relevant experience: error (fails c)', () => {
      const t = withKetua({ ...eligible, pengalamanRelevan: false });
      expect(t.errors).toHaveLength(1);
      expect(t.errors[0].message).toMatch(/pengalaman di bidang kerja/);
    });
    it('D-IV is "sarjana" only under pendidikan_sarjana = d4_setara', () => {
      expect(withKetua({ ...eligible, pendidikan: 'd4' }).errors).toHaveLength(1);
      expect(withKetua({ ...eligible, pendidikan: 'd4' }, { pendidikan_sarjana: 'd4_setara' }).errors).toEqual([]);
    });
    it('facts not recorded are an info asking for them, never a guess', () => {
      const t = withKetua({ golongan: 'III/d' });
      expect(t.errors).toEqual([]);
      expect(t.unknown.map((f) => f.severity)).toEqual(['info']);
      expect(t.unknown[0].message).toMatch(/pendidikan.*pengalaman/);
    });
  });

  describe('which structural officials may be ketua (Lampiran I, L389: Pengawas of Setda/Setwan/Dinas/Badan)', () => {
    const ketuaIn = (type: UnitType, name: string, level: 'pengawas' | 'administrator', title: string) => {
      const b = new Builder(type, name);
      const head = b.pos('Kepala', type === 'kecamatan' ? 'administrator' : 'jpt_pratama');
      const lead = b.pos(title, level, head);
      const pel = b.pos('Pengadministrasi Umum', 'pelaksana', lead);
      b.team('Tim Kerja', b.current, [lead, pel], lead);
      return { lead, f: found(run(b.done()), 'TEAM_LEAD_NOT_ELIGIBLE') };
    };
    it('a Kasubag of a Dinas may be ketua: no finding', () => {
      expect(ketuaIn('dinas', 'Dinas Perhubungan', 'pengawas', 'Kepala Sub Bagian Umum').f).toEqual([]);
    });
    it('a Kasi of a Kecamatan: warning (not in L389\'s unit list)', () => {
      const t = ketuaIn('kecamatan', 'Kecamatan Pemangkat', 'pengawas', 'Kepala Seksi Pemerintahan');
      expect(t.f.map((f) => [f.severity, ...f.positions])).toEqual([['warning', t.lead]]);
      expect(t.f[0].basis.lines).toBe('L389');
    });
    it('a Kabid (Administrator): warning (not listed)', () => {
      const t = ketuaIn('dinas', 'Dinas Perhubungan', 'administrator', 'Kepala Bidang Lalu Lintas');
      expect(t.f.map((f) => [f.severity, ...f.positions])).toEqual([['warning', t.lead]]);
    });
  });
});

describe('T14 Ketua Tim from another Bagian (Pasal 10 ayat (6))', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const setda = b.current;
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
  const asisten = b.pos('Asisten Administrasi Umum', 'jpt_pratama', sekda);
  b.unit('setda', 'Bagian Organisasi', setda);
  const organisasi = b.current;
  const kabagOr = b.pos('Kepala Bagian Organisasi', 'administrator', asisten);
  const anggota = b.pos('Analis Kelembagaan Ahli Muda', 'fungsional', kabagOr, { grade: 'ahli_muda' });
  b.unit('setda', 'Bagian Hukum', setda);
  const kabagHk = b.pos('Kepala Bagian Hukum', 'administrator', asisten);
  const perancang = b.pos('Perancang Peraturan Perundang-undangan Ahli Muda', 'fungsional', kabagHk, { grade: 'ahli_muda' });
  b.team('Tim Penyusunan Kebijakan Bidang Tatalaksana', organisasi, [anggota, perancang], perancang);
  const s = b.done();

  it('a ketua from Bagian Hukum is not the preferred one: a warning, never an error (a preference only)', () => {
    const r = run(s);
    const f = found(r, 'KETUA_NOT_PREFERRED', perancang);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].basis.ref).toBe('Pasal 10 ayat (6)');
    expect(f[0].positions).toContain(anggota);
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('with cakupan_unit_organisasi = perangkat_daerah the two Bagian are one unit: no finding', () => {
    expect(found(run(s, { cakupan_unit_organisasi: 'perangkat_daerah' }), 'KETUA_NOT_PREFERRED')).toEqual([]);
  });
  it('a ketua from the owner Bagian raises nothing', () => {
    const b2 = new Builder('setda', 'Bagian Organisasi');
    const kabag = b2.pos('Kepala Bagian Organisasi', 'administrator');
    const x = b2.pos('Analis Kelembagaan Ahli Muda', 'fungsional', kabag, { grade: 'ahli_muda' });
    const y = b2.pos('Penata Kelembagaan', 'pelaksana', kabag);
    b2.team('Tim Kelembagaan', b2.current, [x, y], x);
    expect(found(run(b2.done()), 'KETUA_NOT_PREFERRED')).toEqual([]);
  });
  it('a Kepala Bagian heading its own Bagian unit is still rated and given performance by the Asisten (L612–L613)', () => {
    const r = run(s);
    expect(has(r, 'rating', asisten, kabagOr, 'atasan_langsung')).toBe(true);
    expect(has(r, 'performance', asisten, kabagOr, 'perjanjian_kinerja')).toBe(true);
  });
  it('the Ketua reports to the owner Bagian\'s head (pejabat pemilik kinerja, L188) and to the member\'s PPK (L373)', () => {
    const r = run(s);
    expect(has(r, 'reporting', perancang, kabagOr, 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'reporting', perancang, kabagOr, 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'reporting', anggota, perancang, 'anggota_ke_ketua')).toBe(true);
  });
  it('a request between two Bagian needs the permohonan letter (lintas unit); under cakupan_unit_organisasi = perangkat_daerah it is intra-unit', () => {
    const b2 = new Builder('setda', 'Sekretariat Daerah');
    const setda2 = b2.current;
    const sekda2 = b2.pos('Sekretaris Daerah', 'jpt_pratama');
    const asisten2 = b2.pos('Asisten Administrasi Umum', 'jpt_pratama', sekda2);
    const organisasi2 = b2.unit('setda', 'Bagian Organisasi', setda2);
    b2.pos('Kepala Bagian Organisasi', 'administrator', asisten2);
    b2.unit('setda', 'Bagian Hukum', setda2);
    const kabagHk2 = b2.pos('Kepala Bagian Hukum', 'administrator', asisten2);
    const perancang2 = b2.pos('Perancang Peraturan Perundang-undangan Ahli Muda', 'fungsional', kabagHk2, { grade: 'ahli_muda' });
    b2.assignments.push({ id: 'a1', assignee: perancang2, owner: organisasi2, mode: 'penunjukan', status: 'diajukan', purpose: 'Penyusunan Perbup tata kerja' });
    const s2 = b2.done();
    const strict = found(run(s2), 'ASSIGNMENT_MISSING_CONTENTS');
    expect(strict.map((f) => [f.severity, ...f.positions])).toEqual([['error', perancang2]]);
    expect(strict[0].message).toMatch(/kompetensi/);
    expect(found(run(s2, { cakupan_unit_organisasi: 'perangkat_daerah' }), 'ASSIGNMENT_MISSING_CONTENTS')).toEqual([]);
  });
});

describe('T15 Pengajuan sukarela lintas perangkat daerah (Lampiran II format 1, 3, 4, 5)', () => {
  const w = variant.workflows.find((x) => x.mode === 'sukarela' && x.scope === 'lintas_uo')!;
  it('the steps run staff → owner Kepala PD (with the atasan langsung\'s "Mengetahui") → Ketua → owner PPK → owner\'s letter → Ketua → home PPK', () => {
    expect(w.allowed).toBe(true);
    expect(w.steps.map((st) => st.actor)).toEqual(['staff', 'home_ppk', 'ketua', 'owner_ppk', 'owner_ppk', 'owner_puo', 'staff', 'ketua']);
    expect(w.steps[0].to).toBe('owner_puo');
    expect(w.steps[1].basis.quote).toMatch(/Atasan Langsung/);
    expect(w.steps.at(-1)!.to).toBe('home_ppk');
    expect(w.steps.filter((st) => st.branch).map((st) => [st.branch, st.status])).toEqual([['approve', 'disetujui'], ['reject', 'ditolak']]);
  });
  it('no approval step by the home Pimpinan Unit Organisasi', () => {
    expect(w.steps.some((st) => st.actor === 'home_puo')).toBe(false);
  });
  it('sukarela to another instansi is not provided (L420): workflow refused and a warning', () => {
    expect(variant.workflows.find((x) => x.mode === 'sukarela' && x.scope === 'lintas_instansi')?.allowed).toBe(false);
    const b = new Builder('dinas', 'Dinas Sosial, Pemberdayaan Masyarakat dan Desa');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const af = b.pos('Penyuluh Sosial', 'pelaksana', kadis);
    b.assignments.push({ id: 'a1', assignee: af, owner: null, externalInstansi: 'Pemerintah Provinsi Kalimantan Barat', mode: 'sukarela', status: 'diajukan' });
    expect(found(run(b.done()), 'SUKARELA_CROSS_INSTANSI', af)[0]?.severity).toBe('warning');
  });
  describe('the atasan langsung\'s "Mengetahui" on the request (format 1, L938–L939)', () => {
    const b = new Builder('dinas', 'Dinas Sosial, Pemberdayaan Masyarakat dan Desa');
    const home = b.current;
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Pemberdayaan Sosial', 'administrator', kadis);
    const af = b.pos('Penyuluh Sosial', 'pelaksana', kabid);
    const owner = b.unit('dinas', 'Dinas Kesehatan');
    b.pos('Kepala Dinas Kesehatan', 'jpt_pratama');
    b.assignments.push(
      { id: 'tanpa', assignee: af, owner, mode: 'sukarela', status: 'diajukan' },
      { id: 'kabid', assignee: af, owner, mode: 'sukarela', status: 'diajukan', acknowledgedBy: kabid },
      { id: 'kadis', assignee: af, owner, mode: 'sukarela', status: 'diajukan', acknowledgedBy: kadis },
      { id: 'dalam', assignee: af, owner: home, mode: 'sukarela', status: 'diajukan' }
    );
    const r = run(b.done());
    it('the procedure requires it', () => expect(w.acknowledgement?.basis.quote).toMatch(/Mengetahui, … Atasan Langsung,/));
    it('missing: a warning naming the Pelaksana (only the cross-unit request; the in-unit one needs none)', () => {
      expect(found(r, 'ASSIGNMENT_NOT_ACKNOWLEDGED').map((f) => [f.severity, ...f.positions])).toEqual([['warning', af]]);
    });
    it('signed by someone other than the atasan langsung (the Kepala Dinas instead of the Kabid): a warning naming both', () => {
      expect(found(r, 'ASSIGNMENT_ACKNOWLEDGED_BY_OTHER').map((f) => f.positions)).toEqual([[af, kadis, kabid]]);
    });
  });
});

describe('T16 Koordinator/subkoordinator revoked by Pasal 21', () => {
  const withKoordinator = (type: UnitType, name: string) => {
    const b = new Builder(type, name);
    const head = b.pos('Kepala', type === 'rsud' ? 'administrator' : 'jpt_pratama');
    const sekretaris = b.pos('Sekretaris', 'administrator', head);
    const node = b.pos('Subkoordinator Perencanaan', 'pengawas', sekretaris);
    return { r: run(b.done()), node };
  };
  it('in the Dinas Kesehatan (Pasal 21 huruf d): error', () => {
    const { r, node } = withKoordinator('dinas', 'Dinas Kesehatan');
    expect(found(r, 'KOORDINATOR_DICABUT', node)[0]?.severity).toBe('error');
  });
  it('in the Inspektorat or the RSUD (not in the list): warning only', () => {
    for (const [type, name] of [['inspektorat', 'Inspektorat'], ['rsud', 'Rumah Sakit Umum Daerah Sambas']] as const) {
      const { r, node } = withKoordinator(type, name);
      expect(found(r, 'KOORDINATOR_DICABUT')).toEqual([]);
      expect(found(r, 'KOORDINATOR_TIDAK_DICABUT', node)[0]?.severity).toBe('warning');
    }
  });
  it('in a listed Badan (Badan Keuangan Daerah, huruf s) error; in the BPBD (not listed) warning', () => {
    expect(found(withKoordinator('badan', 'Badan Keuangan Daerah').r, 'KOORDINATOR_DICABUT')).toHaveLength(1);
    const bpbd = withKoordinator('badan', 'Badan Penanggulangan Bencana Daerah').r;
    expect(found(bpbd, 'KOORDINATOR_DICABUT')).toEqual([]);
    expect(found(bpbd, 'KOORDINATOR_TIDAK_DICABUT')).toHaveLength(1);
  });
  it('only nodes that still exist on 2024-04-01 (Pasal 21 takes effect on promulgation, L238, L268, L282): one ended before is no error', () => {
    const dated = (extra: Partial<Position>) => {
      const b = new Builder('dinas', 'Dinas Kesehatan');
      const head = b.pos('Kepala', 'jpt_pratama');
      const sekretaris = b.pos('Sekretaris', 'administrator', head);
      const node = b.pos('Subkoordinator Perencanaan', 'pengawas', sekretaris, extra);
      return { r: run(b.done()), node };
    };
    expect(found(dated({ effectiveUntil: '2024-03-31' }).r, 'KOORDINATOR_DICABUT')).toEqual([]);
    const after = dated({ effectiveFrom: '2024-05-02' });
    expect(found(after.r, 'KOORDINATOR_DICABUT', after.node).map((f) => f.severity)).toEqual(['error']);
    expect(found(dated({ effectiveFrom: '2021-01-04', effectiveUntil: '2024-04-01' }).r, 'KOORDINATOR_DICABUT')).toHaveLength(1);
    expect(found(dated({ effectiveFrom: '2021-01-04' }).r, 'KOORDINATOR_DICABUT')).toHaveLength(1);
  });
});

describe('T17 Unit types the text does not name', () => {
  it('Kelurahan: the Lurah rates staff under it, a Kasi those under the Kasi; UNIT_TYPE_NOT_COVERED info; no line to the Kecamatan', () => {
    const b = new Builder('kecamatan', 'Kecamatan Pemangkat');
    const camat = b.pos('Camat', 'administrator');
    b.unit('kelurahan', 'Kelurahan Pemangkat Kota', 'u1');
    const lurah = b.pos('Lurah Pemangkat Kota', 'pengawas', camat);
    const ag = b.pos('Pengadministrasi Umum', 'pelaksana', lurah);
    const kasi = b.pos('Kepala Seksi Pemerintahan', 'pengawas', lurah);
    const ah = b.pos('Analis Pemerintahan Ahli Pertama', 'fungsional', kasi, { grade: 'ahli_pertama' });
    const r = run(b.done());
    expect(sourcesInto(r, 'rating', ag)).toEqual([lurah]);
    expect(sourcesInto(r, 'rating', ah)).toEqual([kasi]);
    expect(sourcesInto(r, 'assignment', ah, 'operasional')).toEqual([kasi]);
    expect(sourcesInto(r, 'performance', ah, 'ekspektasi')).toEqual([kasi]);
    expect(has(r, 'performance', lurah, kasi, 'perjanjian_kinerja')).toBe(true);
    const info = found(r, 'UNIT_TYPE_NOT_COVERED');
    expect(info.map((f) => [f.severity, f.positions])).toEqual([['info', [lurah]]]);
    expect(r.lines.filter((l) => l.from === camat || l.to === camat)).toEqual([]);
  });
  it('staff directly under the Asisten: the Asisten rates them as Level I, with a notice', () => {
    const b = new Builder('setda', 'Sekretariat Daerah');
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
    const asisten = b.pos('Asisten Perekonomian dan Pembangunan', 'jpt_pratama', sekda);
    const pel = b.pos('Pengadministrasi Umum', 'pelaksana', asisten);
    const r = run(b.done());
    expect(sourcesInto(r, 'rating', pel)).toEqual([asisten]);
    expect(found(r, 'STAF_DI_BAWAH_ASISTEN', pel)).toHaveLength(1);
  });
});

describe('Kantor (Gambar 6) is recognised by name, whatever unit type it is recorded as (L529, L711)', () => {
  it('a Kantor Kesatuan Bangsa dan Politik recorded as a Badan: the Kepala Kantor rates, the Kasi assigns', () => {
    const b = new Builder('badan', 'Kantor Kesatuan Bangsa dan Politik');
    const kepala = b.pos('Kepala Kantor', 'administrator');
    const kasi = b.pos('Kepala Seksi Ideologi', 'pengawas', kepala);
    const jf = b.pos('Analis Kebijakan Ahli Pertama', 'fungsional', kasi, { grade: 'ahli_pertama' });
    const r = run(b.done());
    expect(sourcesInto(r, 'rating', jf)).toEqual([kepala]);
    expect(sourcesInto(r, 'assignment', jf, 'operasional')).toEqual([kasi]);
  });
  it('a "lainnya" unit that is not a Kantor (Satuan Polisi Pamong Praja, butir 6) follows the Dinas/Badan rules by structure', () => {
    const b = new Builder('lainnya', 'Satuan Polisi Pamong Praja');
    const kasat = b.pos('Kepala Satuan', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Ketertiban Umum', 'administrator', kasat);
    const kasi = b.pos('Kepala Seksi Operasi', 'pengawas', kabid);
    const pel = b.pos('Polisi Pamong Praja', 'pelaksana', kasi);
    const r = run(b.done());
    expect(sourcesInto(r, 'rating', pel)).toEqual([kasi]);
    expect(sourcesInto(r, 'rating', pel)).not.toContain(kabid);
    expect(found(r, 'GAMBAR_4_DIPERLUAS', kabid)).toHaveLength(1);
    expect(sourcesInto(run(b.done(), { ppk_tiga_level: 'administrator_pengawas_puo' }), 'rating', pel)).toEqual([kabid]);
  });
});

describe('T18 class-based level computation (§3.2)', () => {
  const path = (type: UnitType, name: string, chain: [string, Level][]) => {
    const b = new Builder(type, name);
    let parent: string | null = null;
    const ids = chain.map(([title, level]) => (parent = b.pos(title, level, parent, level === 'fungsional' ? { grade: 'ahli_madya' } : {})));
    const index = indexStructure(b.done());
    return ids.map((id) => index.positions.get(id)!).map((p) => ({ classes: levelClasses(index, p), level: levelOf(index, p) }));
  };
  it('levels = distinct jabatan classes on the path, not boxes (L645, L751/L755, L518, L656, L529)', () => {
    const setda = path('setda', 'Sekretariat Daerah', [['Sekretaris Daerah', 'jpt_pratama'], ['Asisten Pemerintahan', 'jpt_pratama'], ['Kepala Bagian Tata Pemerintahan', 'administrator']]);
    expect(setda[2].classes).toEqual(['jpt_pratama', 'administrator']);
    expect(setda[2].level).toBe(2);
    const rsud = path('rsud', 'RSUD Sambas', [['Direktur', 'administrator'], ['Kepala Bidang Pelayanan', 'administrator'], ['Kepala Seksi Keperawatan', 'pengawas']]);
    expect(rsud[2].classes).toEqual(['administrator', 'pengawas']);
    expect([rsud[1].level, rsud[2].level]).toEqual([1, 2]);
    expect(path('lainnya', 'Satuan Polisi Pamong Praja', [['Kepala Satuan', 'jpt_pratama'], ['Kepala Bidang', 'administrator'], ['Kepala Seksi', 'pengawas']])[2].classes).toEqual(['jpt_pratama', 'administrator', 'pengawas']);
    expect(path('dinas', 'DPMPTSP', [['Kepala Dinas', 'jpt_pratama'], ['Penata Perizinan', 'pelaksana']])[1].classes).toEqual(['jpt_pratama']);
    expect(path('upt', 'UPTD Pengelolaan Pasar', [['Kepala UPTD', 'pengawas']])[0].classes).toEqual(['pengawas']);
    expect(path('puskesmas', 'Puskesmas Sambas', [['Kepala Puskesmas', 'fungsional']])[0].classes).toEqual(['fungsional']);
    expect(path('badan', 'Kantor Kesatuan Bangsa dan Politik', [['Kepala Kantor', 'administrator'], ['Kepala Seksi Ideologi', 'pengawas']])[1].classes).toEqual(['administrator', 'pengawas']);
  });
  it('a UPTD is its own Unit Organisasi: its path does not climb into the parent Dinas; a Bagian unit of the Setda does climb', () => {
    const b = new Builder('dinas', 'Dinas Perdagangan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    b.unit('upt', 'UPTD Pengelolaan Pasar', 'u1');
    const kupt = b.pos('Kepala UPTD', 'pengawas', kadis);
    b.unit('setda', 'Sekretariat Daerah', null);
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
    b.unit('setda', 'Bagian Organisasi', b.current);
    const kabag = b.pos('Kepala Bagian Organisasi', 'administrator', sekda);
    const index = indexStructure(b.done());
    expect(levelClasses(index, index.positions.get(kupt)!)).toEqual(['pengawas']);
    expect(levelClasses(index, index.positions.get(kabag)!)).toEqual(['jpt_pratama', 'administrator']);
  });
});
