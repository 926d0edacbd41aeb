// Perbup Tabanan 107/2023: penugasan procedures (Gambar 1–5) and oracle cases 7–9 of seed-004.md §10.1.
import { advanceAssignment, resolveActor, workflowFor } from '../../../src/lib/domain/workflow.ts';
import { describe, expect, it } from 'vitest';
import { Builder } from '../helpers/build.ts';
import { codes, has } from '../helpers/lines.ts';
import { errors, into, run, setda, variant } from './tabanan-2023-107.helpers.ts';

describe('Oracle 7 — penunjukan lintas Unit Organisasi (Gambar 2, L300–L308)', () => {
  const b = new Builder('dinas', 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Pemukiman dan Pertanahan');
  const kadisPu = b.pos('Kepala Dinas', 'jpt_pratama');
  const bidangPu = b.unit('dinas', 'Bidang Bina Marga', 'u1');
  const kabidPu = b.pos('Kepala Bidang Bina Marga', 'administrator', kadisPu);
  const ketua = b.pos('Teknik Jalan dan Jembatan Ahli Muda', 'fungsional', kabidPu, { grade: 'ahli_muda' });
  b.unit('dinas', 'Dinas Komunikasi dan Informatika');
  const kadisKominfo = b.pos('Kepala Dinas', 'jpt_pratama');
  b.unit('dinas', 'Bidang Aplikasi Informatika', 'u3');
  const kabidX = b.pos('Kepala Bidang Aplikasi Informatika', 'administrator', kadisKominfo);
  const pranata = b.pos('Pranata Komputer Ahli Pertama', 'fungsional', kabidX, { grade: 'ahli_pertama' });
  b.team('Tim Sistem Informasi Jalan', bidangPu, [ketua, pranata], ketua, 'tim');
  const s = b.done();
  const r = run(s);

  it('7: the rating of the borrowed JF stays with the Kabid X (L266)', () => {
    expect(into(r, 'rating', pranata)).toEqual([kabidX]);
  });
  it('7: the Kabid X, as target PPK, issues the surat penugasan (L304, L278)', () => {
    expect(into(r, 'assignment', pranata, 'formal')).toEqual([kabidX]);
  });
  it('7: the Ketua Tim reports the member\'s results to the Kabid X and to the Kabid PU (L450, Pasal 9(4) L159)', () => {
    expect(has(r, 'reporting', ketua, kabidX, 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'reporting', ketua, kabidPu, 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'reporting', pranata, ketua, 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'assignment', kabidPu, pranata, 'tim')).toBe(true);
  });
  it('7: the request goes to the Kabid X (target PPK), who answers, approves or refuses with reasons (Gambar 2)', () => {
    const flow = variant.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'lintas_uo')!;
    expect(flow.allowed).toBe(true);
    expect(flow.steps[0]).toMatchObject({ actor: 'owner_puo', to: 'home_ppk', status: 'diajukan' });
    expect(flow.steps.find((x) => x.branch === 'approve')).toMatchObject({ actor: 'home_ppk', to: 'staff', status: 'terbit' });
    expect(flow.steps.find((x) => x.branch === 'reject')).toMatchObject({ actor: 'home_ppk', to: 'owner_puo', status: 'ditolak' });
    expect(flow.requiredContents).toEqual(['purpose', 'competence', 'target', 'duration']);
  });
  it('7: a permohonan pelibatan lacking the four contents is an error (L335–L340)', () => {
    const s2 = structuredClone(s);
    s2.assignments.push({ id: 'a1', assignee: pranata, owner: bidangPu, mode: 'penunjukan', status: 'diajukan', purpose: 'Sistem informasi jalan', end: '2024-12-31' });
    const f = run(s2).findings.find((x) => x.code === 'ASSIGNMENT_MISSING_CONTENTS');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('durasi pelibatan');
  });
  it('7: between Perangkat Daerah is lintas Unit Organisasi under batas_instansi=pemda; sukarela there is flagged under perangkat_daerah (L345)', () => {
    const s2 = structuredClone(s);
    s2.assignments.push({ id: 'a1', assignee: pranata, owner: bidangPu, mode: 'sukarela', status: 'diajukan', end: '2024-12-31' });
    expect(errors(run(s2))).toEqual([]);
    expect(codes(run(s2))).not.toContain('SUKARELA_CROSS_UNIT');
    const flagged = run(s2, { batas_instansi: 'perangkat_daerah' }).findings.filter((f) => f.code === 'SUKARELA_CROSS_UNIT');
    expect(flagged.map((f) => [f.severity, f.positions])).toEqual([['warning', [pranata]]]);
  });
});

