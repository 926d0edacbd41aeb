// Oracle cases T5–T11 of Perbup Sambas 18/2024: RSUD (UOBK), UPTD, Puskesmas, Sekolah, Dinas/Badan by structure.
import { describe, expect, it } from 'vitest';
import type { Grade, Level } from '../../../src/lib/domain/vocabulary.ts';
import { Builder } from '../helpers/build.ts';
import { has, sourcesInto } from '../helpers/lines.ts';
import { found, run, targetsOf, variant } from './sambas-2024-18.helpers.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { defaultOptionValues } from '../../../src/lib/domain/variant.ts';
import { reviewActor, reviewFor, reworkLoop, walkReview } from '../../../src/lib/domain/results-review.ts';

describe('T5 RSUD (UOBK, L751–L795)', () => {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const kadinkes = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama');
  const dinkes = b.current;
  b.unit('rsud', 'Rumah Sakit Umum Daerah Sambas', dinkes);
  const direktur = b.pos('Direktur', 'administrator');
  const kabid = b.pos('Kepala Bidang Pelayanan', 'administrator', direktur);
  const kasi = b.pos('Kepala Seksi Keperawatan', 'pengawas', kabid);
  const l = b.pos('Perawat Ahli Pertama', 'fungsional', kasi, { grade: 'ahli_pertama' });
  const m = b.pos('Perawat Terampil', 'fungsional', kasi, { grade: 'terampil' });
  const n = b.pos('Pengadministrasi Perawatan', 'pelaksana', kasi);
  const o = b.pos('Dokter Ahli Madya', 'fungsional', kasi, { grade: 'ahli_madya' });
  const p = b.pos('Dokter Ahli Utama', 'fungsional', kasi, { grade: 'ahli_utama' });
  const s = b.done();
  const r = run(s);

  it('the Pengawas rates JF below Ahli Muda and the Pelaksana (L767)', () => {
    for (const x of [l, m, n]) expect(sourcesInto(r, 'rating', x)).toEqual([kasi]);
  });
  it('the Kepala Bidang rates the JF Ahli Madya (L773) and the Direktur the JF Ahli Utama (L774); never the Kasi (L769)', () => {
    expect(sourcesInto(r, 'rating', o)).toEqual([kabid]);
    expect(sourcesInto(r, 'rating', p)).toEqual([direktur]);
    expect(has(r, 'rating', kasi, o)).toBe(false);
    expect(has(r, 'rating', kasi, p)).toBe(false);
  });
  it('the Kasi assigns all of them, the senior JF after consulting their PPK (L767, L776)', () => {
    for (const x of [l, m, n, o, p]) expect(sourcesInto(r, 'assignment', x, 'operasional')).toEqual([kasi]);
    expect(has(r, 'reporting', o, kabid, 'konsultasi')).toBe(true);
    expect(has(r, 'reporting', p, direktur, 'konsultasi')).toBe(true);
  });
  it('performance cascade: Kadinkes → Direktur (L763–L764), Direktur → Kabid (L765), Kabid → Kasi (L766)', () => {
    expect(has(r, 'performance', kadinkes, direktur, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', direktur, kabid, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kabid, kasi, 'perjanjian_kinerja')).toBe(true);
  });
  it('the Kasi conveys expectations to every JF and Pelaksana (L784)', () => {
    for (const x of [l, m, n, o, p]) expect(sourcesInto(r, 'performance', x, 'ekspektasi')).toEqual([kasi]);
  });
  it('the Kepala Bidang sets the performance of the JF Ahli Madya (L775 reading A); the Kasi under reading B', () => {
    expect(sourcesInto(r, 'performance', o, 'perjanjian_kinerja')).toEqual([kabid]);
    expect(sourcesInto(run(s, { penetapan_kinerja_jf_ahli_rsud: 'pengawas' }), 'performance', o, 'perjanjian_kinerja')).toEqual([kasi]);
  });
  it('results go to the Kasi, then to the Kepala Bidang and the Direktur (L791, L795)', () => {
    for (const x of [l, o, p]) expect(targetsOf(r, 'reporting', x, 'hasil')).toEqual([kasi]);
    expect(has(r, 'reporting', kasi, kabid, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kabid, direktur, 'hasil')).toBe(true);
  });
  it('no jenjang warning inside the RSUD: the rule itself applies there', () => {
    expect(found(r, 'PENGAWAS_MENILAI_JF_AHLI')).toEqual([]);
  });
});

describe('T5b RSUD, JF directly under a Kepala Bidang (L568–L569)', () => {
  const b = new Builder('rsud', 'Rumah Sakit Umum Daerah Pemangkat');
  const direktur = b.pos('Direktur', 'administrator');
  const kabid = b.pos('Kepala Bidang Penunjang', 'administrator', direktur);
  const q = b.pos('Apoteker Ahli Pertama', 'fungsional', kabid, { grade: 'ahli_pertama' });
  const rr = b.pos('Dokter Ahli Utama', 'fungsional', kabid, { grade: 'ahli_utama' });
  const r = run(b.done());

  it('the Kepala Bidang rates and assigns the JF Ahli Pertama, with a notice', () => {
    expect(sourcesInto(r, 'rating', q)).toEqual([kabid]);
    expect(sourcesInto(r, 'assignment', q, 'operasional')).toEqual([kabid]);
    expect(found(r, 'UOBK_TANPA_PENGAWAS', q)).toHaveLength(1);
  });
  it('the Direktur rates the JF Ahli Utama (L774); the Kepala Bidang assigns it', () => {
    expect(sourcesInto(r, 'rating', rr)).toEqual([direktur]);
    expect(sourcesInto(r, 'assignment', rr, 'operasional')).toEqual([kabid]);
  });
});

describe('T6 UPTD (Gambar 7)', () => {
  const b = new Builder('dinas', 'Dinas Koperasi, Usaha Kecil, Menengah, Perindustrian, dan Perdagangan');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  b.unit('upt', 'UPTD Pengelolaan Pasar', 'u1');
  const kepala = b.pos('Kepala UPTD Pengelolaan Pasar', 'pengawas', kadis);
  const sx = b.pos('Pengawas Perdagangan Ahli Muda', 'fungsional', kepala, { grade: 'ahli_muda' });
  const t = b.pos('Pengelola Pasar', 'pelaksana', kepala);
  const s = b.done();
  const r = run(s);

  it('the Kepala UPTD rates, assigns and sets expectations for the JF and the Pelaksana (L807, L814)', () => {
    for (const x of [sx, t]) {
      expect(sourcesInto(r, 'rating', x)).toEqual([kepala]);
      expect(sourcesInto(r, 'assignment', x, 'operasional')).toEqual([kepala]);
      expect(sourcesInto(r, 'performance', x, 'ekspektasi')).toEqual([kepala]);
      expect(targetsOf(r, 'reporting', x, 'hasil')).toEqual([kepala]);
    }
  });
  it('rating an Ahli Muda by a Pengawas outside the RSUD gives a warning, not an error (L769 is UOBK only)', () => {
    const w = found(r, 'PENGAWAS_MENILAI_JF_AHLI', sx);
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    expect(found(r, 'PENGAWAS_MENILAI_JF_AHLI', t)).toEqual([]);
    expect(found(run(s, { batas_jenjang_ppk_pengawas: 'tidak_ada' }), 'PENGAWAS_MENILAI_JF_AHLI')).toEqual([]);
  });
  it('RETURNS and ACCEPTS (L827): the Kepala UPTD sends results below target back to the individual or team and accepts them when they meet it', () => {
    const review = reviewFor(variant, indexStructure(s), 'u2', defaultOptionValues(variant))!;
    expect(review.id).toBe('evaluasi-dipimpin-pengawas');
    expect(reworkLoop(review)).toEqual({ step: 'kembalikan', returnTo: 'laksanakan' });
    expect(walkReview(review, ['tidak_sesuai', 'sesuai'])).toEqual(['laksanakan', 'sampaikan', 'tinjau', 'kembalikan', 'laksanakan', 'sampaikan', 'tinjau', 'terima']);
    const accept = review.steps.find((st) => st.closes)!;
    expect(accept.basis.lines).toBe('L827');
    for (const x of [sx, t]) expect(reviewActor(accept.actor, x, r)).toBe(kepala);
    // The parent Dinas (JPT-led) has no review of its own in this variant's data: the text gives none for it here.
    expect(reviewFor(variant, indexStructure(s), 'u1', defaultOptionValues(variant))).toBeUndefined();
  });
  it('no line between the UPTD and the parent Dinas: the Kepala UPTD sets its own perjanjian kinerja (L814)', () => {
    expect(r.lines.filter((l) => l.from === kadis || l.to === kadis)).toEqual([]);
  });
  it('with garis_ke_unit_induk = ya the Kepala Dinas sets the performance of the Kepala UPTD, as for the RSUD (L763–L764)', () => {
    const r2 = run(s, { garis_ke_unit_induk: 'ya' });
    expect(r2.lines.filter((l) => l.from === kadis || l.to === kadis).map((l) => [l.kind, l.subKind, l.to])).toEqual([['performance', 'perjanjian_kinerja', kepala]]);
  });
});

describe('T6b UPTD with an internal Kepala Subbagian Tata Usaha (L803 "langsung membawahi")', () => {
  const b = new Builder('upt', 'UPTD Laboratorium');
  const kepala = b.pos('Kepala UPTD Laboratorium', 'pengawas');
  const ktu = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kepala);
  const u = b.pos('Pengadministrasi Umum', 'pelaksana', ktu);
  const r = run(b.done());

  it('the Kasubag TU rates the Pelaksana, the Kepala UPTD sets its performance and receives its results, with a notice', () => {
    expect(sourcesInto(r, 'rating', u)).toEqual([ktu]);
    expect(has(r, 'performance', kepala, ktu, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'reporting', ktu, kepala, 'hasil')).toBe(true);
    expect(found(r, 'UPTD_PENGAWAS_BERLAPIS', u)).toHaveLength(1);
  });
});

describe('T7 Puskesmas (Gambar 8)', () => {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const kadinkes = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama');
  b.unit('puskesmas', 'Puskesmas Sambas', 'u1');
  const kapus = b.pos('Kepala Puskesmas Sambas', 'fungsional', kadinkes, { grade: 'ahli_madya' });
  const v = b.pos('Bidan Terampil', 'fungsional', kapus, { grade: 'terampil' });
  const w = b.pos('Perawat Ahli Muda', 'fungsional', kapus, { grade: 'ahli_muda' });
  const x = b.pos('Pengadministrasi Umum', 'pelaksana', kapus);
  const s = b.done();
  const r = run(s);

  it('RETURNS and ACCEPTS (L872): the JF head sends results back for rework and accepts them', () => {
    const review = reviewFor(variant, indexStructure(s), 'u2', defaultOptionValues(variant))!;
    expect(review.id).toBe('evaluasi-dipimpin-jf');
    expect(reworkLoop(review)).toEqual({ step: 'kembalikan', returnTo: 'laksanakan' });
    const accept = review.steps.find((st) => st.closes)!;
    expect(accept.basis.lines).toBe('L872');
    for (const y of [v, w, x]) expect(reviewActor(accept.actor, y, r)).toBe(kapus);
  });

  it('the JF head rates and assigns every JF and Pelaksana (L852); results go to it (L867)', () => {
    for (const y of [v, w, x]) {
      expect(sourcesInto(r, 'rating', y)).toEqual([kapus]);
      expect(sourcesInto(r, 'assignment', y, 'operasional')).toEqual([kapus]);
      expect(targetsOf(r, 'reporting', y, 'hasil')).toEqual([kapus]);
    }
  });
  it('the Kepala Puskesmas, itself a JF, is rated by its atasan langsung (L68); no other line to the Dinas', () => {
    expect(sourcesInto(r, 'rating', kapus)).toEqual([kadinkes]);
    expect(r.lines.filter((l) => l.from === kadinkes || l.to === kadinkes).map((l) => l.kind)).toEqual(['rating']);
  });
  it('a JF head of a unit is an allowed PPK (L431, L462): no error', () => {
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('the same JF not heading the unit cannot lead JF and Pelaksana (Pasal 8 ayat (2), L128): error', () => {
    const b2 = new Builder('puskesmas', 'Puskesmas Pemangkat');
    const ka = b2.pos('Kepala UPT Puskesmas', 'pengawas');
    const dokter = b2.pos('Dokter Ahli Madya', 'fungsional', ka, { grade: 'ahli_madya' });
    const v2 = b2.pos('Bidan Terampil', 'fungsional', dokter, { grade: 'terampil' });
    const r2 = run(b2.done());
    const e = found(r2, 'STAFF_UNDER_STAFF', v2);
    expect(e).toHaveLength(1);
    expect(e[0].severity).toBe('error');
  });
});

describe('T8 Sekolah (Gambar 8, L582)', () => {
  const b = new Builder('sekolah', 'SD Negeri 1 Sambas');
  const kepsek = b.pos('Kepala Sekolah SD Negeri 1 Sambas', 'fungsional', null, { grade: 'ahli_muda' });
  const y = b.pos('Guru Ahli Pertama', 'fungsional', kepsek, { grade: 'ahli_pertama' });
  const z = b.pos('Pengadministrasi Sekolah', 'pelaksana', kepsek);
  const r = run(b.done());

  it('the Kepala Sekolah rates and assigns the Guru and the Pelaksana (L852)', () => {
    for (const q of [y, z]) {
      expect(sourcesInto(r, 'rating', q)).toEqual([kepsek]);
      expect(sourcesInto(r, 'assignment', q, 'operasional')).toEqual([kepsek]);
    }
  });
});

describe('T9 Dinas Kesehatan, Bidang (Gambar 4 by structure)', () => {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama');
  const kabid = b.pos('Kepala Bidang P2P', 'administrator', kadis);
  const aa = b.pos('Epidemiolog Kesehatan Ahli Pertama', 'fungsional', kabid, { grade: 'ahli_pertama' });
  const ab = b.pos('Pengelola Data', 'pelaksana', kabid);
  const s = b.done();
  const r = run(s);

  it('the Kepala Bidang rates and assigns the JF and the Pelaksana, with one notice on the Kepala Bidang (L516, L614)', () => {
    for (const x of [aa, ab]) {
      expect(sourcesInto(r, 'rating', x)).toEqual([kabid]);
      expect(sourcesInto(r, 'assignment', x, 'operasional')).toEqual([kabid]);
    }
    expect(found(r, 'GAMBAR_4_DIPERLUAS').map((f) => f.positions[0])).toEqual([kabid]);
  });
  it('the Kepala Dinas divides targets to and rates the Kepala Bidang (L625, L68)', () => {
    expect(has(r, 'performance', kadis, kabid, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'rating', kadis, kabid, 'atasan_langsung')).toBe(true);
    expect(has(run(s, { penilaian_pejabat_struktural: 'tidak' }), 'rating', kadis, kabid, 'atasan_langsung')).toBe(false);
  });
  it('with cakupan_gambar_4 = sekretariat_daerah_saja the pattern is unresolved: warning (L608)', () => {
    const r2 = run(s, { cakupan_gambar_4: 'sekretariat_daerah_saja' });
    expect(found(r2, 'POLA_BELUM_DITETAPKAN', kabid)[0]?.severity).toBe('warning');
    expect(sourcesInto(r2, 'rating', aa)).toEqual([kabid]);
    expect(found(r2, 'GAMBAR_4_DIPERLUAS')).toEqual([]);
  });
});

describe('T10 Badan with 3 structure levels (L518–L526, no figure)', () => {
  const b = new Builder('badan', 'Badan Keuangan Daerah');
  const kaban = b.pos('Kepala Badan Keuangan Daerah', 'jpt_pratama');
  const kabid = b.pos('Kepala Bidang Anggaran', 'administrator', kaban);
  const kasubbid = b.pos('Kepala Subbidang Penyusunan Anggaran', 'pengawas', kabid);
  const ac = b.pos('Analis Anggaran Ahli Muda', 'fungsional', kasubbid, { grade: 'ahli_muda' });
  const ad = b.pos('Pengadministrasi Keuangan', 'pelaksana', kasubbid);
  const s = b.done();

  it('by default the Kasubbid rates and assigns both, with a jenjang warning for the Ahli Muda', () => {
    const r = run(s);
    expect(sourcesInto(r, 'rating', ac)).toEqual([kasubbid]);
    expect(sourcesInto(r, 'rating', ad)).toEqual([kasubbid]);
    expect(sourcesInto(r, 'assignment', ac, 'operasional')).toEqual([kasubbid]);
    expect(sourcesInto(r, 'assignment', ad, 'operasional')).toEqual([kasubbid]);
    expect(found(r, 'PENGAWAS_MENILAI_JF_AHLI', ac)).toHaveLength(1);
  });
  it('with batas_jenjang_ppk_pengawas = semua_pengawas the Kabid rates the Ahli Muda, who consults it; the Kasubbid still assigns', () => {
    const r = run(s, { batas_jenjang_ppk_pengawas: 'semua_pengawas' });
    expect(sourcesInto(r, 'rating', ac)).toEqual([kabid]);
    expect(sourcesInto(r, 'rating', ad)).toEqual([kasubbid]);
    expect(sourcesInto(r, 'assignment', ac, 'operasional')).toEqual([kasubbid]);
    expect(has(r, 'reporting', ac, kabid, 'konsultasi')).toBe(true);
  });
  it('with ppk_tiga_level = administrator_pengawas_puo the Kabid rates and formally assigns, the Kasubbid assigns day to day', () => {
    const r = run(s, { ppk_tiga_level: 'administrator_pengawas_puo' });
    for (const x of [ac, ad]) {
      expect(sourcesInto(r, 'rating', x)).toEqual([kabid]);
      expect(sourcesInto(r, 'assignment', x, 'operasional')).toEqual([kasubbid]);
      expect(sourcesInto(r, 'assignment', x, 'formal')).toEqual([kabid]);
    }
  });
  it('with ppk_tiga_level = administrator the Kabid is PPK and Pimpinan Unit Organisasi', () => {
    const r = run(s, { ppk_tiga_level: 'administrator' });
    for (const x of [ac, ad]) {
      expect(sourcesInto(r, 'rating', x)).toEqual([kabid]);
      expect(sourcesInto(r, 'assignment', x, 'operasional')).toEqual([kabid]);
    }
  });
});

describe('T11 Pengawas Sekolah is a JF, not a structural Pengawas (L547)', () => {
  const make = (level: Level, grade?: Grade) => {
    const b = new Builder('dinas', 'Dinas Pendidikan dan Kebudayaan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Pembinaan Sekolah Dasar', 'administrator', kadis);
    const node = b.pos('Pengawas Sekolah Ahli Madya', level, kabid, grade ? { grade } : {});
    return { r: run(b.done()), kabid, node };
  };
  it('drawn as a structural Pengawas: warning', () => {
    const { r, node } = make('pengawas');
    expect(found(r, 'PENGAWAS_SEKOLAH_BUKAN_STRUKTURAL', node)[0]?.severity).toBe('warning');
  });
  it('drawn as a JF: the Kepala Bidang rates it and there is no warning', () => {
    const { r, kabid, node } = make('fungsional', 'ahli_madya');
    expect(sourcesInto(r, 'rating', node)).toEqual([kabid]);
    expect(found(r, 'PENGAWAS_SEKOLAH_BUKAN_STRUKTURAL')).toEqual([]);
  });
});
