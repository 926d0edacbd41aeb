// Assignment procedures, Ketua Tim ranking and letter drafts (issue 6), on the built-in variants.
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { advanceAssignment, nextStatuses, resolveActor, scopeOf, workflowFor } from '../../src/lib/domain/workflow.ts';
import { leadIsOutranked, rankKetua } from '../../src/lib/domain/ketua.ts';
import { draftPermohonanPelibatan, draftSuratPenugasan } from '../../src/lib/domain/letters.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import type { Assignment } from '../../src/lib/domain/structure.ts';
import { Builder } from './helpers/build.ts';

function twoUnits() {
  const b = new Builder('dinas', 'Dinas Pekerjaan Umum');
  const kadis = b.pos('Kepala Dinas Pekerjaan Umum', 'jpt_pratama', null, { id: 'kadis-pu' });
  b.pos('Kepala Bidang Bina Marga', 'administrator', kadis, { id: 'kabid-bm' });
  b.unit('badan', 'Badan Perencanaan Pembangunan Daerah', null, 'bappeda');
  const kaban = b.pos('Kepala Bappeda', 'jpt_pratama', null, { id: 'kaban' });
  const kabid = b.pos('Kepala Bidang Infrastruktur', 'administrator', kaban, { id: 'kabid-inf' });
  b.pos('Perencana Ahli Muda', 'fungsional', kabid, { id: 'perencana', grade: 'ahli_muda', holders: ['Rina'] });
  return b.done();
}
const assignment = (over: Partial<Assignment> = {}): Assignment => ({ id: 'a1', assignee: 'perencana', owner: 'u1', mode: 'penunjukan', status: 'draf', ...over });

describe('assignment procedures', () => {
  const kra = loadBuiltinVariant('karanganyar-2023-50');
  const pkp = loadBuiltinVariant('pangkalpinang-2023-51');
  const s = twoUnits();

  it('scope: same unit, another unit, another instansi', () => {
    expect(scopeOf(s, assignment())).toBe('lintas_uo');
    expect(scopeOf(s, assignment({ owner: 'bappeda' }))).toBe('intra_uo');
    expect(scopeOf(s, assignment({ owner: null, externalInstansi: 'Pemprov' }))).toBe('lintas_instansi');
  });

  it('Karanganyar: a cross-unit penunjukan needs the four contents, then walks to "surat penugasan terbit"', () => {
    let a = assignment();
    const incomplete = advanceAssignment(s, kra, a, 'diajukan');
    expect(incomplete).toMatchObject({ ok: false, message: expect.stringMatching(/belum lengkap: maksud dan tujuan, kompetensi .*, ekspektasi target kinerja, durasi/) });
    a = { ...a, purpose: 'Penyusunan RPJMD', competence: 'perencanaan infrastruktur', target: 'Dokumen RPJMD bab infrastruktur', duration: '3 bulan' };
    const path: string[] = [];
    for (let guard = 0; guard < 6; guard++) {
      const w = workflowFor(kra, a.mode, scopeOf(s, a));
      if (!w.ok) throw new Error(w.message);
      const next = nextStatuses(w.workflow, a.status).find((x) => x !== 'ditolak');
      if (!next) break;
      const r = advanceAssignment(s, kra, a, next);
      if (!r.ok) throw new Error(r.message);
      a = r.assignment;
      path.push(a.status);
    }
    expect(path).toEqual(['diajukan', 'disetujui', 'terbit']);
  });

  it('a refusal needs a reason and ends the procedure', () => {
    const a = assignment({ status: 'diajukan', purpose: 'x', competence: 'y', target: 'z', duration: '1 bulan' });
    expect(advanceAssignment(s, kra, a, 'ditolak')).toMatchObject({ ok: false, message: 'Penolakan wajib disertai alasan.' });
    const r = advanceAssignment(s, kra, a, 'ditolak', 'Beban kerja unit asal tinggi');
    expect(r.ok && r.assignment).toMatchObject({ status: 'ditolak', rejectionReason: 'Beban kerja unit asal tinggi' });
    if (r.ok) expect(advanceAssignment(s, kra, r.assignment, 'terbit').ok).toBe(false);
  });

  it('forbidden paths are refused with their citation', () => {
    const sukarela = workflowFor(kra, 'sukarela', 'lintas_instansi');
    expect(sukarela.ok).toBe(false);
    if (!sukarela.ok) expect(sukarela.basis.source).toBe('003_b96cd7a6ade3edd9.txt');
    const r = advanceAssignment(s, pkp, assignment({ owner: null, externalInstansi: 'Pemprov Babel' }), 'diajukan');
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/Penunjukan lintas Instansi tidak dimungkinkan/) });
  });

  it('actors are the real officials of this structure', () => {
    const r = compute(s, kra);
    const rater = (id: string) => r.roles.get(id)?.rater ?? null;
    const a = assignment();
    expect(resolveActor('owner_puo', s, a, rater)).toMatchObject({ position: 'kadis-pu', label: 'Pimpinan Unit Organisasi pemilik kinerja' });
    expect(resolveActor('home_ppk', s, a, rater).position).toBe('kabid-inf');
    expect(resolveActor('staff', s, a, rater).position).toBe('perencana');
  });

  it('letter drafts name the people, the four contents and the regulation', () => {
    const a = assignment({ purpose: 'Penyusunan RPJMD', competence: 'perencanaan', target: 'Bab infrastruktur', duration: '3 bulan' });
    const permohonan = draftPermohonanPelibatan(s, kra, a);
    expect(permohonan).toContain('Yth. Kepala Bappeda');
    expect(permohonan).toContain('1. Maksud dan tujuan: Penyusunan RPJMD');
    expect(permohonan).toContain('Peraturan Bupati Karanganyar Nomor 50 Tahun 2023');
    expect(draftSuratPenugasan(s, kra, a)).toMatch(/Kepada : Rina\nJabatan: Perencana Ahli Muda/);
  });
});

