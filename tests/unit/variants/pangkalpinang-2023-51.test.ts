// Perwako Pangkal Pinang 51/2023: Gambar 1–5 (Setda, Setwan, Inspektorat, Dinas/Badan, RSUD).
// Oracle cases of ../shared/design/seed-000.md §10, checked against the seed text
// ../shared/seeds/000_5160156151055c28.txt; line numbers in test names are seed lines.
import { describe, expect, it } from 'vitest';
import { Builder } from '../helpers/build.ts';
import { has, linesOf, sourcesInto } from '../helpers/lines.ts';
import { findings, JF, PEL, run, variant } from './pangkalpinang-2023-51.helpers.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { defaultOptionValues } from '../../../src/lib/domain/variant.ts';
import { reviewActor, reviewFor, reworkLoop } from '../../../src/lib/domain/results-review.ts';

describe('T1 Sekretariat Daerah (Gambar 1, L365–L374)', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
  const asisten = b.pos('Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', sekda);
  const kabag = b.pos('Kepala Bagian Organisasi', 'administrator', asisten);
  const jfA = b.pos('Analis Kebijakan Ahli Muda', JF, kabag, { grade: 'ahli_muda' });
  const pelB = b.pos('Pengadministrasi Perkantoran', PEL, kabag);
  const kasubag = b.pos('Kepala Sub Bagian Kelembagaan', 'pengawas', kabag);
  const pelC = b.pos('Pengelola Data', PEL, kasubag);
  const s = b.done();
  const r = run(s);

  it('the Sekda sets the Asisten’s performance, the Asisten the Kabag’s, the Kabag the Kasubag’s (L365–L367)', () => {
    expect(has(r, 'performance', sekda, asisten, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', asisten, kabag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kabag, kasubag, 'perjanjian_kinerja')).toBe(true);
  });

  it('the Kabag sets the expectations of JF A and Pelaksana B, the Kasubag of Pelaksana C (L610)', () => {
    expect(has(r, 'performance', kabag, jfA, 'ekspektasi')).toBe(true);
    expect(has(r, 'performance', kabag, pelB, 'ekspektasi')).toBe(true);
    expect(has(r, 'performance', kasubag, pelC, 'ekspektasi')).toBe(true);
  });

  it('the Kabag rates JF A, Pelaksana B and the Kasubag (L370); the Kasubag rates Pelaksana C (L373)', () => {
    expect(sourcesInto(r, 'rating', jfA)).toEqual([kabag]);
    expect(sourcesInto(r, 'rating', pelB)).toEqual([kabag]);
    expect(sourcesInto(r, 'rating', pelC)).toEqual([kasubag]);
    expect(has(r, 'rating', kabag, kasubag, 'atasan_langsung')).toBe(true);
  });

  it('the Kabag assigns A and B, the Kasubag assigns C: "menerima penugasan dari Pejabat Penilai Kinerja masing-masing" (L369, L372, L374)', () => {
    expect(has(r, 'assignment', kabag, jfA, 'operasional')).toBe(true);
    expect(has(r, 'assignment', kabag, pelB, 'operasional')).toBe(true);
    expect(has(r, 'assignment', kasubag, pelC, 'operasional')).toBe(true);
  });

  it('the Sekda, selaku Pimpinan Unit Organisasi, sets the surat perintah tugas of A, B and C (Pasal 9(4), L176)', () => {
    for (const p of [jfA, pelB, pelC]) {
      expect(r.roles.get(p)!.unitHead).toBe(sekda);
      expect(sourcesInto(r, 'assignment', p, 'formal')).toEqual([sekda]);
    }
  });

  it('neither the Sekda nor the Asisten rates anyone', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === sekda || l.from === asisten)).toEqual([]);
  });

  it('A reports results to the Kabag; the Kabag passes them to the Asisten and the Asisten to the Sekda (L620, L625–L626)', () => {
    expect(has(r, 'reporting', jfA, kabag, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kabag, asisten, 'hasil')).toBe(true);
    expect(has(r, 'reporting', asisten, sekda, 'hasil')).toBe(true);
  });

  it('JF and Pelaksana are accountable to the official they sit under (Pasal 7(3), L148)', () => {
    expect(has(r, 'reporting', jfA, kabag, 'pertanggungjawaban')).toBe(true);
    expect(has(r, 'reporting', pelC, kasubag, 'pertanggungjawaban')).toBe(true);
  });

  it('read without the missing comma as drafting residue (L370), the Kabag does not rate the Kasubag', () => {
    const alt = run(s, { penilaian_kasubag_setda: 'tidak_digambar' });
    expect(has(alt, 'rating', kabag, kasubag)).toBe(false);
    expect(sourcesInto(alt, 'rating', jfA)).toEqual([kabag]);
  });

  it('structural officials other than the Kasubag get a rating line only when inferred from the definition (L77)', () => {
    expect(has(r, 'rating', asisten, kabag)).toBe(false);
    const inferred = run(s, { penilaian_pejabat: 'atasan_langsung' });
    expect(has(inferred, 'rating', asisten, kabag, 'atasan_langsung')).toBe(true);
    expect(has(inferred, 'rating', sekda, asisten, 'atasan_langsung')).toBe(true);
  });

  it('the literal "kepada Pejabat Pimpinan Tinggi Pratama" of Lampiran C.2–C.4 does not reach the Setda, where results go to the Kabag (L620)', () => {
    const literal = run(s, { hasil_kegiatan: 'harfiah_jpt' });
    expect(has(literal, 'reporting', jfA, kabag, 'hasil')).toBe(true);
    expect(linesOf(literal, 'reporting', { subKind: 'hasil' }).filter((l) => l.from === jfA && l.to === sekda && !l.optional)).toEqual([]);
  });

  it('the Sekda "menerima hasil" (L627): one acceptance line from the Asisten’s review into the Sekda; the Kabag and Asisten only review', () => {
    expect(linesOf(r, 'reporting', { subKind: 'penerimaan_hasil' }).map((l) => [l.from, l.to])).toEqual([[asisten, sekda]]);
    const accept = linesOf(r, 'reporting', { subKind: 'penerimaan_hasil' })[0];
    expect(accept.basis.lines).toBe('L627');
    expect(accept.basis.quote).toContain('dinyatakan selesai setelah Sekretaris Daerah menerima hasil');
    expect(has(r, 'reporting', asisten, sekda, 'hasil')).toBe(true);
  });

  it('the Setda evaluation ends when the Sekda accepts (L627): the acceptor of JF A\'s results is the Sekda, its first reviewer the Kabag', () => {
    const review = reviewFor(variant, indexStructure(s), s.units[0].id, defaultOptionValues(variant))!;
    expect(review.id).toBe('evaluasi-setda');
    expect(reviewActor(review.steps.find((st) => st.closes)!.actor, jfA, r)).toBe(sekda);
    expect(reviewActor(review.steps[0].actor, jfA, r)).toBe(kabag);
  });
});

