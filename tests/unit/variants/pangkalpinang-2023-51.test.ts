// Oracle cases of Perwako Pangkal Pinang 51/2023 (../shared/design/seed-000.md §10), checked against the
// seed text (../shared/seeds/000_5160156151055c28.txt). Line numbers in test names are seed lines.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/lib/domain/compute.ts';
import { leadIsOutranked, rankKetua } from '../../../src/lib/domain/ketua.ts';
import { nextStatuses } from '../../../src/lib/domain/workflow.ts';
import type { ComputeResult } from '../../../src/lib/domain/result.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { Basis } from '../../../src/lib/domain/variant.ts';
import type { UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';
import { Builder } from '../helpers/build.ts';
import { codes, has, linesOf, sourcesInto } from '../helpers/lines.ts';

const variant = loadBuiltinVariant('pangkalpinang-2023-51');
const run = (s: Structure, options: Record<string, string> = {}) => compute(s, variant, options);
const findings = (r: ComputeResult, code: string) => r.findings.filter((f) => f.code === code);
/** Every line between two positions, whatever its kind: for "no edge" negatives. */
const anyLine = (r: ComputeResult, from: string, to: string) => r.lines.filter((l) => l.from === from && l.to === to);
const JF = 'fungsional' as const;
const PEL = 'pelaksana' as const;

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
      expect(r.roles[p].unitHead).toBe(sekda);
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

  it.todo('the Sekda "menerima hasil" (L627) as a separate acceptance act: the engine has no accept/review line kind; the review chain ends in a reporting line into the Sekda');
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

  it('the Kadis rates no one', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === kadis)).toEqual([]);
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
    expect(r2.roles[ksb].roles).toContain('kasubbid');
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
  const r = run(b.done());

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
});