describe('Ketua Tim ranking (Pangkal Pinang T11, Pasal 10 ayat (3))', () => {
  const pkp = loadBuiltinVariant('pangkalpinang-2023-51');
  const b = new Builder('dinas', 'Dinas Uji');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const muda = b.pos('Analis Kebijakan Ahli Muda', 'fungsional', kadis, { grade: 'ahli_muda' });
  const penyelia = b.pos('Pranata Komputer Penyelia', 'fungsional', kadis, { grade: 'penyelia', terdampak: true });
  const pel = b.pos('Pengelola Data', 'pelaksana', kadis, { golongan: 'III/d', managerial: true });
  b.team('Tim Uji', 'u1', [pel, penyelia, muda], pel);
  const s = b.done();

  it('criteria a–e in order pick the JF Ahli Muda (keahlian)', () => {
    const ranked = rankKetua(s, s.teams[0], pkp, { kriteria_ketua: 'a_sampai_e' });
    expect(ranked[0].position).toBe(muda);
    expect(ranked[0].reasons).toContain('JF kategori keahlian');
    expect(leadIsOutranked(ranked, pel)).toBe(true);
    expect(leadIsOutranked(ranked, muda)).toBe(false);
  });

  it('"terdampak first" picks the JF Penyelia affected by penyederhanaan', () => {
    expect(rankKetua(s, s.teams[0], pkp, { kriteria_ketua: 'terdampak_dulu' })[0].position).toBe(penyelia);
  });
});

describe('Ketua Tim finding', () => {
  it('warns (with the deciding criterion) when the chosen Ketua is outranked, and not when the preferred one leads', () => {
    const pkp = loadBuiltinVariant('pangkalpinang-2023-51');
    const b = new Builder('dinas', 'Dinas Uji');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const muda = b.pos('Analis Kebijakan Ahli Muda', 'fungsional', kadis, { grade: 'ahli_muda' });
    const pel = b.pos('Pengelola Data', 'pelaksana', kadis);
    b.team('Tim A', 'u1', [pel, muda], pel);
    b.team('Tim B', 'u1', [pel, muda], muda);
    const f = compute(b.done(), pkp).findings.filter((x) => x.code === 'KETUA_NOT_PREFERRED');
    expect(f.length).toBe(1);
    expect(f[0].message).toMatch(/^Ketua Tim A \("Pengelola Data"\) tidak diutamakan menurut kriteria "JF kategori keahlian"/);
    expect(f[0].basis.ref).toBe('Pasal 10 ayat (3) huruf a');
  });
});