describe('Assignment procedures (Gambar 1–5, L287–L366)', () => {
  const b = new Builder('dinas', 'Dinas Pertanian');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const owner = b.unit('dinas', 'Bidang Tanaman Pangan', 'u1');
  const kabidOwner = b.pos('Kepala Bidang Tanaman Pangan', 'administrator', kadis);
  b.unit('dinas', 'Bidang Penyuluhan', 'u1');
  const kabidHome = b.pos('Kepala Bidang Penyuluhan', 'administrator', kadis);
  const kasi = b.pos('Kepala Seksi Kelembagaan', 'pengawas', kabidHome);
  const penyuluh = b.pos('Penyuluh Pertanian Ahli Muda', 'fungsional', kasi, { grade: 'ahli_muda' });
  const s = b.done();
  const r = run(s);
  const rater = (id: string) => r.roles.get(id)?.rater ?? null;
  const request = { id: 'a1', assignee: penyuluh, owner, mode: 'penunjukan' as const, status: 'draf' as const, purpose: 'Gerakan tanam', competence: 'Penyuluhan', target: '10 kelompok tani', duration: '6 bulan', end: '2024-12-31' };

  it('Gambar 2: the owner PUO asks the PPK where the JF sits (the Kasi), who issues or refuses with reasons (L302–L305)', () => {
    const w = workflowFor(variant, 'penunjukan', 'lintas_uo');
    if (!w.ok) throw new Error(w.message);
    const first = w.workflow.steps[0];
    expect(resolveActor(first.actor, s, request, rater).position).toBe(kabidOwner);
    expect(resolveActor(first.to!, s, request, rater).position).toBe(kasi);
    const submitted = advanceAssignment(s, variant, request, 'diajukan');
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    expect(advanceAssignment(s, variant, submitted.assignment, 'ditolak').ok).toBe(false);
    expect(advanceAssignment(s, variant, submitted.assignment, 'ditolak', 'Sedang bertugas pada kegiatan lain').ok).toBe(true);
    expect(advanceAssignment(s, variant, submitted.assignment, 'terbit').ok).toBe(true);
  });
  it('Gambar 2: a permohonan without its four contents cannot be submitted (L335–L340)', () => {
    const res = advanceAssignment(s, variant, { ...request, duration: undefined }, 'diajukan');
    expect(res.ok).toBe(false);
  });
  it('Gambar 3: across instansi the request passes both Pejabat yang Berwenang before the letter (L319–L329)', () => {
    const w = workflowFor(variant, 'penunjukan', 'lintas_instansi');
    if (!w.ok) throw new Error(w.message);
    const approve = w.workflow.steps.filter((x) => x.branch !== 'reject').map((x) => x.actor);
    expect(approve.slice(0, 3)).toEqual(['owner_puo', 'pyb_pemohon', 'pyb_dituju']);
    expect(w.workflow.steps.at(-2)).toMatchObject({ actor: 'home_puo', status: 'terbit' });
  });
  it('Gambar 4: a sukarela within the UO is asked orally, without a letter, and approved by the PUO (L352–L354)', () => {
    const w = workflowFor(variant, 'sukarela', 'intra_uo');
    if (!w.ok) throw new Error(w.message);
    expect(w.workflow.steps[0]).toMatchObject({ actor: 'staff', to: 'puo' });
    expect(w.workflow.steps[0].document).toBeUndefined();
    expect(w.workflow.steps.find((x) => x.branch === 'approve')?.actor).toBe('puo');
  });
  it('Gambar 5: a sukarela across UOs goes to the target PUO first, then the own PPK drafts the letter (L361–L364)', () => {
    const w = workflowFor(variant, 'sukarela', 'lintas_uo');
    if (!w.ok) throw new Error(w.message);
    expect(w.workflow.steps.map((x) => x.to).filter(Boolean).slice(0, 2)).toEqual(['owner_puo', 'home_ppk']);
    expect(w.workflow.steps.find((x) => x.status === 'terbit')?.actor).toBe('home_ppk');
    expect(w.workflow.requiredContents).toEqual([]);
  });
  it('8: pengajuan sukarela lintas instansi has no procedure (L345)', () => {
    const w = workflowFor(variant, 'sukarela', 'lintas_instansi');
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.basis.lines).toBe('L345');
  });
});

