// Oracle cases of Peraturan Wali Kota Cilegon Nomor 17 Tahun 2023 (../shared/design/seed-002.md §10.1),
// checked against the seed text ../shared/seeds/002_b2fafd602f7c55ec.txt. The text names no unit type and
// has no figures, so the trees are generic (a Dinas with a Bidang as its own Unit Organisasi, and so on).
// KD = JPT Pratama, KB = Administrator, KS = Pengawas, KP = JF leading a unit kerja mandiri.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';
import { compute } from '../../../src/lib/domain/compute.ts';
import { defaultOptionValues, type Basis } from '../../../src/lib/domain/variant.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { teamFormedBy } from '../../../src/lib/domain/team-scope.ts';
import { UNIT_TYPES } from '../../../src/lib/domain/vocabulary.ts';
import { Builder, build } from '../helpers/build.ts';
import { codes, has, linesOf, sourcesInto } from '../helpers/lines.ts';

const v = loadBuiltinVariant('cilegon-2023-17');
const run = (s: Parameters<typeof compute>[0], options: Record<string, string> = {}) => compute(s, v, options);
const findings = (r: ReturnType<typeof run>, code: string) => r.findings.filter((f) => f.code === code);

/** KD heads the Dinas; KB heads the Bidang, a Unit Organisasi of its own inside the Dinas. */
function dinasWithBidang(fill: (b: Builder, ids: { kd: string; kb: string; bidang: string; dinas: string }) => void) {
  return build('dinas', (b) => {
    const dinas = b.current;
    const kd = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'KD' });
    const bidang = b.unit('dinas', 'Bidang Bina Marga', dinas);
    const kb = b.pos('Kepala Bidang Bina Marga', 'administrator', kd, { id: 'KB' });
    fill(b, { kd, kb, bidang, dinas });
  });
}

