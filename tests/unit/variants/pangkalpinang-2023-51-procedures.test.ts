// Perwako Pangkal Pinang 51/2023: penugasan, Tim Kerja and Pasal 16 (T10–T14).
// Oracle cases of ../shared/design/seed-000.md §10, checked against the seed text
// ../shared/seeds/000_5160156151055c28.txt; line numbers in test names are seed lines.
import { describe, expect, it } from 'vitest';
import { leadIsOutranked, rankKetua } from '../../../src/lib/domain/ketua.ts';
import { advanceAssignment, nextStatuses, scopeOf } from '../../../src/lib/domain/workflow.ts';
import { unitOrganisasiBy } from '../../../src/lib/domain/assignment-scope.ts';
import { Builder } from '../helpers/build.ts';
import { has, linesOf, sourcesInto } from '../helpers/lines.ts';
import { findings, JF, PEL, run, variant } from './pangkalpinang-2023-51.helpers.ts';

describe('T10 Penunjukan lintas Unit Organisasi (Pasal 11(1), L197–L207)', () => {
  const b = new Builder('dinas', 'Dinas PUPR');
  const kadis = b.pos('Kepala Dinas PUPR', 'jpt_pratama');
  const kabidPupr = b.pos('Kepala Bidang Cipta Karya', 'administrator', kadis);
  const kabidSda = b.pos('Kepala Bidang Sumber Daya Air', 'administrator', kadis);
  const jfSda = b.pos('Teknik Pengairan Ahli Muda', JF, kabidSda, { grade: 'ahli_muda' });
  const bappeda = b.unit('badan', 'Bappeda', null, 'bappeda');
  const kaban = b.pos('Kepala Bappeda', 'jpt_pratama', null, { unit: bappeda });
  const kabidRen = b.pos('Kepala Bidang Perencanaan Infrastruktur', 'administrator', kaban, { unit: bappeda });
  const ai = b.pos('Perencana Ahli Muda', JF, kabidRen, { unit: bappeda, grade: 'ahli_muda' });
  b.assignments.push({ id: 'a1', assignee: ai, owner: 'u1', mode: 'penunjukan', status: 'terbit' });
  const s = b.done();
  const r = run(s);
  const wf = variant.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'lintas_uo')!;

  it('the owner PUO sends the permohonan pelibatan with its four required contents (L198–L202)', () => {
    expect(wf.allowed).toBe(true);
    expect(wf.requiredContents).toEqual(['purpose', 'competence', 'target', 'duration']);
    expect(wf.steps[0]).toMatchObject({ actor: 'owner_puo', to: 'home_puo' });
  });

  it('on approval the owner PUO (Kadis PUPR) issues the surat tugas (L205, L207); a refusal is answered with reasons by the home PUO (L206)', () => {
    const issue = wf.steps.filter((st) => st.status === 'terbit');
    expect(issue.map((st) => [st.actor, st.branch])).toEqual([['owner_puo', 'approve']]);
    expect(wf.steps.filter((st) => st.branch === 'reject').map((st) => st.actor)).toEqual(['home_puo']);
    expect(wf.steps.find((st) => st.status === 'disetujui')?.actor).toBe('home_puo');
    expect(nextStatuses(wf, 'diajukan')).toEqual(['disetujui', 'ditolak']);
  });

  it('the rating of AI stays with the home PPK in Bappeda (kedudukan unchanged)', () => {
    expect(sourcesInto(r, 'rating', ai)).toEqual([kabidRen]);
    expect(linesOf(r, 'rating').filter((l) => l.to === ai && (l.from === kadis || l.from === kabidPupr))).toEqual([]);
    expect(findings(r, 'SUKARELA_CROSS_UNIT')).toEqual([]);
  });

  it('under the default Unit Organisasi granularity the Kadis sets the surat perintah tugas of a JF in a Bidang; under the alternative, the Kabid', () => {
    expect(sourcesInto(r, 'assignment', jfSda, 'formal')).toEqual([kadis]);
    const fine = run(s, { unit_organisasi: 'pejabat_struktural' });
    expect(sourcesInto(fine, 'assignment', jfSda, 'formal')).toEqual([kabidSda]);
  });

  it('a permohonan lacking any of the four contents is an error; a complete one with an end date raises nothing', () => {
    const missing = findings(r, 'ASSIGNMENT_MISSING_CONTENTS');
    expect(missing.map((f) => [f.severity, ...f.positions])).toEqual([['error', ai]]);
    expect(findings(r, 'ASSIGNMENT_WITHOUT_END').map((f) => f.severity)).toEqual(['warning']);
    const b2 = new Builder('dinas', 'Dinas PUPR');
    const kd = b2.pos('Kepala Dinas PUPR', 'jpt_pratama');
    b2.pos('Kepala Bidang Cipta Karya', 'administrator', kd);
    const bp = b2.unit('badan', 'Bappeda', null, 'bappeda');
    const kb = b2.pos('Kepala Bappeda', 'jpt_pratama', null, { unit: bp });
    const jf = b2.pos('Perencana Ahli Muda', JF, kb, { unit: bp, grade: 'ahli_muda' });
    b2.assignments.push({ id: 'a1', assignee: jf, owner: 'u1', mode: 'penunjukan', status: 'terbit', purpose: 'Penyusunan RKPD bidang infrastruktur', competence: 'Perencanaan pembangunan', target: 'Dokumen RKPD final', duration: '3 bulan', end: '2024-06-30' });
    const complete = run(b2.done());
    expect(findings(complete, 'ASSIGNMENT_MISSING_CONTENTS')).toEqual([]);
    expect(findings(complete, 'ASSIGNMENT_WITHOUT_END')).toEqual([]);
  });

  it('an individual cross-UO assignment is allowed (Pasal 8(3), L164); read strictly (L562), outside a Tim Kerja it warns', () => {
    expect(findings(r, 'ASSIGNMENT_OUTSIDE_TEAM')).toEqual([]);
    expect(findings(run(s, { tugas_lintas_uo: 'harus_tim' }), 'ASSIGNMENT_OUTSIDE_TEAM').map((f) => [f.severity, ...f.positions])).toEqual([['warning', ai]]);
  });

  it('between two Bidang of one Dinas: within the UO by default; lintas Unit Organisasi under unit_organisasi = pejabat_struktural', () => {
    const b2 = new Builder('dinas', 'Dinas PUPR');
    const kd = b2.pos('Kepala Dinas PUPR', 'jpt_pratama');
    const kabidCk = b2.pos('Kepala Bidang Cipta Karya', 'administrator', kd);
    const kabidAir = b2.pos('Kepala Bidang Sumber Daya Air', 'administrator', kd);
    const jf = b2.pos('Teknik Pengairan Ahli Muda', JF, kabidAir, { grade: 'ahli_muda' });
    b2.assignments.push({ id: 'a1', assignee: jf, owner: 'u1', ownerPosition: kabidCk, mode: 'penunjukan', status: 'diajukan', end: '2024-12-31' });
    const s2 = b2.done();
    const a = s2.assignments[0];
    expect(scopeOf(s2, a, undefined, unitOrganisasiBy(variant, { unit_organisasi: 'pimpinan_pd' }).by)).toBe('intra_uo');
    expect(scopeOf(s2, a, undefined, unitOrganisasiBy(variant, { unit_organisasi: 'pejabat_struktural' }).by)).toBe('lintas_uo');
    expect(findings(run(s2), 'ASSIGNMENT_MISSING_CONTENTS')).toEqual([]);
    const strict = findings(run(s2, { unit_organisasi: 'pejabat_struktural' }), 'ASSIGNMENT_MISSING_CONTENTS');
    expect(strict.map((f) => [f.severity, ...f.positions])).toEqual([['error', jf]]);
    // Within the Kabid Sumber Daya Air's own span the assignment stays inside the UO under either reading.
    const own = { ...a, ownerPosition: kabidAir };
    expect(scopeOf(s2, own, undefined, 'rentang_pimpinan')).toBe('intra_uo');
    // The Kepala Dinas owns every Bidang: no permohonan between Bidang is needed when he owns the target.
    expect(scopeOf(s2, { ...a, ownerPosition: kd }, undefined, 'rentang_pimpinan')).toBe('intra_uo');
  });
});

