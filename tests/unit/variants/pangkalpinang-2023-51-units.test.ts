// Perwako Pangkal Pinang 51/2023: Gambar 6–9 (Kecamatan, UPT, Kelurahan, Puskesmas/Sekolah).
// Oracle cases of ../shared/design/seed-000.md §10, checked against the seed text
// ../shared/seeds/000_5160156151055c28.txt; line numbers in test names are seed lines.
import { describe, expect, it } from 'vitest';
import { Builder } from '../helpers/build.ts';
import { has, linesOf, sourcesInto } from '../helpers/lines.ts';
import { findings, JF, PEL, run, variant } from './pangkalpinang-2023-51.helpers.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { defaultOptionValues } from '../../../src/lib/domain/variant.ts';
import { reviewActor, reviewFor, reworkLoop } from '../../../src/lib/domain/results-review.ts';

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
    expect(r2.roles.get(sc)!.roles).toContain('sekcam');
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
    expect(r.roles.get(jfAA)!.unitHead).toBe(kepala);
    expect(r.roles.get(jfAA)!.rater).toBe(kepala);
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
  const s = b.done();
  const r = run(s);

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

  it('the Lurah accepts AD\'s results (L788) after the Sekkel, AD\'s PPK, reviews them; a unit type the text does not name falls back to L343', () => {
    const review = reviewFor(variant, indexStructure(s), s.units[0].id, defaultOptionValues(variant))!;
    expect(review.id).toBe('evaluasi-kelurahan');
    const accept = review.steps.find((st) => st.closes)!;
    expect([accept.basis.lines, reviewActor(accept.actor, pelAD, r)]).toEqual(['L788', lurah]);
    expect(reviewActor(review.steps[0].actor, pelAD, r)).toBe(sekkel);
    const other = new Builder('lainnya', 'Satuan Polisi Pamong Praja');
    other.pos('Kepala Satuan', 'jpt_pratama');
    const so = other.done();
    expect(reviewFor(variant, indexStructure(so), so.units[0].id, defaultOptionValues(variant))?.id).toBe('evaluasi-umum');
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
        expect(r.roles.get(p)!.unitHead).toBe(kepala);
      }
      expect(findings(r, 'RATER_BELOW_MIN')).toEqual([]);
      expect(findings(r, 'STAFF_UNDER_STAFF')).toEqual([]);
    });
  }

  it('the JF Kepala Puskesmas placed under the Kepala Dinas Kesehatan is rated by that atasan langsung (Pasal 1 angka 23, L77; Gambar 9 is silent)', () => {
    const b = new Builder('dinas', 'Dinas Kesehatan');
    const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama');
    const pkm = b.unit('puskesmas', 'Puskesmas Gerunggang', 'u1');
    const kepala = b.pos('Kepala Puskesmas Gerunggang', JF, kadis, { unit: pkm, grade: 'ahli_madya' });
    const dokter = b.pos('Dokter Ahli Pertama', JF, kepala, { unit: pkm, grade: 'ahli_pertama' });
    const r = run(b.done());
    expect(sourcesInto(r, 'rating', kepala)).toEqual([kadis]);
    expect(sourcesInto(r, 'rating', dokter)).toEqual([kepala]);
    expect(has(r, 'performance', kadis, kepala)).toBe(false);
  });

  it('a Kasubag Tata Usaha in a Puskesmas (named only in the shared Lampiran C.8, L795) has its performance set by the Kepala and rates the staff under it', () => {
    const b = new Builder('puskesmas', 'Puskesmas Selindung');
    const kepala = b.pos('Kepala Puskesmas', JF, null, { grade: 'ahli_madya' });
    const tu = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kepala);
    const jf = b.pos('Pranata Komputer Terampil', JF, tu, { grade: 'terampil' });
    const r = run(b.done());
    expect(has(r, 'performance', kepala, tu, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'rating', jf)).toEqual([tu]);
    expect(r.roles.get(tu)!.roles).toContain('kasubag_tu');
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
