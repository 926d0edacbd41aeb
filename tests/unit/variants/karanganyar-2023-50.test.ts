// Peraturan Bupati Karanganyar Nomor 50 Tahun 2023: the oracle cases of ../shared/design/seed-003.md
// (section 10.1), checked against the seed text. L123 = line 123 of 003_b96cd7a6ade3edd9.txt.
import { describe, expect, it } from 'vitest';
import { Builder, build } from '../helpers/build.ts';
import { codes, has, linesOf, sourcesInto } from '../helpers/lines.ts';
import { badan, finding, run, setda, v } from './karanganyar-2023-50.shapes.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { defaultOptionValues } from '../../../src/lib/domain/variant.ts';
import { reviewActor, reviewFor, reworkLoop, walkReview } from '../../../src/lib/domain/results-review.ts';

describe('Karanganyar 50/2023: JPT-led Unit Organisasi (Gambar 4, 5, 14, 15; Contoh 1–3)', () => {
  it('T1 JPT as PPK, Administrator as PUK: the Kepala sets the Kabid\'s performance and rates JF M; the Kabid assigns it (L528–L530)', () => {
    const r = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'M', grade: 'ahli_madya', workUnder: 'kabidA' })));
    expect(has(r, 'performance', 'kepala', 'kabidA', 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'rating', 'M')).toEqual(['kepala']);
    expect(has(r, 'assignment', 'kabidA', 'M', 'operasional')).toBe(true);
    expect(has(r, 'reporting', 'M', 'kepala', 'pertanggungjawaban')).toBe(true);
    expect(r.roles.get('M')!.workUnitHead).toBe('kabidA');
  });

  it('T1 the JPT assigns JF M formally on the Administrator\'s recommendation (L831)', () => {
    const r = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'M', grade: 'ahli_madya', workUnder: 'kabidA' })));
    expect(has(r, 'assignment', 'kepala', 'M', 'formal')).toBe(true);
    expect(has(r, 'assignment', 'kabidA', 'M', 'formal')).toBe(false);
  });

  it('T1 results go to the Administrator, who passes them to the JPT for review (L843, L848)', () => {
    const r = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'M', grade: 'ahli_madya', workUnder: 'kabidA' })));
    expect(has(r, 'reporting', 'M', 'kabidA', 'hasil')).toBe(true);
    expect(has(r, 'reporting', 'M', 'kepala', 'hasil')).toBe(false);
    expect(has(r, 'reporting', 'kabidA', 'kepala', 'hasil')).toBe(true);
    expect(codes(r)).not.toContain('JENJANG_KEDUDUKAN');
    expect(codes(r)).not.toContain('WORK_UNIT_HEAD_NOT_UNDER_RATER');
  });

  const t2 = () => badan((b) => b.pos('Pranata Komputer Ahli Pertama', 'fungsional', 'kabidA', { id: 'P', grade: 'ahli_pertama' }));

  it('T2 Administrator as PPK and PUK: the Kabid rates, assigns and sets expectations of JF P (L553, L868)', () => {
    const r = run(t2());
    expect(has(r, 'performance', 'kepala', 'kabidA', 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'rating', 'P')).toEqual(['kabidA']);
    expect(has(r, 'assignment', 'kabidA', 'P', 'operasional')).toBe(true);
    expect(has(r, 'performance', 'kabidA', 'P', 'ekspektasi')).toBe(true);
  });

  it('T2 no formal assignment line when PPK and PUK are the same official (L553)', () => {
    const r = run(t2());
    expect(linesOf(r, 'assignment', { subKind: 'formal' }).filter((l) => l.to === 'P')).toEqual([]);
    expect(sourcesInto(r, 'assignment', 'P')).toEqual(['kabidA']);
  });

  it('T2 results go to the Kabid by default (L843), to the JPT under the literal reading of Gambar 26 (L879)', () => {
    expect(sourcesInto(run(t2()), 'reporting', 'kabidA', 'hasil')).toContain('P');
    const literal = run(t2(), { hasil_individu: 'd2_harfiah' });
    expect(has(literal, 'reporting', 'P', 'kepala', 'hasil')).toBe(true);
    expect(has(literal, 'reporting', 'P', 'kabidA', 'hasil')).toBe(false);
  });

  it('T2 under the literal Gambar 26 reading, a JF under the JPT with a separate PUK still reports to its PUK (L843)', () => {
    const s = badan((b) => {
      b.pos('Pranata Komputer Ahli Pertama', 'fungsional', 'kabidA', { id: 'P', grade: 'ahli_pertama' });
      b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'M', grade: 'ahli_madya', workUnder: 'kabidA' });
    });
    const r = run(s, { hasil_individu: 'd2_harfiah' });
    expect(sourcesInto(r, 'reporting', 'kabidA', 'hasil')).toContain('M');
    expect(r.lines.filter((l) => l.kind === 'reporting' && l.subKind === 'hasil' && (l.from === 'M' || l.from === 'P'))).toHaveLength(2);
  });

  it('Pasal 14 ayat (1) option: an individual reports to the Kepala Unit Organisasi (L180)', () => {
    const r = run(t2(), { hasil_individu: 'kepala_unit_organisasi' });
    expect(has(r, 'reporting', 'P', 'kepala', 'hasil')).toBe(true);
    expect(has(r, 'reporting', 'P', 'kabidA', 'hasil')).toBe(false);
  });

  it('T3 a JF Ahli Pertama under the JPT gets the T1 lines plus a jenjang notice (Gambar 4, L405)', () => {
    const r = run(badan((b) => b.pos('Pranata Komputer Ahli Pertama', 'fungsional', 'kepala', { id: 'Q', grade: 'ahli_pertama', workUnder: 'kabidA' })));
    expect(sourcesInto(r, 'rating', 'Q')).toEqual(['kepala']);
    expect(has(r, 'assignment', 'kabidA', 'Q', 'operasional')).toBe(true);
    expect(has(r, 'assignment', 'kepala', 'Q', 'formal')).toBe(true);
    const notes = finding(r, 'JENJANG_KEDUDUKAN');
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('info');
    expect(notes[0].positions).toEqual(['Q', 'kepala']);
  });

  it('Gambar 5: a JF Ahli Madya under the Kabid is noted by default and rated by the JPT when the table binds (L405, L414)', () => {
    const s = badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kabidA', { id: 'M', grade: 'ahli_madya' }));
    const note = run(s);
    expect(sourcesInto(note, 'rating', 'M')).toEqual(['kabidA']);
    expect(finding(note, 'JENJANG_KEDUDUKAN').map((f) => f.severity)).toEqual(['info']);
    const bound = run(s, { tabel_jenjang: 'mengikat' });
    expect(sourcesInto(bound, 'rating', 'M')).toEqual(['kepala']);
    expect(finding(bound, 'JENJANG_KEDUDUKAN').map((f) => f.severity)).toEqual(['warning']);
  });

  it('T4 Inspektorat with one level: the Inspektur rates and assigns the JF Auditor Ahli Madya and receives its results (Pasal 7 ayat (1), L897–L918)', () => {
    const r = run(build('inspektorat', (b) => {
      b.pos('Inspektur', 'jpt_pratama', null, { id: 'insp' });
      b.pos('Auditor Ahli Madya', 'fungsional', 'insp', { id: 'aud', grade: 'ahli_madya' });
    }, 'Inspektorat Daerah'));
    expect(sourcesInto(r, 'rating', 'aud')).toEqual(['insp']);
    expect(sourcesInto(r, 'assignment', 'aud')).toEqual(['insp']);
    expect(has(r, 'reporting', 'aud', 'insp', 'hasil')).toBe(true);
    expect(has(r, 'performance', 'insp', 'aud', 'ekspektasi')).toBe(true);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.roles.get('insp')!.roles).toContain('inspektur');
  });

  it('a Bidang drawn as its own unit: the Kepala Dinas still sets the Kabid\'s performance, under either option (L528)', () => {
    const b = new Builder('dinas', 'Dinas Kesehatan');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.unit('dinas', 'Bidang P2P', 'u1');
    b.pos('Kepala Bidang P2P', 'administrator', 'kadis', { id: 'kabid' });
    b.pos('Epidemiolog Kesehatan Ahli Muda', 'fungsional', 'kabid', { id: 'epid', grade: 'ahli_muda' });
    const s = b.done();
    for (const kinerja_pimpinan_unit of ['atasan_langsung', 'tidak_digambar']) {
      const r = run(s, { kinerja_pimpinan_unit });
      expect(has(r, 'performance', 'kadis', 'kabid', 'perjanjian_kinerja')).toBe(true);
      expect(has(r, 'reporting', 'kabid', 'kadis', 'hasil')).toBe(true);
      expect(sourcesInto(r, 'rating', 'epid')).toEqual(['kabid']);
    }
  });

  it('T10 a PUK two levels below the PPK is an error: the level-3 official only coordinates (L530, L463)', () => {
    const r = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'X', grade: 'ahli_madya', workUnder: 'kasiA1' })));
    const errors = finding(r, 'WORK_UNIT_HEAD_NOT_UNDER_RATER');
    expect(errors).toHaveLength(1);
    expect(errors[0].severity).toBe('error');
    expect(errors[0].positions).toEqual(['X', 'kasiA1', 'kepala']);
  });

  it('T10 the suggested drawing (rule e, L463): kedudukan under the Kabid with the Kasi as coordinator: no error, a coordination line', () => {
    const r = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'X', grade: 'ahli_madya', workUnder: 'kasiA1' })));
    expect(finding(r, 'WORK_UNIT_HEAD_NOT_UNDER_RATER')[0].message).toMatch(/catat "Kepala Seksi A1" sebagai koordinatornya/);
    const fixed = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kabidA', { id: 'X', grade: 'ahli_madya', coordinator: 'kasiA1' })));
    expect(finding(fixed, 'WORK_UNIT_HEAD_NOT_UNDER_RATER')).toEqual([]);
    expect(fixed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(has(fixed, 'assignment', 'kasiA1', 'X', 'koordinasi')).toBe(true);
  });
});