describe('T11 Ketua Tim Kerja selection (Pasal 10(3), L185–L191)', () => {
  const order = (mode: string) =>
    variant.teams.ketuaCriteria.filter((c) => !c.when || Object.entries(c.when).every(([k, v]) => (Array.isArray(v) ? v.includes(mode) : v === mode) && k === 'kriteria_ketua')).map((c) => c.criterion);

  it('a → e in the text’s order, terdampak last, after the owner-unit preference of Pasal 10(5)', () => {
    expect(order('a_sampai_e')).toEqual(['owner_unit', 'jf_keahlian', 'managerial', 'highest_grade', 'highest_golongan', 'terdampak']);
  });

  it('with TERDAMPAK_FIRST the JF terdampak penyederhanaan comes before the keahlian JF', () => {
    expect(order('terdampak_dulu')).toEqual(['owner_unit', 'terdampak', 'jf_keahlian', 'managerial', 'highest_grade', 'highest_golongan']);
  });

  it('a non-preferred Ketua (a Pelaksana III/d) is allowed: no error, only the Ketua criteria are advisory', () => {
    const b = new Builder('dinas', 'Dinas Kominfo');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Aplikasi Informatika', 'administrator', kadis);
    const ahli = b.pos('Pranata Komputer Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
    const penyelia = b.pos('Pranata Komputer Penyelia', JF, kabid, { grade: 'penyelia', terdampak: true });
    const pel = b.pos('Pengelola Sistem Informasi', PEL, kabid, { golongan: 'III/d', managerial: true });
    b.team('Tim Kerja SPBE', 'u1', [ahli, penyelia, pel], pel);
    const r = run(b.done());
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.roles.get(kabid)!.roles).not.toContain('kasi');
  });

  it('LEXICOGRAPHIC_A_TO_E picks the JF Ahli Muda (keahlian, huruf a); TERDAMPAK_FIRST picks the JF Penyelia terdampak (huruf e)', () => {
    const b = new Builder('dinas', 'Dinas Kominfo');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Aplikasi Informatika', 'administrator', kadis);
    const ahli = b.pos('Pranata Komputer Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
    const penyelia = b.pos('Pranata Komputer Penyelia', JF, kabid, { grade: 'penyelia', terdampak: true });
    const pel = b.pos('Pengelola Sistem Informasi', PEL, kabid, { golongan: 'III/d', managerial: true });
    b.team('Tim Kerja SPBE', 'u1', [pel, penyelia, ahli], pel);
    const s = b.done();
    const team = s.teams[0];
    expect(rankKetua(s, team, variant, { kriteria_ketua: 'a_sampai_e' })[0].position).toBe(ahli);
    expect(rankKetua(s, team, variant, { kriteria_ketua: 'terdampak_dulu' })[0].position).toBe(penyelia);
    expect(leadIsOutranked(rankKetua(s, team, variant, { kriteria_ketua: 'a_sampai_e' }), pel)).toBe(true);
    const r = run(s);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings(r, 'KETUA_NOT_PREFERRED').map((f) => [f.severity, ...f.positions])).toEqual([['warning', pel, ahli]]);
  });
});

