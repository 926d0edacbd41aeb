// Peraturan Bupati Karanganyar Nomor 50 Tahun 2023: the Setda and Tim Kerja oracle cases of ../shared/design/seed-003.md
// (section 10.1), checked against the seed text. L123 = line 123 of 003_b96cd7a6ade3edd9.txt.
import { describe, expect, it } from 'vitest';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import { Builder } from '../helpers/build.ts';
import { codes, has, sourcesInto } from '../helpers/lines.ts';
import { finding, run, setda, v } from './karanganyar-2023-50.shapes.ts';

describe('Karanganyar 50/2023: Sekretariat Daerah (Gambar 12–19, Contoh 8–10)', () => {
  it('T8 Asisten as PPK, Kabag as PUK: the Asisten rates JF D, the Kabag assigns it (L601–L603, L1060)', () => {
    const r = run(setda((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'asisten', { id: 'D', grade: 'ahli_madya', workUnder: 'kabag' })));
    expect(has(r, 'performance', 'sekda', 'asisten', 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', 'asisten', 'kabag', 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'rating', 'D')).toEqual(['asisten']);
    expect(has(r, 'assignment', 'kabag', 'D', 'operasional')).toBe(true);
    expect(has(r, 'assignment', 'asisten', 'D', 'formal')).toBe(true);
    expect(codes(r)).not.toContain('JENJANG_KEDUDUKAN');
  });

  it('T8 results climb Kabag → Asisten → Sekda for review (L1073, L1077)', () => {
    const r = run(setda((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'asisten', { id: 'D', grade: 'ahli_madya', workUnder: 'kabag' })));
    expect(has(r, 'reporting', 'D', 'kabag', 'hasil')).toBe(true);
    expect(has(r, 'reporting', 'kabag', 'asisten', 'hasil')).toBe(true);
    expect(has(r, 'reporting', 'asisten', 'sekda', 'hasil')).toBe(true);
  });

  it('T9 a JF Terampil under the Kasubbag is rated and assigned by the Kasubbag; performance chain Sekda → Asisten → Kabag → Kasubbag (L500)', () => {
    const r = run(setda((b) => b.pos('Arsiparis Terampil', 'fungsional', 'kasubbag', { id: 'K', grade: 'terampil' })));
    expect(sourcesInto(r, 'rating', 'K')).toEqual(['kasubbag']);
    expect(sourcesInto(r, 'assignment', 'K')).toEqual(['kasubbag']);
    expect(has(r, 'performance', 'kabag', 'kasubbag', 'perjanjian_kinerja')).toBe(true);
    expect(r.roles.get('kasubbag')!.performanceOwner).toBe('kabag');
    expect(codes(r)).not.toContain('JENJANG_KEDUDUKAN');
    expect(codes(r)).not.toContain('TOO_MANY_LEVELS');
  });

  it('Gambar 12: a JF Ahli Utama under the Sekda and a JF Ahli Madya under the Kabag (G14) — noted, or moved up when the table binds', () => {
    const s = setda((b) => {
      b.pos('Analis Kebijakan Ahli Utama', 'fungsional', 'sekda', { id: 'U', grade: 'ahli_utama' });
      b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kabag', { id: 'M', grade: 'ahli_madya' });
    });
    const note = run(s);
    expect(sourcesInto(note, 'rating', 'U')).toEqual(['sekda']);
    expect(sourcesInto(note, 'rating', 'M')).toEqual(['kabag']);
    expect(finding(note, 'JENJANG_KEDUDUKAN').map((f) => f.positions)).toEqual([['M', 'kabag']]);
    const bound = run(s, { tabel_jenjang: 'mengikat' });
    expect(sourcesInto(bound, 'rating', 'M')).toEqual(['asisten']);
  });

  it('Gambar 12 and Contoh 8 place only JF under the Sekda: a Pelaksana there is noted (L474, L1021)', () => {
    const r = run(setda((b) => b.pos('Pengadministrasi Umum', 'pelaksana', 'sekda', { id: 'pel' })));
    expect(sourcesInto(r, 'rating', 'pel')).toEqual(['sekda']);
    expect(finding(r, 'JENJANG_KEDUDUKAN').map((f) => f.positions)).toEqual([['pel', 'sekda']]);
  });

  it('a Bagian drawn as its own unit: the Asisten still sets the Kabag\'s performance and the JF placement tables still apply (L601, L492)', () => {
    const b = new Builder('setda', 'Sekretariat Daerah');
    b.pos('Sekretaris Daerah', 'jpt_pratama', null, { id: 'sekda' });
    b.pos('Asisten Administrasi Umum', 'jpt_pratama', 'sekda', { id: 'asisten' });
    b.unit('setda', 'Bagian Organisasi', 'u1');
    b.pos('Kepala Bagian Organisasi', 'administrator', 'asisten', { id: 'kabag' });
    b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kabag', { id: 'm', grade: 'ahli_madya' });
    const s = b.done();
    const r = run(s, { kinerja_pimpinan_unit: 'tidak_digambar' });
    expect(has(r, 'performance', 'asisten', 'kabag', 'perjanjian_kinerja')).toBe(true);
    expect(finding(r, 'JENJANG_KEDUDUKAN').map((f) => f.positions)).toEqual([['m', 'kabag']]);
    expect(sourcesInto(run(s, { tabel_jenjang: 'mengikat' }), 'rating', 'm')).toEqual(['asisten']);
  });

  it('Gambar 15: a JF Ahli Muda under the Kasubbag goes to the Kabag when the table binds (L492, L500)', () => {
    const r = run(setda((b) => b.pos('Analis Ahli Muda', 'fungsional', 'kasubbag', { id: 'm', grade: 'ahli_muda' })), { tabel_jenjang: 'mengikat' });
    expect(sourcesInto(r, 'rating', 'm')).toEqual(['kabag']);
  });

  it('Gambar 13: a JF Ahli Pertama under the Asisten is noted under both readings (L483)', () => {
    const s = setda((b) => b.pos('Analis Ahli Pertama', 'fungsional', 'asisten', { id: 'p', grade: 'ahli_pertama' }));
    expect(finding(run(s), 'JENJANG_KEDUDUKAN')).toHaveLength(1);
    expect(finding(run(s, { tabel_jenjang: 'mengikat' }), 'JENJANG_KEDUDUKAN')).toHaveLength(1);
  });
});

describe('Karanganyar 50/2023: Tim Kerja and penugasan (Pasal 12, 14; Gambar 20–24)', () => {
  const team = () => {
    const b = new Builder('dinas', 'Dinas Z');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    const a = b.unit('dinas', 'Bidang A', 'u1');
    b.pos('Kepala Bidang A', 'administrator', 'kadis', { id: 'kabidA', unit: a });
    b.pos('Kepala Seksi A1', 'pengawas', 'kabidA', { id: 'kasiA1', unit: a });
    const bb = b.unit('dinas', 'Bidang B', 'u1');
    b.pos('Kepala Bidang B', 'administrator', 'kadis', { id: 'kabidB', unit: bb });
    b.pos('Perencana Ahli Muda', 'fungsional', 'kabidB', { id: 'ketua', grade: 'ahli_muda', unit: bb });
    b.pos('Perencana Ahli Pertama', 'fungsional', 'kabidB', { id: 'anggota', grade: 'ahli_pertama', unit: bb });
    b.team('Tim Kerja Perencanaan', a, ['ketua', 'anggota'], 'ketua', 'tim');
    return b.done();
  };

  it('T11 a Ketua from outside the owner unit and not a Pengawas: two warnings (Pasal 12 ayat (5)–(6), L163–L164)', () => {
    const r = run(team());
    expect(finding(r, 'TEAM_LEAD_OUTSIDE_OWNER').map((f) => f.severity)).toEqual(['warning']);
    expect(finding(r, 'TEAM_LEAD_NOT_PENGAWAS').map((f) => f.positions)).toEqual([['ketua', 'kasiA1']]);
    expect(codes(run(team(), { ketua_tim_pengawas: 'bebas' }))).not.toContain('TEAM_LEAD_NOT_PENGAWAS');
  });

  it('T11 member → Ketua, Ketua → owner head, Ketua → PPK and PUO of the member (Pasal 14, L789)', () => {
    const r = run(team());
    expect(has(r, 'reporting', 'anggota', 'ketua', 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', 'ketua', 'kabidA', 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'reporting', 'ketua', 'kabidB', 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'assignment', 'kabidA', 'anggota', 'tim')).toBe(true);
    expect(has(r, 'assignment', 'kabidA', 'ketua', 'tim')).toBe(true);
  });

  it('Gambar 26 option: the Ketua\'s PPK appoints the Ketua instead of the owner head (L162 vs L872)', () => {
    const r = run(team(), { penunjuk_ketua_tim: 'ppk_ketua' });
    expect(has(r, 'assignment', 'kabidB', 'ketua', 'tim')).toBe(true);
    expect(has(r, 'assignment', 'kabidA', 'ketua', 'tim')).toBe(false);
  });

  it('structural officials may sit in and lead a team (L345): no finding for that', () => {
    const b = new Builder('dinas', 'Dinas Z');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Kepala Bidang', 'administrator', 'kadis', { id: 'kabid' });
    b.pos('Kepala Seksi', 'pengawas', 'kabid', { id: 'kasi' });
    b.pos('Perencana Ahli Muda', 'fungsional', 'kabid', { id: 'jf', grade: 'ahli_muda' });
    b.team('Tim Struktural', 'u1', ['kasi', 'kabid', 'jf'], 'kasi');
    const r = run(b.done());
    expect(codes(r)).not.toContain('TEAM_LEAD_STRUCTURAL');
    expect(codes(r)).not.toContain('TEAM_STRUCTURAL_MEMBER');
    expect(codes(r)).not.toContain('TEAM_LEAD_NOT_PENGAWAS');
    expect(has(r, 'reporting', 'jf', 'kasi', 'anggota_ke_ketua')).toBe(true);
  });

  it('a team without a Ketua is a note by default (dapat, L718) and a warning when a Ketua is required (L312)', () => {
    const b = new Builder('dinas', 'Dinas Z');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Perencana Ahli Muda', 'fungsional', 'kadis', { id: 'jf', grade: 'ahli_muda' });
    b.team('Tim Tanpa Ketua', 'u1', ['jf']);
    const s = b.done();
    expect(finding(run(s), 'TEAM_WITHOUT_LEAD').map((f) => f.severity)).toEqual(['info']);
    expect(finding(run(s, { ketua_tim: 'wajib' }), 'TEAM_WITHOUT_LEAD').map((f) => f.severity)).toEqual(['warning']);
  });

  const withAssignment = (a: Structure['assignments'][number]) => {
    const b = new Builder('dinas', 'Dinas A');
    b.pos('Kepala Dinas A', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Analis Ahli Muda', 'fungsional', 'kadis', { id: 'jf', grade: 'ahli_muda' });
    b.unit('badan', 'Badan B');
    b.pos('Kepala Badan B', 'jpt_pratama', null, { id: 'kaban' });
    b.assignments.push(a);
    return b.done();
  };

  it('T12 pengajuan sukarela to another instansi is an error (L685)', () => {
    const r = run(withAssignment({ id: 'a', assignee: 'jf', owner: null, externalInstansi: 'Pemprov Jawa Tengah', mode: 'sukarela', status: 'diajukan', end: '2024-12-31' }));
    expect(finding(r, 'SUKARELA_CROSS_INSTANSI').map((f) => f.severity)).toEqual(['error']);
  });

  it('pengajuan sukarela across Unit Organisasi inside the Pemda is allowed (L685)', () => {
    const r = run(withAssignment({ id: 'a', assignee: 'jf', owner: 'u2', mode: 'sukarela', status: 'diajukan', end: '2024-12-31' }));
    expect(codes(r)).not.toContain('SUKARELA_CROSS_INSTANSI');
    expect(codes(r)).not.toContain('SUKARELA_CROSS_UNIT');
  });

  it('T13 a cross-unit penunjukan whose permohonan lacks the durasi pelibatan is an error (L675–L680)', () => {
    const r = run(withAssignment({ id: 'a', assignee: 'jf', owner: 'u2', mode: 'penunjukan', purpose: 'Penyusunan RPJMD', competence: 'Perencana', target: 'Dokumen', status: 'diajukan', end: '2024-12-31' }));
    const errors = finding(r, 'ASSIGNMENT_MISSING_CONTENTS');
    expect(errors.map((f) => f.severity)).toEqual(['error']);
    expect(errors[0].message).toContain('durasi pelibatan');
    const complete = run(withAssignment({ id: 'a', assignee: 'jf', owner: 'u2', mode: 'penunjukan', purpose: 'p', competence: 'k', target: 't', duration: '6 bulan', status: 'diajukan', end: '2024-12-31' }));
    expect(codes(complete)).not.toContain('ASSIGNMENT_MISSING_CONTENTS');
  });

  it('the workflows: sukarela lintas instansi not allowed; the lintas UO / lintas instansi penunjukan require the four contents', () => {
    expect(v.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_instansi')?.allowed).toBe(false);
    for (const scope of ['lintas_uo', 'lintas_instansi'] as const)
      expect(v.workflows.find((w) => w.mode === 'penunjukan' && w.scope === scope)?.requiredContents).toEqual(['purpose', 'competence', 'target', 'duration']);
    expect(v.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'intra_uo')?.steps[0].actor).toBe('staff');
  });
});