describe('T1b Sekretariat Daerah: JF under a Kasubag (L371–L373)', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
  const asisten = b.pos('Asisten Administrasi Umum', 'jpt_pratama', sekda);
  const kabag = b.pos('Kepala Bagian Organisasi', 'administrator', asisten);
  const kasubag = b.pos('Kasubbag Kelembagaan', 'pengawas', kabag);
  const jfD = b.pos('Analis Organisasi Ahli Pertama', JF, kasubag, { grade: 'ahli_pertama' });
  const pel = b.pos('Pengadministrasi Perkantoran', PEL, kasubag);
  const s = b.done();

  it('the Kasubag rates only Pelaksana: JF D is rated by the Kabag, with warning W_JF_UNDER_SUBBAG', () => {
    const r = run(s);
    expect(sourcesInto(r, 'rating', jfD)).toEqual([kabag]);
    expect(has(r, 'rating', kasubag, jfD)).toBe(false);
    expect(sourcesInto(r, 'rating', pel)).toEqual([kasubag]);
    const w = findings(r, 'W_JF_UNDER_SUBBAG');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    expect(w[0].positions).toEqual([jfD, kasubag]);
  });

  it('when the placement is treated as wrong, JF D has no rater and an error names it', () => {
    const r = run(s, { jf_di_bawah_subbag: 'galat' });
    expect(sourcesInto(r, 'rating', jfD)).toEqual([]);
    expect(findings(r, 'W_JF_UNDER_SUBBAG').map((f) => [f.severity, f.positions[0]])).toEqual([['error', jfD]]);
  });

  it('the Setda Kasubag stays Pelaksana-only even when Sub Bagian of other figures may rate JF (L371–L373 is unconflicted)', () => {
    const r = run(s, { subbag_menilai_jf: 'ya' });
    expect(sourcesInto(r, 'rating', jfD)).toEqual([kabag]);
  });
});