describe('Cilegon 17/2023: kedudukan, PPK and PUO of one JF/Pelaksana (Pasal 4, Pasal 1 angka 16, Lampiran A–B)', () => {
  const t1 = dinasWithBidang((b) => b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda' }));

  for (const unitOption of ['atasan_langsung', 'unit_struktur']) {
    it(`T1 (${unitOption}): J1 placed under the Kabid is accountable to, rated, assigned and directed by the Kabid alone (L110, L262, L130, L169)`, () => {
      const r = run(t1, { unit_organisasi: unitOption });
      expect(has(r, 'reporting', 'J1', 'KB', 'pertanggungjawaban')).toBe(true);
      expect(sourcesInto(r, 'rating', 'J1')).toEqual(['KB']);
      // PPK = PUO: one assignment line, not a formal and an operational one side by side.
      expect(sourcesInto(r, 'assignment', 'J1')).toEqual(['KB']);
      expect(has(r, 'assignment', 'KB', 'J1', 'formal')).toBe(true);
      expect(has(r, 'performance', 'KB', 'J1', 'ekspektasi')).toBe(true);
      expect(has(r, 'reporting', 'J1', 'KB', 'hasil')).toBe(true);
      expect(linesOf(r, 'assignment', { subKind: 'usulan' })).toEqual([]);
    });
  }

  it('T1: no performance or rating line between the Kepala Dinas and the Kabid by default (the text covers JF/Pelaksana only, L191)', () => {
    const r = run(t1);
    expect(sourcesInto(r, 'performance', 'KB')).toEqual([]);
    expect(sourcesInto(r, 'rating', 'KB')).toEqual([]);
  });

  it('T1 (garis_antar_pejabat = ya): the Kepala Dinas sets and rates the Kabid’s performance (background, outside the text)', () => {
    const r = run(t1, { garis_antar_pejabat: 'ya' });
    expect(has(r, 'performance', 'KD', 'KB', 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'rating', 'KD', 'KB', 'atasan_langsung')).toBe(true);
    expect(sourcesInto(r, 'rating', 'J1')).toEqual(['KB']);
  });

  const t2 = dinasWithBidang((b, { dinas }) =>
    b.pos('Analis Kebijakan Ahli Muda', 'fungsional', 'KD', { id: 'J2', grade: 'ahli_muda', unit: dinas, workUnder: 'KB' })
  );
  for (const unitOption of ['atasan_langsung', 'unit_struktur']) {
    it(`T2 (${unitOption}): J2 placed under the Kadis but working in the Bidang: PPK Kadis, PUO Kabid (L110, L266, L275, L169)`, () => {
      const r = run(t2, { unit_organisasi: unitOption });
      expect(has(r, 'reporting', 'J2', 'KD', 'pertanggungjawaban')).toBe(true);
      expect(sourcesInto(r, 'rating', 'J2')).toEqual(['KD']);
      expect(has(r, 'assignment', 'KD', 'J2', 'formal')).toBe(true);
      expect(has(r, 'assignment', 'KB', 'J2', 'operasional')).toBe(true);
      expect(has(r, 'assignment', 'KB', 'KD', 'usulan')).toBe(true);
      expect(has(r, 'performance', 'KB', 'J2', 'ekspektasi')).toBe(true);
      expect(has(r, 'reporting', 'J2', 'KB', 'hasil')).toBe(true);
      expect(has(r, 'reporting', 'J2', 'KD', 'hasil')).toBe(false);
    });
  }

  it('T2 (penunjuk = ppk): only the PPK appoints (Pasal 6 ayat (2), L130)', () => {
    const r = run(t2, { penunjuk: 'ppk' });
    expect(sourcesInto(r, 'assignment', 'J2')).toEqual(['KD']);
  });

  it('T2 (penetap_ekspektasi = ppk): the PPK, not the PUO, sets the expectation (Pasal 13 ayat (1) huruf a, L187)', () => {
    const r = run(t2, { penetap_ekspektasi: 'ppk' });
    expect(sourcesInto(r, 'performance', 'J2')).toEqual(['KD']);
  });

  const t3 = build('dinas', (b) => {
    const kd = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'KD' });
    const ks = b.pos('Kepala Seksi Pelayanan', 'pengawas', kd, { id: 'KS' });
    b.pos('Pengadministrasi Umum', 'pelaksana', ks, { id: 'P1' });
  });

  it('T3 (unit_struktur): P1 under a Kasi who does not lead the UO: PPK Kasi, PUO Kadis (L68, L266, L275, L169)', () => {
    const r = run(t3, { unit_organisasi: 'unit_struktur' });
    expect(has(r, 'reporting', 'P1', 'KS', 'pertanggungjawaban')).toBe(true);
    expect(sourcesInto(r, 'rating', 'P1')).toEqual(['KS']);
    expect(has(r, 'assignment', 'KS', 'P1', 'formal')).toBe(true);
    expect(has(r, 'assignment', 'KD', 'P1', 'operasional')).toBe(true);
    expect(has(r, 'assignment', 'KD', 'KS', 'usulan')).toBe(true);
    expect(has(r, 'reporting', 'P1', 'KD', 'hasil')).toBe(true);
    expect(has(r, 'performance', 'KD', 'P1', 'ekspektasi')).toBe(true);
  });

  it('T3 (atasan_langsung, default): the Kasi leads its own UO, so PPK = PUO = Kasi (L64)', () => {
    const r = run(t3);
    expect(sourcesInto(r, 'rating', 'P1')).toEqual(['KS']);
    expect(sourcesInto(r, 'assignment', 'P1')).toEqual(['KS']);
    expect(has(r, 'reporting', 'P1', 'KS', 'hasil')).toBe(true);
    expect(has(r, 'reporting', 'P1', 'KD', 'hasil')).toBe(false);
  });

  const t4 = build('dinas', (b) => {
    const dinas = b.current;
    const kd = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { id: 'KD' });
    b.unit('puskesmas', 'UPTD Puskesmas Cilegon', dinas);
    const kp = b.pos('Kepala Puskesmas Cilegon', 'fungsional', kd, { id: 'KP', grade: 'ahli_madya' });
    b.pos('Pengadministrasi Perkantoran', 'pelaksana', kp, { id: 'P2' });
  });

  it('T4: the JF head of a unit kerja mandiri without delegation is not the PPK: rating climbs to the Kadis, with a warning (L68, L111, L262)', () => {
    const r = run(t4);
    expect(has(r, 'reporting', 'P2', 'KP', 'pertanggungjawaban')).toBe(true);
    expect(sourcesInto(r, 'rating', 'P2')).toEqual(['KD']);
    const w = findings(r, 'PPK_JF_TANPA_DELEGASI');
    expect(w.map((f) => [f.severity, f.positions])).toEqual([['warning', ['P2', 'KP']]]);
    expect(has(r, 'assignment', 'KP', 'P2', 'operasional')).toBe(true);
    expect(has(r, 'assignment', 'KD', 'P2', 'formal')).toBe(true);
    expect(has(r, 'assignment', 'KP', 'KD', 'usulan')).toBe(true);
    expect(has(r, 'reporting', 'P2', 'KP', 'hasil')).toBe(true);
    expect(codes(r)).not.toContain('RATER_BELOW_MIN');
  });

  it('T5 (ppk_jf_pimpinan_unit = didelegasikan): the Kepala Puskesmas rates P2 and is the single assigner, no warning', () => {
    const r = run(t4, { ppk_jf_pimpinan_unit: 'didelegasikan' });
    expect(sourcesInto(r, 'rating', 'P2')).toEqual(['KP']);
    expect(sourcesInto(r, 'assignment', 'P2')).toEqual(['KP']);
    expect(codes(r)).not.toContain('PPK_JF_TANPA_DELEGASI');
    expect(codes(r)).not.toContain('RATER_BELOW_MIN');
  });

  it('T4/T5: the Kepala Puskesmas, a Pejabat Fungsional, is rated by and accountable to the Kadis (L110, L186, L68)', () => {
    const r = run(t4);
    expect(sourcesInto(r, 'rating', 'KP')).toEqual(['KD']);
    expect(has(r, 'reporting', 'KP', 'KD', 'pertanggungjawaban')).toBe(true);
  });

  it('T6: a JF/Pelaksana placed under a Pelaksana or under a JF that leads no unit is an error (L110–L111)', () => {
    const s = build('dinas', (b) => {
      const kd = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'KD' });
      const pel = b.pos('Pengadministrasi Umum', 'pelaksana', kd, { id: 'PEL' });
      b.pos('Pengelola Arsip', 'pelaksana', pel, { id: 'X1' });
      const jf = b.pos('Arsiparis Ahli Muda', 'fungsional', kd, { id: 'JF', grade: 'ahli_muda' });
      b.pos('Arsiparis Ahli Pertama', 'fungsional', jf, { id: 'X2', grade: 'ahli_pertama' });
    });
    const r = run(s);
    expect(findings(r, 'STAFF_UNDER_STAFF').map((f) => [f.severity, f.positions])).toEqual([
      ['error', ['X1', 'PEL']],
      ['error', ['X2', 'JF']]
    ]);
    // The PPK is still found higher up: at least Pengawas (L68).
    expect(sourcesInto(r, 'rating', 'X1')).toEqual(['KD']);
  });

  it('T6: a Pelaksana heading a unit cannot have JF/Pelaksana under it (L67, L110)', () => {
    const s = build('dinas', (b) => {
      const dinas = b.current;
      const kd = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'KD' });
      b.unit('upt', 'UPTD Parkir', dinas);
      const pel = b.pos('Koordinator Parkir', 'pelaksana', kd, { id: 'PH' });
      b.pos('Petugas Parkir', 'pelaksana', pel, { id: 'X' });
    });
    const r = run(s);
    expect(findings(r, 'KEDUDUKAN_DI_BAWAH_PELAKSANA').map((f) => [f.severity, f.positions])).toEqual([['error', ['X', 'PH']]]);
    expect(sourcesInto(r, 'rating', 'X')).toEqual(['KD']);
  });

  it('a JF/Pelaksana with no official at least Pengawas above it has no PPK: error (L68)', () => {
    const s = build('sekolah', (b) => {
      const ks = b.pos('Kepala Sekolah', 'fungsional', null, { id: 'KSK', grade: 'ahli_madya' });
      b.pos('Guru Ahli Pertama', 'fungsional', ks, { id: 'G', grade: 'ahli_pertama' });
    });
    const r = run(s);
    expect(findings(r, 'NO_RATER').map((f) => [f.severity, f.positions])).toEqual([['error', ['G']]]);
    expect(sourcesInto(run(s, { ppk_jf_pimpinan_unit: 'didelegasikan' }), 'rating', 'G')).toEqual(['KSK']);
  });
});