describe('T12 Pengajuan sukarela (Pasal 11(2)–(3), L208–L218)', () => {
  const intra = variant.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'intra_uo')!;

  it('within a UO the wish is written ("secara tertulis", L209) and only the staff member and the PUO act: no PPK step', () => {
    expect(intra.steps[0].basis.quote).toContain('secara tertulis');
    expect(new Set(intra.steps.map((st) => st.actor))).toEqual(new Set(['staff', 'puo']));
    expect(intra.steps.find((st) => st.status === 'terbit')?.actor).toBe('puo');
  });

  it('a submitted request may end unapproved ("Apabila ... menyetujui", L210); the text prescribes no refusal document', () => {
    expect(nextStatuses(intra, 'diajukan')).toEqual(['terbit', 'ditolak']);
    expect(intra.steps.filter((st) => st.branch === 'reject').map((st) => st.document)).toEqual([undefined]);
  });

  it('across UOs the request is oral first (L212) and the surat penugasan is made after the approval is forwarded home (L216–L217)', () => {
    const lintas = variant.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_uo')!;
    expect(lintas.allowed).toBe(true);
    expect(lintas.steps[0].basis.quote).toContain('secara lisan');
    expect(lintas.steps.find((st) => st.status === 'terbit')?.actor).toBe('home_puo');
  });

  it('a sukarela assignment to another UO is allowed; to another instansi it is not regulated: warning', () => {
    const b = new Builder('dinas', 'Dinas Pendidikan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Pembinaan SD', 'administrator', kadis);
    const jf = b.pos('Pengembang Teknologi Pembelajaran Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
    const other = b.unit('badan', 'Bappeda', null, 'u2');
    b.pos('Kepala Bappeda', 'jpt_pratama', null, { unit: other });
    b.assignments.push({ id: 'a1', assignee: jf, owner: 'u2', mode: 'sukarela', status: 'diajukan' });
    b.assignments.push({ id: 'a2', assignee: jf, owner: null, externalInstansi: 'Pemprov Kep. Bangka Belitung', mode: 'sukarela', status: 'diajukan' });
    const r = run(b.done());
    expect(findings(r, 'SUKARELA_CROSS_UNIT')).toEqual([]);
    expect(findings(r, 'SUKARELA_CROSS_INSTANSI').map((f) => [f.severity, ...f.positions])).toEqual([['warning', jf]]);
  });

  describe('an oral request within a UO gives no Surat Penugasan (L209: "secara tertulis")', () => {
    const b = new Builder('dinas', 'Dinas Pendidikan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Pembinaan SD', 'administrator', kadis);
    const jf = b.pos('Pengembang Teknologi Pembelajaran Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
    b.assignments.push({ id: 'lisan', assignee: jf, owner: 'u1', mode: 'sukarela', status: 'diajukan', requestForm: 'lisan', end: '2024-12-31' });
    b.assignments.push({ id: 'tertulis', assignee: jf, owner: 'u1', mode: 'sukarela', status: 'diajukan', requestForm: 'tertulis', end: '2024-12-31' });
    const s = b.done();
    const [oral, written] = s.assignments;

    it('the procedure names the written form with its basis', () => {
      expect(intra.requestForm?.form).toBe('tertulis');
      expect(intra.requestForm?.basis.lines).toBe('L209');
    });
    it('the PUO cannot issue the Surat Penugasan on the oral request; the written one goes through', () => {
      const refused = advanceAssignment(s, variant, oral, 'terbit');
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.message).toMatch(/lisan.*tertulis/);
        expect(refused.basis?.lines).toBe('L209');
      }
      expect(advanceAssignment(s, variant, oral, 'ditolak', 'Permohonan tidak tertulis').ok).toBe(true);
      const issued = advanceAssignment(s, variant, written, 'terbit');
      expect(issued.ok && issued.assignment.status).toBe('terbit');
    });
    it('the oral request is a warning naming the staff member; the written one raises nothing', () => {
      const w = findings(run(s), 'ASSIGNMENT_REQUEST_FORM');
      expect(w.map((f) => [f.severity, ...f.positions])).toEqual([['warning', jf]]);
      expect(w[0].message).toMatch(/lisan/);
      expect(w[0].basis.ref).toBe('Pasal 11 ayat (2) huruf a');
    });
    it('across UOs the oral request is the prescribed first step (L212): no warning', () => {
      const b2 = new Builder('dinas', 'Dinas Pendidikan');
      const kd = b2.pos('Kepala Dinas', 'jpt_pratama');
      const x = b2.pos('Pengembang Teknologi Pembelajaran Ahli Muda', JF, kd, { grade: 'ahli_muda' });
      b2.unit('badan', 'Bappeda', null, 'u2');
      b2.pos('Kepala Bappeda', 'jpt_pratama', null, { unit: 'u2' });
      b2.assignments.push({ id: 'a', assignee: x, owner: 'u2', mode: 'sukarela', status: 'diajukan', requestForm: 'lisan' });
      expect(findings(run(b2.done()), 'ASSIGNMENT_REQUEST_FORM')).toEqual([]);
    });
  });
});