describe('T2 Sekretariat DPRD (Gambar 2, L385–L393)', () => {
  const b = new Builder('setwan', 'Sekretariat DPRD');
  const sekwan = b.pos('Sekretaris DPRD', 'jpt_pratama');
  const kabagUmum = b.pos('Kepala Bagian Umum dan Keuangan', 'administrator', sekwan);
  const jfE = b.pos('Analis Keuangan Ahli Muda', JF, kabagUmum, { grade: 'ahli_muda' });
  const subbagUk = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', kabagUmum);
  const pelF = b.pos('Pengadministrasi Umum', PEL, subbagUk);
  const kabagSidang = b.pos('Kepala Bagian Persidangan dan Perundang-undangan', 'administrator', sekwan);
  const jfG = b.pos('Perancang Peraturan Perundang-undangan Ahli Muda', JF, kabagSidang, { grade: 'ahli_muda' });
  const s = b.done();
  const r = run(s);

  it('the Kabag Umum rates JF E, the Subbag UK rates Pelaksana F, the Kabag Persidangan rates JF G (L387–L392, L648)', () => {
    expect(sourcesInto(r, 'rating', jfE)).toEqual([kabagUmum]);
    expect(sourcesInto(r, 'rating', pelF)).toEqual([subbagUk]);
    expect(sourcesInto(r, 'rating', jfG)).toEqual([kabagSidang]);
    expect(findings(r, 'N_PPK_NOT_IN_FIGURE')).toEqual([]);
  });

  it('the Sekwan sets the performance of both Kabag, the Kabag Umum of the Subbag UK (L385–L386)', () => {
    expect(has(r, 'performance', sekwan, kabagUmum, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekwan, kabagSidang, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kabagUmum, subbagUk, 'perjanjian_kinerja')).toBe(true);
  });

  it('the Sekwan rates no one', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === sekwan)).toEqual([]);
  });

  it('if only the Kabag Umum is a PPK (Gambar 2 names no other), the Kabag Persidangan still rates G as atasan langsung, with a note', () => {
    const alt = run(s, { kabag_lain_setwan: 'tidak' });
    expect(sourcesInto(alt, 'rating', jfG)).toEqual([kabagSidang]);
    expect(findings(alt, 'N_PPK_NOT_IN_FIGURE').map((f) => [f.severity, ...f.positions])).toEqual([['info', jfG, kabagSidang]]);
    expect(sourcesInto(alt, 'rating', jfE)).toEqual([kabagUmum]);
  });

  it('read strictly, a Kabag other than the Kabag Umum is no PPK at all: G has no rater and an error names G', () => {
    const strict = run(s, { kabag_lain_setwan: 'tidak', ppk_tidak_disebut: 'galat' });
    expect(sourcesInto(strict, 'rating', jfG)).toEqual([]);
    expect(findings(strict, 'N_PPK_NOT_IN_FIGURE').map((f) => [f.severity, f.positions[0]])).toEqual([['error', jfG]]);
  });

  it('results go to the PPK by default (L339, L653), or literally to the Sekwan as Pejabat Pimpinan Tinggi Pratama (L649)', () => {
    expect(sourcesInto(r, 'rating', jfE)).toEqual([kabagUmum]);
    expect(has(r, 'reporting', jfE, kabagUmum, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kabagUmum, sekwan, 'hasil')).toBe(true);
    const literal = run(s, { hasil_kegiatan: 'harfiah_jpt' });
    const toSekwan = linesOf(literal, 'reporting', { subKind: 'hasil' }).filter((l) => l.from === jfE && l.to === sekwan);
    expect(toSekwan.map((l) => l.optional ?? false)).toEqual([false]);
    expect(has(literal, 'reporting', jfE, kabagUmum, 'hasil')).toBe(false);
  });

  it('with SUBBAG_RATES_JF, a JF under the Subbag UK is rated by it (L387); by default by the Kabag Umum with a warning (L390)', () => {
    const b2 = new Builder('setwan', 'Sekretariat DPRD');
    const sw = b2.pos('Sekretaris DPRD', 'jpt_pratama');
    const ku = b2.pos('Kepala Bagian Umum', 'administrator', sw);
    const sb = b2.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', ku);
    const jf = b2.pos('Arsiparis Terampil', JF, sb, { grade: 'terampil' });
    const s2 = b2.done();
    const byDefault = run(s2);
    expect(sourcesInto(byDefault, 'rating', jf)).toEqual([ku]);
    expect(findings(byDefault, 'W_JF_UNDER_SUBBAG')).toHaveLength(1);
    const combined = run(s2, { subbag_menilai_jf: 'ya' });
    expect(sourcesInto(combined, 'rating', jf)).toEqual([sb]);
    expect(findings(combined, 'W_JF_UNDER_SUBBAG')).toEqual([]);
  });
});