describe('Cilegon 17/2023: Tim Kerja (Pasal 5, 9, 11; Lampiran C)', () => {
  it('T7: team in the Bidang led by J1: Kabid forms it and appoints the Ketua, the Ketua divides roles and reports (L155, L337, L405, L414, L170, L171, L408)', () => {
    const s = dinasWithBidang((b, { bidang }) => {
      b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda' });
      b.pos('Pengolah Data', 'pelaksana', 'KB', { id: 'P3' });
      b.team('Tim Kerja Jalan', bidang, ['J1', 'P3'], 'J1', 'TK1');
    });
    const r = run(s);
    expect(has(r, 'assignment', 'KB', 'P3', 'tim')).toBe(true);
    expect(has(r, 'assignment', 'KB', 'J1', 'tim')).toBe(true);
    expect(has(r, 'assignment', 'J1', 'P3', 'peran')).toBe(true);
    expect(r.lines.some((l) => l.team === 'TK1' && l.kind === 'performance' && l.from === 'J1' && l.to === 'P3')).toBe(true);
    expect(has(r, 'reporting', 'P3', 'J1', 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', 'J1', 'KB', 'ketua_ke_pemilik')).toBe(true);
    // KB is both the PPK and the PUO of P3: one rating-input line.
    expect(linesOf(r, 'reporting', { subKind: 'ketua_ke_ppk' }).map((l) => [l.from, l.to])).toEqual([['J1', 'KB']]);
    expect(sourcesInto(r, 'rating', 'P3')).toEqual(['KB']);
    expect(codes(r)).not.toContain('TEAM_LEAD_OUTSIDE_OWNER');
  });

  const t8 = dinasWithBidang((b, { bidang, dinas, kd }) => {
    b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda', unit: bidang });
    b.unit('dinas', 'Bidang Cipta Karya', dinas);
    b.pos('Kepala Bidang Cipta Karya', 'administrator', kd, { id: 'KX' });
    b.pos('Teknik Jalan dan Jembatan Ahli Muda', 'fungsional', 'KX', { id: 'J9', grade: 'ahli_muda' });
    b.team('Tim Kerja Lintas Bidang', bidang, ['J1', 'J9'], 'J9', 'TK2');
  });

  it('T8: a Ketua from another UO is a warning; he reports J1’s results to J1’s PPK/PUO and the team’s work to the owner PUO (L122, L338–L340, L408, L171)', () => {
    const r = run(t8);
    expect(findings(r, 'TEAM_LEAD_OUTSIDE_OWNER').map((f) => [f.severity, f.positions])).toEqual([['warning', ['J9']]]);
    expect(has(r, 'reporting', 'J9', 'KB', 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'reporting', 'J9', 'KB', 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'assignment', 'KB', 'J9', 'tim')).toBe(true);
    expect(has(r, 'reporting', 'J1', 'J9', 'anggota_ke_ketua')).toBe(true);
    // Team membership does not move the PPK (kedudukan stays, L283).
    expect(sourcesInto(r, 'rating', 'J9')).toEqual(['KX']);
  });

  it('T8: staffing J9 across UOs ends with a surat penugasan from J9’s own PPK (L281–L284)', () => {
    const wf = v.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'lintas_uo')!;
    expect(wf.allowed).toBe(true);
    expect(wf.steps[0]).toMatchObject({ actor: 'owner_puo', to: 'home_ppk', document: 'Surat permohonan pelibatan' });
    const approve = wf.steps.filter((s) => s.branch === 'approve');
    expect(approve.map((s) => [s.actor, s.document, s.status])).toEqual([['home_ppk', 'Surat penugasan', 'terbit']]);
    expect(wf.steps.find((s) => s.branch === 'reject')).toMatchObject({ actor: 'home_ppk', to: 'owner_puo', status: 'ditolak' });
    expect(wf.requiredContents).toEqual(['purpose', 'competence', 'target', 'duration']);
  });

  const withGuest = (guest: (b: Builder, dinas: string) => string) =>
    dinasWithBidang((b, { bidang, dinas }) => {
      b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda', unit: bidang });
      const g = guest(b, dinas);
      b.team('Tim Kerja Jalan Provinsi', bidang, ['J1', g], 'J1', 'TK3');
    });
  const formed = (s: ReturnType<typeof dinasWithBidang>, options: Record<string, string> = {}) => {
    const all = { ...defaultOptionValues(v), ...options };
    return teamFormedBy(indexStructure(s), s.teams[0], v, all);
  };

  it('T9: a team with a member of another instansi (a unit recorded with its own instansi) is lintas instansi, formed by Keputusan Wali Kota (L156)', () => {
    const s = withGuest((b) => {
      b.unit('lainnya', 'Dinas PUPR Provinsi Banten', null, 'prov');
      b.units.at(-1)!.instansi = 'Pemerintah Provinsi Banten';
      b.pos('Kepala Dinas PUPR Provinsi', 'jpt_pratama', null, { id: 'KP' });
      return b.pos('Teknik Jalan dan Jembatan Ahli Madya', 'fungsional', 'KP', { id: 'JP', grade: 'ahli_madya' });
    });
    expect(formed(s)).toMatchObject({ scope: 'lintas_instansi', label: 'Keputusan Wali Kota' });
    expect(formed(s)!.basis.lines).toBe('L156');
    const info = findings(run(s), 'TEAM_LINTAS_INSTANSI');
    expect(info.map((f) => [f.severity, f.positions])).toEqual([['info', ['JP']]]);
    expect(info[0].message).toMatch(/Keputusan Wali Kota/);
  });

  it('T10: a member from another Perangkat Daerah of Pemkot Cilegon: lintas UO by the owner PUO by default; lintas instansi by Keputusan Wali Kota under instansi_anggota_tim = perangkat_daerah (L63, OQ-08)', () => {
    const s = withGuest((b) => {
      b.unit('badan', 'Bappeda', null, 'bappeda');
      b.pos('Kepala Bappeda', 'jpt_pratama', null, { id: 'KBP' });
      return b.pos('Perencana Ahli Muda', 'fungsional', 'KBP', { id: 'JB', grade: 'ahli_muda' });
    });
    expect(formed(s)).toMatchObject({ scope: 'lintas_uo' });
    expect(formed(s)!.label).toMatch(/^Keputusan Pimpinan Unit Organisasi pemilik kinerja/);
    expect(findings(run(s), 'TEAM_LINTAS_INSTANSI')).toEqual([]);
    expect(formed(s, { instansi_anggota_tim: 'perangkat_daerah' })).toMatchObject({ scope: 'lintas_instansi', label: 'Keputusan Wali Kota' });
    expect(findings(run(s, { instansi_anggota_tim: 'perangkat_daerah' }), 'TEAM_LINTAS_INSTANSI').map((f) => f.positions)).toEqual([['JB']]);
    // A Bidang unit inside the owner's own Dinas is never another instansi.
    expect(formed(t8, { instansi_anggota_tim: 'perangkat_daerah' })!.scope).toBe('lintas_uo');
  });

  it('T9: the lintas instansi penunjukan goes PUO → Pejabat yang Berwenang → PyB of the other instansi → PPK (L293–L301)', () => {
    const wf = v.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'lintas_instansi')!;
    expect(wf.steps.slice(0, 3).map((s) => [s.actor, s.to])).toEqual([
      ['owner_puo', 'pyb_pemohon'],
      ['pyb_pemohon', 'pyb_dituju'],
      ['pyb_dituju', 'home_ppk']
    ]);
    expect(wf.steps.at(-1)).toMatchObject({ actor: 'home_puo', to: 'staff', status: 'terbit' });
  });

  it('T14: a structural official as team member is a warning (L335: tim kerja melibatkan JF dan Pelaksana)', () => {
    const s = dinasWithBidang((b, { bidang }) => {
      b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda' });
      b.team('Tim Kerja', bidang, ['J1', 'KB'], 'J1');
    });
    expect(findings(run(s), 'TEAM_STRUCTURAL_MEMBER').map((f) => [f.severity, f.positions])).toEqual([['warning', ['KB']]]);
  });

  const t15 = dinasWithBidang((b, { bidang }) => {
    b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda' });
    b.pos('Pengolah Data', 'pelaksana', 'KB', { id: 'P3' });
    b.team('Tim Kerja Tanpa Ketua', bidang, ['J1', 'P3'], null);
  });

  it('T15: a team without Ketua is allowed (L337 "dapat"); members report to the owner PUO (OQ-15 default)', () => {
    const r = run(t15);
    expect(findings(r, 'TEAM_WITHOUT_LEAD').map((f) => f.severity)).toEqual(['info']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(has(r, 'reporting', 'J1', 'KB', 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', 'P3', 'KB', 'anggota_ke_ketua')).toBe(true);
  });

  it('T15 (tim_tanpa_ketua = tidak_digambar): no member reporting line without a Ketua', () => {
    expect(linesOf(run(t15, { tim_tanpa_ketua: 'tidak_digambar' }), 'reporting', { subKind: 'anggota_ke_ketua' })).toEqual([]);
  });
});

describe('Cilegon 17/2023: penugasan (Pasal 1 angka 17, Pasal 6, 8; Lampiran B)', () => {
  const contents = { purpose: 'Perencanaan jalan lingkungan', competence: 'Perencana', target: 'Dokumen DED selesai', duration: '3 bulan' };
  function withAssignment(a: { mode: 'penunjukan' | 'sukarela'; owner: 'other' | 'own' | null; end?: string; inTeam?: boolean; contents?: Partial<typeof contents> }) {
    return dinasWithBidang((b, { bidang, dinas, kd }) => {
      b.pos('Perencana Ahli Muda', 'fungsional', 'KB', { id: 'J1', grade: 'ahli_muda', unit: bidang });
      const other = b.unit('dinas', 'Bidang Cipta Karya', dinas);
      b.pos('Kepala Bidang Cipta Karya', 'administrator', kd, { id: 'KX', unit: other });
      if (a.inTeam) b.team('Tim Kerja Cipta Karya', other, ['J1'], 'J1');
      const owner = a.owner === 'other' ? other : a.owner === 'own' ? bidang : null;
      b.assignments.push({
        id: 'A1', assignee: 'J1', owner, mode: a.mode, status: 'draf',
        ...(owner === null ? { externalInstansi: 'Pemerintah Provinsi Banten' } : {}),
        ...(a.end ? { end: a.end } : {}),
        ...(a.contents ?? contents)
      });
    });
  }

  it('T11: pengajuan sukarela to another instansi is not provided: error (Lampiran B.2 has only a. and b., L317–L324)', () => {
    const s = withAssignment({ mode: 'sukarela', owner: null, end: '2024-12-31' });
    expect(findings(run(s), 'SUKARELA_CROSS_INSTANSI').map((f) => [f.severity, f.positions])).toEqual([['error', ['J1']]]);
    expect(findings(run(s, { sukarela_lintas_instansi: 'analogi' }), 'SUKARELA_CROSS_INSTANSI').map((f) => f.severity)).toEqual(['warning']);
  });

  it('T12: a penunjukan across UOs outside a team is allowed with a warning (Pasal 8 ayat (3), L149; L368)', () => {
    const r = run(withAssignment({ mode: 'penunjukan', owner: 'other', end: '2024-12-31' }));
    expect(findings(r, 'ASSIGNMENT_OUTSIDE_TEAM').map((f) => [f.severity, f.positions])).toEqual([['warning', ['J1']]]);
    expect(codes(run(withAssignment({ mode: 'penunjukan', owner: 'other', end: '2024-12-31', inTeam: true })))).not.toContain('ASSIGNMENT_OUTSIDE_TEAM');
    expect(codes(run(withAssignment({ mode: 'penunjukan', owner: 'other', end: '2024-12-31' }), { penugasan_individu_lintas: 'boleh' }))).not.toContain('ASSIGNMENT_OUTSIDE_TEAM');
  });

  it('a permohonan pelibatan for a penunjukan across UOs lacking a required content is an error (L303–L308)', () => {
    const r = run(withAssignment({ mode: 'penunjukan', owner: 'other', end: '2024-12-31', inTeam: true, contents: { purpose: 'Perencanaan', competence: 'Perencana' } }));
    const f = findings(r, 'ASSIGNMENT_MISSING_CONTENTS');
    expect(f.map((x) => [x.severity, x.positions])).toEqual([['error', ['J1']]]);
    expect(f[0].message).toContain('ekspektasi/target kinerja');
    expect(f[0].message).toContain('durasi pelibatan');
    expect(codes(run(withAssignment({ mode: 'penunjukan', owner: 'other', end: '2024-12-31', inTeam: true })))).not.toContain('ASSIGNMENT_MISSING_CONTENTS');
    // The minimum contents are for penunjukan across UOs or instansi only, not for sukarela or within the UO.
    expect(codes(run(withAssignment({ mode: 'sukarela', owner: 'other', end: '2024-12-31', inTeam: true, contents: {} })))).not.toContain('ASSIGNMENT_MISSING_CONTENTS');
    expect(codes(run(withAssignment({ mode: 'penunjukan', owner: 'own', end: '2024-12-31', contents: {} })))).not.toContain('ASSIGNMENT_MISSING_CONTENTS');
  });

  it('T13: an assignment without an end date is a warning ("dalam periode waktu tertentu", L69)', () => {
    const r = run(withAssignment({ mode: 'penunjukan', owner: 'own' }));
    expect(findings(r, 'ASSIGNMENT_WITHOUT_END').map((f) => [f.severity, f.positions])).toEqual([['warning', ['J1']]]);
    expect(codes(run(withAssignment({ mode: 'penunjukan', owner: 'own', end: '2024-12-31' })))).not.toContain('ASSIGNMENT_WITHOUT_END');
  });

  it('T16: pengajuan sukarela within the UO: oral request to the PUO, who assigns (L321–L322)', () => {
    const wf = v.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'intra_uo')!;
    expect(wf.steps.map((s) => [s.actor, s.to, s.document ?? null])).toEqual([
      ['staff', 'puo', 'Lisan'],
      ['puo', 'staff', null]
    ]);
    const r = run(withAssignment({ mode: 'sukarela', owner: 'own', end: '2024-12-31' }));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('T17: pengajuan sukarela across UOs is allowed; the own PPK issues the surat penugasan; the PPK is unchanged (L326–L328)', () => {
    const wf = v.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_uo')!;
    expect(wf.allowed).toBe(true);
    expect(wf.steps.map((s) => [s.actor, s.to])).toEqual([
      ['staff', 'owner_puo'],
      ['staff', 'home_ppk'],
      ['home_ppk', 'staff']
    ]);
    expect(wf.steps.at(-1)).toMatchObject({ document: 'Surat penugasan', status: 'terbit' });
    const r = run(withAssignment({ mode: 'sukarela', owner: 'other', end: '2024-12-31', inTeam: true }));
    expect(codes(r)).not.toContain('SUKARELA_CROSS_UNIT');
    expect(sourcesInto(r, 'rating', 'J1')).toEqual(['KB']);
  });

  it('sukarela lintas instansi has no procedure in the workflows (L317–L324)', () => {
    expect(v.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_instansi')?.allowed).toBe(false);
  });
});

describe('Cilegon 17/2023: unit types (the text names none)', () => {
  for (const type of UNIT_TYPES) {
    const jfHead = type === 'puskesmas' || type === 'sekolah';
    const s = build('dinas', (b) => {
      const kd = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'KD' });
      b.unit(type, `Unit ${type}`, 'u1');
      const head = jfHead
        ? b.pos(`Kepala ${type}`, 'fungsional', kd, { id: 'H', grade: 'ahli_madya' })
        : b.pos(`Kepala ${type}`, 'pengawas', kd, { id: 'H' });
      b.pos('Analis Ahli Pertama', 'fungsional', head, { id: 'J', grade: 'ahli_pertama' });
      b.pos('Pengadministrasi Umum', 'pelaksana', head, { id: 'P' });
    });

    it(`${type}: every JF/Pelaksana has exactly one rating line, and the type gets UNIT_TYPE_NOT_COVERED`, () => {
      const r = run(s);
      const staff = s.positions.filter((p) => p.level === 'fungsional' || p.level === 'pelaksana');
      for (const p of staff) expect(sourcesInto(r, 'rating', p.id), p.id).toHaveLength(1);
      const info = findings(r, 'UNIT_TYPE_NOT_COVERED').filter((f) => f.positions.includes('H'));
      expect(info.map((f) => f.severity)).toEqual(['info']);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

describe('Cilegon 17/2023: every basis cites the seed text verbatim', () => {
  const seedPath = new URL('../../../../shared/seeds/002_b2fafd602f7c55ec.txt', import.meta.url);
  const bases: Basis[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string' && typeof o.ref === 'string') bases.push(o as unknown as Basis);
      else Object.values(o).forEach(walk);
    }
  };
  walk(v);

  it.skipIf(!existsSync(seedPath))('each quote occurs in the cited lines of 002_b2fafd602f7c55ec.txt', () => {
    const seed = readFileSync(seedPath, 'utf8').split('\n');
    expect(bases.length).toBeGreaterThan(40);
    for (const b of bases) {
      expect(b.source).toBe('002_b2fafd602f7c55ec.txt');
      const m = /^L(\d+)(?:–L(\d+))?$/.exec(b.lines ?? '');
      expect(m, `${b.ref}: ${b.lines}`).not.toBeNull();
      const from = Number(m![1]);
      const to = Number(m![2] ?? m![1]);
      const text = seed.slice(from - 1, to).map((l) => l.trim()).filter(Boolean).join(' ');
      for (const piece of b.quote.split(' … ')) expect(text, `${b.ref} ${b.lines}`).toContain(piece);
    }
  });
});