describe('T13 Pasal 16: fungsi sub koordinator dicabut (L272–L280)', () => {
  it('a Subkoordinator in the Setda is an error', () => {
    const b = new Builder('setda', 'Sekretariat Daerah');
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
    const asisten = b.pos('Asisten Administrasi Umum', 'jpt_pratama', sekda);
    const kabag = b.pos('Kepala Bagian Organisasi', 'administrator', asisten);
    const sub = b.pos('Subkoordinator Kelembagaan', JF, kabag, { grade: 'ahli_muda' });
    const r = run(b.done());
    expect(findings(r, 'C_NO_SUBKOORDINATOR').map((f) => [f.severity, f.positions[0]])).toEqual([['error', sub]]);
  });

  it('in a unit the five revoked Perwako do not cover (Kecamatan) it is a warning, or nothing when Pasal 16 is read narrowly', () => {
    const b = new Builder('kecamatan', 'Kecamatan Taman Sari');
    const camat = b.pos('Camat', 'administrator');
    const sub = b.pos('Sub Koordinator Pelayanan', JF, camat, { grade: 'ahli_pertama' });
    const s = b.done();
    expect(findings(run(s), 'C_NO_SUBKOORDINATOR').map((f) => [f.severity, f.positions[0]])).toEqual([['warning', sub]]);
    expect(findings(run(s, { subkoordinator_unit_lain: 'tidak' }), 'C_NO_SUBKOORDINATOR')).toEqual([]);
  });

  it('only a Subkoordinator still existing when the Perwako took effect (20 September 2023, L272, L298–L299): one ended before is history', () => {
    const dated = (extra: object) => {
      const b = new Builder('setda', 'Sekretariat Daerah');
      const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
      b.pos('Subkoordinator Kelembagaan', JF, sekda, { grade: 'ahli_muda', ...extra });
      return findings(run(b.done()), 'C_NO_SUBKOORDINATOR').length;
    };
    expect([dated({ effectiveUntil: '2023-09-19' }), dated({ effectiveUntil: '2023-09-20' }), dated({ effectiveFrom: '2023-10-02' }), dated({})]).toEqual([0, 1, 1, 1]);
  });

  it('an ordinary JF title raises nothing', () => {
    const b = new Builder('setda', 'Sekretariat Daerah');
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
    b.pos('Analis Kebijakan Ahli Utama', JF, sekda, { grade: 'ahli_utama' });
    expect(findings(run(b.done()), 'C_NO_SUBKOORDINATOR')).toEqual([]);
  });
});