describe('T3 Inspektorat (Gambar 3, L404–L412)', () => {
  const b = new Builder('inspektorat', 'Inspektorat');
  const inspektur = b.pos('Inspektur', 'jpt_pratama');
  const sekretaris = b.pos('Sekretaris', 'administrator', inspektur);
  const subbag = b.pos('Kepala Sub Bagian Administrasi Umum dan Keuangan', 'pengawas', sekretaris);
  const pelH = b.pos('Pengelola Keuangan', PEL, subbag);
  const irban = b.pos('Inspektur Pembantu Wilayah I', 'administrator', inspektur);
  const jfJ = b.pos('Auditor Ahli Muda', JF, irban, { grade: 'ahli_muda' });
  const jfK = b.pos('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama', JF, irban, { grade: 'ahli_pertama' });
  const r = run(b.done());

  it('the Irban rates JF J and K; the Subbag AUK rates Pelaksana H (L406–L411)', () => {
    expect(sourcesInto(r, 'rating', jfJ)).toEqual([irban]);
    expect(sourcesInto(r, 'rating', jfK)).toEqual([irban]);
    expect(sourcesInto(r, 'rating', pelH)).toEqual([subbag]);
  });

  it('the Inspektur sets the performance of the Sekretaris and the Irban; the Sekretaris of the Subbag AUK (L404–L405)', () => {
    expect(has(r, 'performance', inspektur, sekretaris, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', inspektur, irban, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekretaris, subbag, 'perjanjian_kinerja')).toBe(true);
  });

  it('the Inspektur rates no one and the Irban passes results to the Inspektur (L681–L682)', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === inspektur)).toEqual([]);
    expect(has(r, 'reporting', irban, inspektur, 'hasil')).toBe(true);
  });
});