describe('Oracles 8 and 9 — sukarela and Ketua Tim', () => {
  it('8: pengajuan sukarela to another instansi is refused (L345)', () => {
    const b = new Builder('dinas', 'Dinas Pariwisata');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Destinasi', 'administrator', kadis);
    const jf = b.pos('Adyatama Kepariwisataan Ahli Muda', 'fungsional', kabid, { grade: 'ahli_muda' });
    b.assignments.push({ id: 'a1', assignee: jf, owner: null, externalInstansi: 'Pemerintah Provinsi Bali', mode: 'sukarela', status: 'diajukan', end: '2024-12-31' });
    const r = run(b.done());
    expect(r.findings.find((f) => f.code === 'SUKARELA_CROSS_INSTANSI')).toMatchObject({ severity: 'error', positions: [jf] });
    expect(variant.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_instansi')?.allowed).toBe(false);
  });

  const team = (leadLevel: 'pelaksana' | 'pengawas') => {
    const b = new Builder('dinas', 'Dinas Sosial');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    const kabid = b.pos('Kepala Bidang Rehabilitasi Sosial', 'administrator', kadis, { id: 'kabid' });
    const lead = leadLevel === 'pelaksana' ? b.pos('Pengolah Data', 'pelaksana', kabid, { id: 'lead' }) : b.pos('Kepala Seksi Rehabilitasi', 'pengawas', kabid, { id: 'lead' });
    const jf = b.pos('Pekerja Sosial Ahli Pertama', 'fungsional', kabid, { grade: 'ahli_pertama', id: 'jf' });
    b.team('Tim Data Terpadu', b.current, [lead, jf], lead, 'tim');
    return run(b.done());
  };
  it('9: a Pelaksana may be Ketua Tim: no finding; the member reports to him (L378, L140)', () => {
    const r = team('pelaksana');
    expect(r.findings).toEqual([]);
    expect(has(r, 'reporting', 'jf', 'lead', 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', 'lead', 'kadis', 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'reporting', 'lead', 'kabid', 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'assignment', 'kadis', 'lead', 'tim')).toBe(true);
  });
  it('9: a structural official as Ketua Tim is warned: the text names JF or Pelaksana (L378)', () => {
    expect(team('pengawas').findings.find((f) => f.code === 'TEAM_LEAD_STRUCTURAL')?.severity).toBe('warning');
  });
});

describe('A JF/Pelaksana assigned to help another official (workUnder, L273)', () => {
  const b = new Builder('dinas', 'Dinas Lingkungan Hidup');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
  const kabidA = b.pos('Kepala Bidang Tata Lingkungan', 'administrator', kadis, { id: 'kabid-a' });
  b.pos('Kepala Bidang Pengelolaan Sampah', 'administrator', kadis, { id: 'kabid-b' });
  b.pos('Pengendali Dampak Lingkungan Ahli Muda', 'fungsional', kabidA, { grade: 'ahli_muda', id: 'jf', workUnder: 'kabid-b' });
  const s = b.done();

  it('reports its individual tasks to the official it helps, who assigns it day to day; its PPK still rates it', () => {
    const r = run(s);
    expect(into(r, 'rating', 'jf')).toEqual(['kabid-a']);
    expect(r.lines.filter((l) => l.from === 'jf' && l.subKind === 'pertanggungjawaban').map((l) => l.to)).toEqual(['kabid-b']);
    expect(into(r, 'assignment', 'jf', 'operasional')).toEqual(['kabid-b']);
    expect(into(r, 'assignment', 'jf', 'formal')).toEqual(['kabid-a']);
  });
  it('with penerbit_penugasan=puo that official also issues the penugasan (L294)', () => {
    expect(into(run(s, { penerbit_penugasan: 'puo' }), 'assignment', 'jf', 'formal')).toEqual(['kabid-b']);
  });
});

describe('Penunjukan "dari Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi" (L289)', () => {
  it('Setda: Z is assigned day to day by the Kasubag, and optionally directly by the Kabag; X only by the Kabag', () => {
    const o = setda();
    const r = run(o.s);
    const operasional = (to: string) => r.lines.filter((l) => l.kind === 'assignment' && l.subKind === 'operasional' && l.to === to).map((l) => [l.from, l.optional ?? false]);
    expect(operasional(o.z)).toEqual([[o.kasubag, false], [o.kabag, true]]);
    expect(operasional(o.x)).toEqual([[o.kabag, false]]);
  });
});