describe('T14 Team reporting (Pasal 10, 12(4); L183, L192, L583–L584)', () => {
  const b = new Builder('dinas', 'Dinas PUPR');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const kabid = b.pos('Kepala Bidang Bina Marga', 'administrator', kadis);
  const jfN = b.pos('Teknik Jalan dan Jembatan Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
  const kasi = b.pos('Kepala Seksi Pemeliharaan Jalan', 'pengawas', kabid);
  const jfO = b.pos('Teknik Jalan dan Jembatan Ahli Pertama', JF, kasi, { grade: 'ahli_pertama' });
  const pelP = b.pos('Pengawas Lapangan', PEL, kasi);
  b.team('Tim Kerja Pemeliharaan Jalan', 'u1', [jfN, jfO, pelP], jfN);
  const r = run(b.done());

  it('members O and P report to the Ketua N (L583)', () => {
    expect(has(r, 'reporting', jfO, jfN, 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', pelP, jfN, 'anggota_ke_ketua')).toBe(true);
  });

  it('the Ketua reports periodically to the PPK (the Kabid) and, optionally, to the Kadis as PUO (Pasal 12(4), L229, L584)', () => {
    const toPpk = linesOf(r, 'reporting', { subKind: 'ketua_ke_ppk' }).filter((l) => l.from === jfN);
    expect(toPpk.map((l) => [l.to, l.optional ?? false])).toEqual([[kabid, false]]);
    const toPuo = linesOf(r, 'reporting', { subKind: 'ketua_ke_pemilik' }).filter((l) => l.from === jfN);
    expect(toPuo.map((l) => [l.to, l.optional])).toEqual([[kadis, true]]);
  });

  it('the team is formed and its Ketua appointed by the Kadis (Pasal 10(1), (4); L534)', () => {
    for (const p of [jfN, jfO, pelP]) expect(has(r, 'assignment', kadis, p, 'tim')).toBe(true);
  });

  it('team membership does not change who rates the members', () => {
    expect(sourcesInto(r, 'rating', jfO)).toEqual([kasi]);
    expect(sourcesInto(r, 'rating', jfN)).toEqual([kabid]);
  });
});