describe('T4 Dinas (Gambar 4, L423–L431)', () => {
  const b = new Builder('dinas', 'Dinas Pekerjaan Umum dan Penataan Ruang');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const sekretaris = b.pos('Sekretaris', 'administrator', kadis);
  const jfL = b.pos('Perencana Ahli Muda', JF, sekretaris, { grade: 'ahli_muda' });
  const subbag = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sekretaris);
  const pelM = b.pos('Pengadministrasi Perkantoran', PEL, subbag);
  const kabid = b.pos('Kepala Bidang Bina Marga', 'administrator', kadis);
  const jfN = b.pos('Teknik Jalan dan Jembatan Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
  const kasi = b.pos('Kepala Seksi Pembangunan Jalan', 'pengawas', kabid);
  const jfO = b.pos('Teknik Jalan dan Jembatan Ahli Pertama', JF, kasi, { grade: 'ahli_pertama' });
  const pelP = b.pos('Pengawas Lapangan', PEL, kasi);
  const s = b.done();
  const r = run(s);

  it('the Sekretaris rates L, the Subbag rates M, the Kabid rates N, the Kasi rates JF O and Pelaksana P (L425–L430)', () => {
    expect(sourcesInto(r, 'rating', jfL)).toEqual([sekretaris]);
    expect(sourcesInto(r, 'rating', pelM)).toEqual([subbag]);
    expect(sourcesInto(r, 'rating', jfN)).toEqual([kabid]);
    expect(sourcesInto(r, 'rating', jfO)).toEqual([kasi]);
    expect(sourcesInto(r, 'rating', pelP)).toEqual([kasi]);
    expect(findings(r, 'W_JF_UNDER_SUBBAG')).toEqual([]);
  });

  it('the Kadis sets the performance of the Sekretaris and the Kabid, the Sekretaris of the Subbag (L423–L424); Kabid → Kasi is inferred', () => {
    expect(has(r, 'performance', kadis, sekretaris, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kadis, kabid, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekretaris, subbag, 'perjanjian_kinerja')).toBe(true);
    const kasiLine = linesOf(r, 'performance').find((l) => l.from === kabid && l.to === kasi);
    expect(kasiLine?.rule).toBe('pk-dinas-badan-kasi-disimpulkan');
  });

  it('if the unstated Kabid → Kasi performance line is not inferred, only the lines of L423–L424 remain', () => {
    const literal = run(s, { pk_kasi_dinas: 'tidak_digambar' });
    expect(has(literal, 'performance', kabid, kasi)).toBe(false);
    expect(has(literal, 'performance', sekretaris, subbag, 'perjanjian_kinerja')).toBe(true);
    expect(has(literal, 'performance', kadis, kabid, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(literal, 'rating', jfO)).toEqual([kasi]);
  });

  it('the Kadis rates no one', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === kadis)).toEqual([]);
  });

  it('the Sekretaris, Kabid and Kasi pass results to the Kadis for review; the Sub Bagian is not among the reviewers (L712–L713)', () => {
    expect(has(r, 'reporting', kasi, kadis, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kabid, kadis, 'hasil')).toBe(true);
    expect(has(r, 'reporting', subbag, kadis, 'hasil')).toBe(false);
  });

  it('a JF under the Subbag: by default rated by the Sekretaris with a warning (L428); with SUBBAG_RATES_JF by the Subbag (L425)', () => {
    const b2 = new Builder('badan', 'Badan Keuangan Daerah');
    const kaban = b2.pos('Kepala Badan', 'jpt_pratama');
    const sek = b2.pos('Sekretaris', 'administrator', kaban);
    const sb = b2.pos('Kasubbag Umum', 'pengawas', sek);
    const jf = b2.pos('Pranata Komputer Ahli Pertama', JF, sb, { grade: 'ahli_pertama' });
    const s2 = b2.done();
    const byDefault = run(s2);
    expect(sourcesInto(byDefault, 'rating', jf)).toEqual([sek]);
    expect(findings(byDefault, 'W_JF_UNDER_SUBBAG').map((f) => f.severity)).toEqual(['warning']);
    const combined = run(s2, { subbag_menilai_jf: 'ya' });
    expect(sourcesInto(combined, 'rating', jf)).toEqual([sb]);
    expect(findings(combined, 'W_JF_UNDER_SUBBAG')).toEqual([]);
  });

  it('a Kepala Sub Bidang (Part C only, L707) rates JF like a Kasi', () => {
    const b2 = new Builder('dinas', 'Dinas Kesehatan');
    const kd = b2.pos('Kepala Dinas', 'jpt_pratama');
    const kb = b2.pos('Kepala Bidang Pelayanan Kesehatan', 'administrator', kd);
    const ksb = b2.pos('Kepala Sub Bidang Rujukan', 'pengawas', kb);
    const jf = b2.pos('Administrator Kesehatan Ahli Muda', JF, ksb, { grade: 'ahli_muda' });
    const r2 = run(b2.done());
    expect(sourcesInto(r2, 'rating', jf)).toEqual([ksb]);
    expect(r2.roles.get(ksb)!.roles).toContain('kasubbid');
  });
});