describe('T6 Kecamatan (Gambar 6, L457–L462)', () => {
  const b = new Builder('kecamatan', 'Kecamatan Gerunggang');
  const camat = b.pos('Camat', 'administrator');
  const sekcam = b.pos('Sekretaris Kecamatan', 'administrator', camat);
  const kasubagUk = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sekcam);
  const jfU = b.pos('Pranata Komputer Ahli Pertama', JF, kasubagUk, { grade: 'ahli_pertama' });
  const pelV = b.pos('Pengadministrasi Perkantoran', PEL, kasubagUk);
  const kasubagPk = b.pos('Kepala Sub Bagian Perencanaan dan Keuangan', 'pengawas', sekcam);
  const pelW = b.pos('Pengelola Keuangan', PEL, kasubagPk);
  const kasi = b.pos('Kasi Pemerintahan', 'pengawas', camat);
  const jfX2 = b.pos('Analis Kebijakan Ahli Pertama', JF, kasi, { grade: 'ahli_pertama' });
  const pelY = b.pos('Pengadministrasi Pemerintahan', PEL, kasi);
  const pelZ = b.pos('Pengemudi', PEL, camat);
  const s = b.done();
  const r = run(s);

  it('the Kasubag UK rates JF U and Pelaksana V, the Kasubag PK rates W, the Kasi rates JF X2 and Pelaksana Y (L459–L461)', () => {
    expect(sourcesInto(r, 'rating', jfU)).toEqual([kasubagUk]);
    expect(sourcesInto(r, 'rating', pelV)).toEqual([kasubagUk]);
    expect(sourcesInto(r, 'rating', pelW)).toEqual([kasubagPk]);
    expect(sourcesInto(r, 'rating', jfX2)).toEqual([kasi]);
    expect(sourcesInto(r, 'rating', pelY)).toEqual([kasi]);
  });

  it('the Camat sets the performance of the Sekcam and the Kasi; the Sekcam of both Kasubag (L457–L458, L747–L748)', () => {
    expect(has(r, 'performance', camat, sekcam, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', camat, kasi, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekcam, kasubagUk, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekcam, kasubagPk, 'perjanjian_kinerja')).toBe(true);
  });

  it('neither the Camat nor the Sekcam rates staff placed under a Kasubag or Kasi', () => {
    const fromLeaders = linesOf(r, 'rating').filter((l) => (l.from === camat || l.from === sekcam) && l.to !== pelZ);
    expect(fromLeaders).toEqual([]);
  });

  it('Pelaksana Z directly under the Camat: the Camat rates Z as atasan langsung (L77) with notice N_PPK_NOT_IN_FIGURE', () => {
    expect(sourcesInto(r, 'rating', pelZ)).toEqual([camat]);
    const n = findings(r, 'N_PPK_NOT_IN_FIGURE');
    expect(n.map((f) => [f.severity, ...f.positions])).toEqual([['info', pelZ, camat]]);
  });

  it('if that placement is treated as an error, Z has no rater and an error names Z', () => {
    const strict = run(s, { ppk_tidak_disebut: 'galat' });
    expect(sourcesInto(strict, 'rating', pelZ)).toEqual([]);
    expect(findings(strict, 'N_PPK_NOT_IN_FIGURE').map((f) => [f.severity, f.positions[0]])).toEqual([['error', pelZ]]);
  });

  it('the Kasi and the Kasubag pass results to the Camat, not the Sekcam (L762–L763)', () => {
    expect(has(r, 'reporting', kasi, camat, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kasubagUk, camat, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kasubagUk, sekcam, 'hasil')).toBe(false);
  });

  it('a Sekcam drawn as Pejabat Pengawas ("Administrator/Pengawas", L457) gives the same lines', () => {
    const b2 = new Builder('kecamatan', 'Kecamatan Bukit Intan');
    const c = b2.pos('Camat', 'administrator');
    const sc = b2.pos('Sekcam', 'pengawas', c);
    const ks = b2.pos('Kasubbag Umum dan Kepegawaian', 'pengawas', sc);
    const pel = b2.pos('Pengadministrasi Umum', PEL, ks);
    const r2 = run(b2.done());
    expect(has(r2, 'performance', c, sc, 'perjanjian_kinerja')).toBe(true);
    expect(has(r2, 'performance', sc, ks, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r2, 'rating', pel)).toEqual([ks]);
    expect(r2.roles[sc].roles).toContain('sekcam');
  });
});

describe('T7 UPT (Gambar 7, L475–L479)', () => {
  const b = new Builder('dinas', 'Dinas Lingkungan Hidup');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const upt = b.unit('upt', 'UPTD Pengelolaan Sampah', 'u1');
  const kepala = b.pos('Kepala UPTD Pengelolaan Sampah', 'pengawas', kadis, { unit: upt });
  const jfAA = b.pos('Pengendali Dampak Lingkungan Ahli Pertama', JF, kepala, { unit: upt, grade: 'ahli_pertama' });
  const tu = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kepala, { unit: upt });
  const jfAB = b.pos('Arsiparis Terampil', JF, tu, { unit: upt, grade: 'terampil' });
  const pelAC = b.pos('Pengadministrasi Umum', PEL, tu, { unit: upt });
  const s = b.done();
  const r = run(s);

  it('the Kepala UPT rates JF AA; the Kasubag TU rates JF AB and Pelaksana AC (L476–L478)', () => {
    expect(sourcesInto(r, 'rating', jfAA)).toEqual([kepala]);
    expect(sourcesInto(r, 'rating', jfAB)).toEqual([tu]);
    expect(sourcesInto(r, 'rating', pelAC)).toEqual([tu]);
    expect(findings(r, 'W_JF_UNDER_SUBBAG')).toEqual([]);
  });

  it('the Kepala UPT (Pengawas) sets the performance of the Kasubag TU (Pengawas) (L475)', () => {
    expect(has(r, 'performance', kepala, tu, 'perjanjian_kinerja')).toBe(true);
  });

  it('for AA the Pimpinan Unit Organisasi and the Pejabat Penilai Kinerja are the same Kepala UPT', () => {
    expect(r.roles[jfAA].unitHead).toBe(kepala);
    expect(r.roles[jfAA].rater).toBe(kepala);
  });

  it('no line links the UPT to the parent Dinas unless inter-unit lines are switched on', () => {
    const ids = new Set([kepala, jfAA, tu, jfAB, pelAC]);
    expect(r.lines.filter((l) => l.from === kadis && ids.has(l.to))).toEqual([]);
    const linked = run(s, { garis_antar_unit: 'ya' });
    expect(has(linked, 'performance', kadis, kepala, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(linked, 'rating', jfAA)).toEqual([kepala]);
  });
});

describe('T8 Kelurahan (Gambar 8, L489–L493)', () => {
  const b = new Builder('kelurahan', 'Kelurahan Bukit Besar');
  const lurah = b.pos('Lurah Bukit Besar', 'pengawas');
  const sekkel = b.pos('Sekretaris Kelurahan', 'pengawas', lurah);
  const pelAD = b.pos('Pengadministrasi Umum', PEL, sekkel);
  const kasi = b.pos('Kepala Seksi Pemerintahan dan Ketertiban', 'pengawas', lurah);
  const jfAE = b.pos('Penata Kelola Sistem dan Teknologi Informasi Ahli Pertama', JF, kasi, { grade: 'ahli_pertama' });
  const r = run(b.done());

  it('the Sekkel rates Pelaksana AD and the Kasi rates JF AE (L490–L492)', () => {
    expect(sourcesInto(r, 'rating', pelAD)).toEqual([sekkel]);
    expect(sourcesInto(r, 'rating', jfAE)).toEqual([kasi]);
  });

  it('the Lurah sets the performance of the Sekkel and the Kasi (L489)', () => {
    expect(has(r, 'performance', lurah, sekkel, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', lurah, kasi, 'perjanjian_kinerja')).toBe(true);
  });

  it('the Lurah rates no one, unlike the Kepala UPT of the same class', () => {
    expect(linesOf(r, 'rating').filter((l) => l.from === lurah)).toEqual([]);
  });

  it('AD delivers results to the Sekkel (L782); the Sekkel to the Lurah (L786–L788)', () => {
    expect(has(r, 'reporting', pelAD, sekkel, 'hasil')).toBe(true);
    expect(has(r, 'reporting', sekkel, lurah, 'hasil')).toBe(true);
  });
});

describe('T9 Puskesmas and Sekolah (Gambar 9, L503–L506)', () => {
  for (const type of ['puskesmas', 'sekolah'] as const) {
    it(`the JF Kepala ${type === 'puskesmas' ? 'Puskesmas' : 'Sekolah'} rates and assigns every JF and Pelaksana and is both PUO and PPK`, () => {
      const b = new Builder(type, type === 'puskesmas' ? 'Puskesmas Melintang' : 'SD Negeri 1 Pangkalpinang');
      const kepala = b.pos(type === 'puskesmas' ? 'Kepala Puskesmas Melintang' : 'Kepala Sekolah', JF, null, { grade: 'ahli_madya' });
      const af = b.pos(type === 'puskesmas' ? 'Dokter Ahli Pertama' : 'Guru Ahli Pertama', JF, kepala, { grade: 'ahli_pertama' });
      const ag = b.pos(type === 'puskesmas' ? 'Perawat Terampil' : 'Guru Ahli Muda', JF, kepala, { grade: type === 'puskesmas' ? 'terampil' : 'ahli_muda' });
      const ah = b.pos('Pengadministrasi Umum', PEL, kepala);
      const r = run(b.done());
      for (const p of [af, ag, ah]) {
        expect(sourcesInto(r, 'rating', p)).toEqual([kepala]);
        expect(has(r, 'assignment', kepala, p, 'operasional')).toBe(true);
        expect(r.roles[p].unitHead).toBe(kepala);
      }
      expect(findings(r, 'RATER_BELOW_MIN')).toEqual([]);
      expect(findings(r, 'STAFF_UNDER_STAFF')).toEqual([]);
    });
  }

  it('a Kasubag Tata Usaha in a Puskesmas (named only in the shared Lampiran C.8, L795) has its performance set by the Kepala and rates the staff under it', () => {
    const b = new Builder('puskesmas', 'Puskesmas Selindung');
    const kepala = b.pos('Kepala Puskesmas', JF, null, { grade: 'ahli_madya' });
    const tu = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kepala);
    const jf = b.pos('Pranata Komputer Terampil', JF, tu, { grade: 'terampil' });
    const r = run(b.done());
    expect(has(r, 'performance', kepala, tu, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'rating', jf)).toEqual([tu]);
    expect(r.roles[tu].roles).toContain('kasubag_tu');
  });

  it('a JF heading a unit of another type and rating staff breaks the Pengawas minimum of Pasal 1 angka 23 (L77): error', () => {
    const b = new Builder('upt', 'UPTD Laboratorium');
    const kepala = b.pos('Kepala UPTD Laboratorium', JF, null, { grade: 'ahli_muda' });
    const pel = b.pos('Pengelola Laboratorium', PEL, kepala);
    const r = run(b.done());
    const e = findings(r, 'RATER_BELOW_MIN');
    expect(e.map((f) => [f.severity, ...f.positions])).toEqual([['error', pel, kepala]]);
    expect(sourcesInto(r, 'rating', pel)).toEqual([kepala]);
  });

  it('if delegation of the rater authority is presumed ("pejabat lain yang diberi pendelegasian kewenangan", L77; Pasal 7(5), L150) it is only a warning', () => {
    const b = new Builder('upt', 'UPTD Laboratorium');
    const kepala = b.pos('Kepala UPTD Laboratorium', JF, null, { grade: 'ahli_muda' });
    const pel = b.pos('Pengelola Laboratorium', PEL, kepala);
    const r = run(b.done(), { ppk_kepala_jf: 'pendelegasian' });
    expect(findings(r, 'RATER_BELOW_MIN').map((f) => [f.severity, ...f.positions])).toEqual([['warning', pel, kepala]]);
  });
});

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

  it.todo('under ANY_STRUCTURAL_HEAD an assignment between two Bidang of one Dinas becomes lintas Unit Organisasi: the engine does not classify assignments by Pimpinan Unit Organisasi yet');
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
    expect(r.roles[kabid].roles).not.toContain('kasi');
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

  it.todo('an oral request within a UO must not produce a Surat Penugasan (L209 requires tertulis): assignments carry no request form in structure v1');
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

  it('in a unit the five revoked Perwako do not cover (Kecamatan) it is a warning', () => {
    const b = new Builder('kecamatan', 'Kecamatan Taman Sari');
    const camat = b.pos('Camat', 'administrator');
    const sub = b.pos('Sub Koordinator Pelayanan', JF, camat, { grade: 'ahli_pertama' });
    const r = run(b.done());
    expect(findings(r, 'C_NO_SUBKOORDINATOR').map((f) => [f.severity, f.positions[0]])).toEqual([['warning', sub]]);
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
      expect(run(b.done()).roles[p].roles.includes(role)).toBe(expected);
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