describe('Karanganyar 50/2023: Administrator-, Pengawas- and PF-led units (Gambar 6–11, 16; Pasal 7)', () => {
  const kecamatan = (grade: 'terampil' | 'ahli_muda') =>
    build('kecamatan', (b) => {
      b.pos('Camat', 'administrator', null, { id: 'camat' });
      b.pos('Kepala Seksi Pelayanan', 'pengawas', 'camat', { id: 'kasi' });
      b.pos('Pranata Komputer', 'fungsional', 'kasi', { id: 'T', grade });
    }, 'Kecamatan Y');

  it('T5 Kecamatan: the Kasi rates and assigns JF Terampil T; the Camat sets the Kasi\'s performance and reviews (Pasal 7 ayat (3), L431)', () => {
    const r = run(kecamatan('terampil'));
    expect(sourcesInto(r, 'rating', 'T')).toEqual(['kasi']);
    expect(sourcesInto(r, 'assignment', 'T')).toEqual(['kasi']);
    expect(has(r, 'performance', 'camat', 'kasi', 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'reporting', 'kasi', 'camat', 'hasil')).toBe(true);
    expect(codes(r)).not.toContain('JENJANG_KEDUDUKAN');
  });

  it('Gambar 7: a JF Ahli Muda under the Kasi of a Kecamatan is noted; with the table binding the Camat rates it (L431, L423)', () => {
    expect(sourcesInto(run(kecamatan('ahli_muda')), 'rating', 'T')).toEqual(['kasi']);
    expect(codes(run(kecamatan('ahli_muda')))).toContain('JENJANG_KEDUDUKAN');
    const bound = run(kecamatan('ahli_muda'), { tabel_jenjang: 'mengikat' });
    expect(sourcesInto(bound, 'rating', 'T')).toEqual(['camat']);
  });

  it('Gambar 6: any jenjang ("Kelompok JF") under the Camat as Level I, without a jenjang notice (L423)', () => {
    const r = run(build('kecamatan', (b) => {
      b.pos('Camat', 'administrator', null, { id: 'camat' });
      b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'camat', { id: 'm', grade: 'ahli_madya' });
      b.pos('Pranata Komputer Terampil', 'fungsional', 'camat', { id: 't', grade: 'terampil' });
    }));
    expect(sourcesInto(r, 'rating', 'm')).toEqual(['camat']);
    expect(sourcesInto(r, 'rating', 't')).toEqual(['camat']);
    expect(codes(r)).not.toContain('JENJANG_KEDUDUKAN');
  });

  const upt = (headTitle: string) => {
    const b = new Builder('dinas', 'Dinas Pekerjaan Umum');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.unit('upt', 'UPTD Laboratorium', 'u1');
    b.pos(headTitle, 'fungsional', 'kadis', { id: 'kupt', grade: 'ahli_muda' });
    b.pos('Teknik Jalan dan Jembatan Ahli Pertama', 'fungsional', 'kupt', { id: 'jf', grade: 'ahli_pertama' });
    b.pos('Pengadministrasi Umum', 'pelaksana', 'kupt', { id: 'pel' });
    return b.done();
  };

  it('T6 UPT led by a PF with tugas tambahan Kepala UPT: it rates and assigns each JF and Pelaksana (Pasal 7 ayat (4), L569)', () => {
    const r = run(upt('Kepala UPTD Laboratorium'));
    for (const id of ['jf', 'pel']) {
      expect(sourcesInto(r, 'rating', id)).toEqual(['kupt']);
      expect(sourcesInto(r, 'assignment', id)).toEqual(['kupt']);
      expect(has(r, 'reporting', id, 'kupt', 'hasil')).toBe(true);
    }
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('T6 the Kepala Dinas sets the Kepala UPT\'s performance (inferred, switchable: L528 vs L570)', () => {
    expect(has(run(upt('Kepala UPTD Laboratorium')), 'performance', 'kadis', 'kupt', 'perjanjian_kinerja')).toBe(true);
    expect(has(run(upt('Kepala UPTD Laboratorium'), { kinerja_pimpinan_unit: 'tidak_digambar' }), 'performance', 'kadis', 'kupt')).toBe(false);
  });

  it('T7 a PF leading the UPT without tugas tambahan cannot be PPK (Pasal 1 angka 18, L53)', () => {
    const r = run(upt('Teknik Jalan dan Jembatan Ahli Muda'));
    const errors = finding(r, 'PPK_DI_BAWAH_PENGAWAS');
    expect(errors.map((f) => f.positions)).toEqual([['jf', 'kupt'], ['pel', 'kupt']]);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    expect(sourcesInto(r, 'rating', 'jf')).toEqual([]);
  });

  it('T7 with delegated authority (pendelegasian kewenangan) the PF head rates its staff (L53, L374)', () => {
    const r = run(upt('Teknik Jalan dan Jembatan Ahli Muda'), { pf_pimpinan_unit: 'pendelegasian' });
    expect(sourcesInto(r, 'rating', 'jf')).toEqual(['kupt']);
    expect(codes(r)).not.toContain('PPK_DI_BAWAH_PENGAWAS');
  });

  it('Pasal 7 ayat (5) Sekolah: the kepala sekolah (PF guru) rates the teachers', () => {
    const r = run(build('sekolah', (b) => {
      b.pos('Guru Ahli Madya (Kepala Sekolah SD Negeri 1)', 'fungsional', null, { id: 'ks', grade: 'ahli_madya' });
      b.pos('Guru Ahli Pertama', 'fungsional', 'ks', { id: 'guru', grade: 'ahli_pertama' });
    }, 'SD Negeri 1'));
    expect(sourcesInto(r, 'rating', 'guru')).toEqual(['ks']);
    expect(r.roles.get('ks')!.roles).toContain('kepala_sekolah');
  });

  it('a JF placed under another JF climbs to the official above it, with a warning (L358)', () => {
    const r = run(build('dinas', (b) => {
      b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
      b.pos('Kepala Bidang', 'administrator', 'kadis', { id: 'kabid' });
      b.pos('Analis Ahli Muda', 'fungsional', 'kabid', { id: 'a', grade: 'ahli_muda' });
      b.pos('Analis Ahli Pertama', 'fungsional', 'a', { id: 'b', grade: 'ahli_pertama' });
    }));
    expect(sourcesInto(r, 'rating', 'b')).toEqual(['kabid']);
    expect(finding(r, 'STAFF_UNDER_STAFF').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('Karanganyar 50/2023: recommendation, rework loop and the level-3 coordinator', () => {
  it('T1 RECOMMENDS: the Kabid (PUK) recommends JF M to the Kepala (PPK), who assigns it formally (L831)', () => {
    const r = run(badan((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'kepala', { id: 'M', grade: 'ahli_madya', workUnder: 'kabidA' })));
    const rec = linesOf(r, 'assignment', { subKind: 'rekomendasi' });
    expect(rec.map((l) => [l.from, l.to])).toEqual([['kabidA', 'kepala']]);
    expect(rec[0].basis.lines).toBe('L831');
    expect(has(r, 'assignment', 'kepala', 'M', 'formal')).toBe(true);
  });

  it('T2 no recommendation when the PPK is the PUK (no unit_kerja, L553)', () => {
    const r = run(badan((b) => b.pos('Pranata Komputer Ahli Pertama', 'fungsional', 'kabidA', { id: 'P', grade: 'ahli_pertama' })));
    expect(linesOf(r, 'assignment', { subKind: 'rekomendasi' })).toEqual([]);
  });

  it('T8 RECOMMENDS in the Setda: the Kabag recommends JF D to the Asisten (L1060)', () => {
    const r = run(setda((b) => b.pos('Analis Kebijakan Ahli Madya', 'fungsional', 'asisten', { id: 'D', grade: 'ahli_madya', workUnder: 'kabag' })));
    const rec = linesOf(r, 'assignment', { subKind: 'rekomendasi' });
    expect(rec.map((l) => [l.from, l.to, l.basis.lines])).toEqual([['kabag', 'asisten', 'L1060']]);
    expect(sourcesInto(r, 'rating', 'D')).toEqual(['asisten']);
  });

  describe('T6 rework loop in a UPT led by a Pejabat Fungsional (L1013)', () => {
    const b = new Builder('dinas', 'Dinas Pekerjaan Umum');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.unit('upt', 'UPTD Laboratorium', 'u1', 'lab');
    b.pos('Kepala UPTD Laboratorium', 'fungsional', 'kadis', { id: 'kupt', grade: 'ahli_muda' });
    b.pos('Teknik Jalan dan Jembatan Ahli Pertama', 'fungsional', 'kupt', { id: 'jf', grade: 'ahli_pertama' });
    const s = b.done();
    const index = indexStructure(s);
    const review = reviewFor(v, index, 'lab', defaultOptionValues(v))!;

    it('the JF-led UPT gets the evaluation of L1013; the JPT-led Dinas does not', () => {
      expect(review.id).toBe('evaluasi-dipimpin-jf');
      expect(reviewFor(v, index, 'u1', defaultOptionValues(v))).toBeUndefined();
    });
    it('results below target go back to the individual or team and come round again; accepted results close the activity', () => {
      expect(reworkLoop(review)).toEqual({ step: 'kembalikan', returnTo: 'laksanakan' });
      expect(walkReview(review, ['tidak_sesuai', 'sesuai'])).toEqual(['laksanakan', 'sampaikan', 'tinjau', 'kembalikan', 'laksanakan', 'sampaikan', 'tinjau', 'terima']);
      expect(walkReview(review, ['sesuai'])).toEqual(['laksanakan', 'sampaikan', 'tinjau', 'terima']);
      expect(review.steps.find((st) => st.id === 'kembalikan')!.basis.quote).toContain('dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali');
    });
    it('the reviewer who sends results back and accepts them is the Kepala UPT; the one reworking is the JF', () => {
      const r = run(s);
      const tinjau = review.steps.find((st) => st.id === 'tinjau')!;
      const kembalikan = review.steps.find((st) => st.id === 'kembalikan')!;
      expect(reviewActor(tinjau.actor, 'jf', r)).toBe('kupt');
      expect(reviewActor(kembalikan.to!, 'jf', r)).toBe('jf');
    });
  });

  it('L982–L984: a UPT led by a Pejabat Pengawas has the same rework loop; the Kepala UPT accepts', () => {
    const b = new Builder('upt', 'UPTD Pengelolaan Air Limbah');
    b.pos('Kepala UPTD', 'pengawas', null, { id: 'kupt' });
    b.pos('Pengelola Instalasi', 'pelaksana', 'kupt', { id: 'pel' });
    const s = b.done();
    const review = reviewFor(v, indexStructure(s), s.units[0].id, defaultOptionValues(v))!;
    expect(review.id).toBe('evaluasi-dipimpin-pengawas');
    expect(reworkLoop(review)).toEqual({ step: 'kembalikan', returnTo: 'laksanakan' });
    expect(review.steps.find((st) => st.id === 'kembalikan')!.basis.lines).toBe('L982–L984');
    expect(reviewActor(review.steps.find((st) => st.closes)!.actor, 'pel', run(s))).toBe('kupt');
  });

  describe('rule e: in a UO with more than two levels the level-3 official coordinates JF under level 1 or 2 "seperti ketua tim" (L463)', () => {
    const s = badan((b) => b.pos('Analis Kebijakan Ahli Muda', 'fungsional', 'kabidA', { id: 'X', grade: 'ahli_muda', coordinator: 'kasiA1' }));
    const r = run(s);
    it('the Kasi (level 3) coordinates JF X placed under the Kabid (level 2); the Kabid still rates and assigns it', () => {
      const k = linesOf(r, 'assignment', { subKind: 'koordinasi' });
      expect(k.map((l) => [l.from, l.to, l.basis.lines])).toEqual([['kasiA1', 'X', 'L463']]);
      expect(sourcesInto(r, 'rating', 'X')).toEqual(['kabidA']);
      expect(has(r, 'assignment', 'kabidA', 'X', 'operasional')).toBe(true);
    });
    it('without a coordinator no coordination line is drawn', () => {
      expect(linesOf(run(badan((b) => b.pos('Analis Kebijakan Ahli Muda', 'fungsional', 'kabidA', { id: 'X', grade: 'ahli_muda' }))), 'assignment', { subKind: 'koordinasi' })).toEqual([]);
    });
  });
});