describe('T5 RSUD Depati Hamzah (Gambar 5, L442–L447)', () => {
  const b = new Builder('rsud', 'RSUD Depati Hamzah');
  const direktur = b.pos('Direktur', 'administrator');
  const kabagTu = b.pos('Kepala Bagian Tata Usaha', 'administrator', direktur);
  const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', kabagTu);
  const jfQ = b.pos('Pranata Komputer Terampil', JF, kasubag, { grade: 'terampil' });
  const pelR = b.pos('Pengadministrasi Umum', PEL, kasubag);
  const kabid = b.pos('Kepala Bidang Pelayanan', 'administrator', direktur);
  const kasi = b.pos('Kepala Seksi Keperawatan', 'pengawas', kabid);
  const jfS = b.pos('Perawat Ahli Pertama', JF, kasi, { grade: 'ahli_pertama' });
  const jfT = b.pos('Dokter Ahli Muda', JF, kabid, { grade: 'ahli_muda' });
  const s = b.done();
  const r = run(s);

  it('the Kasubag rates JF Q and Pelaksana R, the Kasi rates JF S, the Kabid rates JF T (L444–L446)', () => {
    expect(sourcesInto(r, 'rating', jfQ)).toEqual([kasubag]);
    expect(sourcesInto(r, 'rating', pelR)).toEqual([kasubag]);
    expect(sourcesInto(r, 'rating', jfS)).toEqual([kasi]);
    expect(sourcesInto(r, 'rating', jfT)).toEqual([kabid]);
    expect(findings(r, 'W_JF_UNDER_SUBBAG')).toEqual([]);
  });

  it('the Direktur (Administrator) sets the performance of the Kabag and the Kabid (Administrator); they of the Kasubag and Kasi (L442–L443)', () => {
    expect(has(r, 'performance', direktur, kabagTu, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', direktur, kabid, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kabagTu, kasubag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kabid, kasi, 'perjanjian_kinerja')).toBe(true);
  });

  it('the Direktur rates no one', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === direktur)).toEqual([]);
  });

  it('S delivers results to the Kasi (L734); the Kasi passes them to the Direktur (L738–L739)', () => {
    expect(has(r, 'reporting', jfS, kasi, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kasi, direktur, 'hasil')).toBe(true);
  });

  it('the Direktur accepts: the activity is finished when he receives results that meet the target (L741); the Kasi reviews S first as its PPK (L343)', () => {
    const review = reviewFor(variant, indexStructure(s), s.units[0].id, defaultOptionValues(variant))!;
    expect(review.id).toBe('evaluasi-rsud');
    const accept = review.steps.find((st) => st.closes)!;
    expect(accept.basis.lines).toBe('L741');
    expect(reviewActor(accept.actor, jfS, r)).toBe(direktur);
    expect(reviewActor(review.steps[0].actor, jfS, r)).toBe(kasi);
    expect(reworkLoop(review)).toBeUndefined();
  });
});
