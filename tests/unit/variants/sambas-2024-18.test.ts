// Oracle cases T1–T4 of Perbup Sambas 18/2024 (../shared/design/seed-001.md, Appendix A), checked against the
// seed text /work/shared/seeds/001_af01d94e9933b5a2.txt. Line numbers in test names are the seed's.
import { describe, expect, it } from 'vitest';
import { Builder } from '../helpers/build.ts';
import { has, sourcesInto } from '../helpers/lines.ts';
import { found, run, targetsOf } from './sambas-2024-18.helpers.ts';

describe('T1 Sekretariat Daerah, Bagian (Gambar 4)', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
  const asisten = b.pos('Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', sekda);
  const kabag = b.pos('Kepala Bagian Tata Pemerintahan', 'administrator', asisten);
  const jf = b.pos('Analis Kebijakan Ahli Muda', 'fungsional', kabag, { grade: 'ahli_muda' });
  const pel = b.pos('Pengadministrasi Perkantoran', 'pelaksana', kabag);
  const s = b.done();
  const r = run(s);

  it('the Kepala Bagian rates the JF and the Pelaksana (L614)', () => {
    expect(sourcesInto(r, 'rating', jf)).toEqual([kabag]);
    expect(sourcesInto(r, 'rating', pel)).toEqual([kabag]);
  });
  it('the Asisten rates the Kepala Bagian (L613), also without inferred structural ratings', () => {
    expect(has(r, 'rating', asisten, kabag, 'atasan_langsung')).toBe(true);
    expect(has(run(s, { penilaian_pejabat_struktural: 'tidak' }), 'rating', asisten, kabag, 'atasan_langsung')).toBe(true);
  });
  it('the JF and Pelaksana receive their assignments from the Kepala Bagian (L615)', () => {
    expect(has(r, 'assignment', kabag, jf, 'operasional')).toBe(true);
    expect(has(r, 'assignment', kabag, pel, 'operasional')).toBe(true);
  });
  it('the Asisten sets the performance of the Kepala Bagian (L612), who conveys expectations to the staff (L625)', () => {
    expect(has(r, 'performance', asisten, kabag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kabag, jf, 'ekspektasi')).toBe(true);
    expect(has(r, 'performance', kabag, pel, 'ekspektasi')).toBe(true);
  });
  it('results go to the Kepala Bagian, who passes them to the Asisten for review (L642)', () => {
    expect(has(r, 'reporting', jf, kabag, 'hasil')).toBe(true);
    expect(has(r, 'reporting', kabag, asisten, 'hasil')).toBe(true);
  });
  it('with results to the JPT (L638) the staff report to the Asisten instead', () => {
    const jpt = run(s, { tujuan_hasil_pola_sekretariat: 'jpt' });
    expect(has(jpt, 'reporting', jf, asisten, 'hasil')).toBe(true);
    expect(has(jpt, 'reporting', jf, kabag, 'hasil')).toBe(false);
  });
  it('no rating of the staff by the Sekretaris Daerah or the Asisten', () => {
    for (const staff of [jf, pel]) {
      expect(has(r, 'rating', sekda, staff)).toBe(false);
      expect(has(r, 'rating', asisten, staff)).toBe(false);
    }
  });
  it('no jenjang warning: an Ahli Muda rated by an Administrator is allowed (L769 is about Pengawas)', () => {
    expect(found(r, 'PENGAWAS_MENILAI_JF_AHLI')).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('T1b Sekretariat Daerah, staff under a Kepala Subbagian (L489)', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
  const asisten = b.pos('Asisten Administrasi Umum', 'jpt_pratama', sekda);
  const kabag = b.pos('Kepala Bagian Umum', 'administrator', asisten);
  const kasubag = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kabag);
  const pel = b.pos('Pengadministrasi Umum', 'pelaksana', kasubag);
  const s = b.done();

  it('by default the Kepala Bagian rates and assigns (L614, L615), with a notice', () => {
    const r = run(s);
    expect(sourcesInto(r, 'rating', pel)).toEqual([kabag]);
    expect(sourcesInto(r, 'assignment', pel, 'operasional')).toEqual([kabag]);
    expect(found(r, 'SETDA_PPK_KEPALA_BAGIAN', pel)).toHaveLength(1);
  });
  it('the kedudukan line still runs to the Kepala Subbagian as drawn (L489)', () => {
    expect(has(run(s), 'reporting', pel, kasubag, 'pertanggungjawaban')).toBe(true);
  });
  it('with ppk_di_bawah_kasubag_setda = kepala_subbagian the Kepala Subbagian rates (L68)', () => {
    const r = run(s, { ppk_di_bawah_kasubag_setda: 'kepala_subbagian' });
    expect(sourcesInto(r, 'rating', pel)).toEqual([kasubag]);
    expect(found(r, 'SETDA_PPK_KEPALA_BAGIAN')).toEqual([]);
  });
  it('either way the Kepala Bagian sets the performance of the Kepala Subbagian', () => {
    expect(has(run(s), 'performance', kabag, kasubag, 'perjanjian_kinerja')).toBe(true);
    expect(has(run(s, { ppk_di_bawah_kasubag_setda: 'kepala_subbagian' }), 'performance', kabag, kasubag, 'perjanjian_kinerja')).toBe(true);
  });
  it('the Kepala Subbagian can be Ketua Tim without a finding (L389)', () => {
    const b2 = new Builder('setda', 'Sekretariat Daerah');
    const k = b2.pos('Kepala Bagian Organisasi', 'administrator');
    const ks = b2.pos('Kepala Subbagian Kelembagaan', 'pengawas', k);
    const p = b2.pos('Penata Kelembagaan', 'pelaksana', ks);
    b2.team('Tim Kelembagaan', b2.current, [ks, p], ks);
    const r = run(b2.done());
    expect(r.findings.filter((f) => /^(TEAM|KETUA)_/.test(f.code))).toEqual([]);
    expect(has(r, 'reporting', p, ks, 'anggota_ke_ketua')).toBe(true);
  });
});

describe('T2 Dinas PMPTSP (Gambar 5 per branch)', () => {
  const b = new Builder('dinas', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const d = b.pos('Penata Perizinan Ahli Muda', 'fungsional', kadis, { grade: 'ahli_muda' });
  const e = b.pos('Pengadministrasi Perizinan', 'pelaksana', kadis);
  const sekretaris = b.pos('Sekretaris', 'administrator', kadis);
  const f = b.pos('Perencana Ahli Pertama', 'fungsional', sekretaris, { grade: 'ahli_pertama' });
  const kasubag = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sekretaris);
  const g = b.pos('Pengadministrasi Kepegawaian', 'pelaksana', kasubag);
  const r = run(b.done());

  it('the Kepala Dinas rates, assigns and sets expectations for staff outside the Sekretariat (L662, L669)', () => {
    for (const x of [d, e]) {
      expect(sourcesInto(r, 'rating', x)).toEqual([kadis]);
      expect(has(r, 'assignment', kadis, x, 'operasional')).toBe(true);
      expect(has(r, 'performance', kadis, x, 'ekspektasi')).toBe(true);
      expect(has(r, 'reporting', x, kadis, 'hasil')).toBe(true);
    }
  });
  it('the Sekretaris rates the JF of the Sekretariat by the Gambar 4 pattern, with a notice on the Sekretaris (L614, L555)', () => {
    expect(sourcesInto(r, 'rating', f)).toEqual([sekretaris]);
    expect(found(r, 'GAMBAR_4_DIPERLUAS', sekretaris)).toHaveLength(1);
  });
  it('the Kepala Subbagian rates the Pelaksana drawn under it (atasan langsung, L68, L555)', () => {
    expect(sourcesInto(r, 'rating', g)).toEqual([kasubag]);
  });
  it('the structural chain: Kadis → Sekretaris → Kepala Subbagian sets performance and rates', () => {
    expect(has(r, 'performance', kadis, sekretaris, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekretaris, kasubag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'rating', kadis, sekretaris, 'atasan_langsung')).toBe(true);
    expect(has(r, 'rating', sekretaris, kasubag, 'atasan_langsung')).toBe(true);
  });
});

describe('T3 Kantor Kesatuan Bangsa dan Politik (Gambar 6)', () => {
  const b = new Builder('lainnya', 'Kantor Kesatuan Bangsa dan Politik');
  const kepala = b.pos('Kepala Kantor', 'administrator');
  const kasubag = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kepala);
  const h = b.pos('Pengadministrasi Umum', 'pelaksana', kasubag);
  const kasi = b.pos('Kepala Seksi Ideologi', 'pengawas', kepala);
  const i = b.pos('Analis Kebijakan Ahli Pertama', 'fungsional', kasi, { grade: 'ahli_pertama' });
  const s = b.done();
  const r = run(s);

  it('the Kepala Kantor rates the JF and the Pelaksana (L716); no rating by the Kasubag TU or the Kasi', () => {
    expect(sourcesInto(r, 'rating', h)).toEqual([kepala]);
    expect(sourcesInto(r, 'rating', i)).toEqual([kepala]);
    expect(has(r, 'rating', kasubag, h)).toBe(false);
    expect(has(r, 'rating', kasi, i)).toBe(false);
  });
  it('the Pengawas gives the day-to-day assignment as Pimpinan Unit Organisasi (L717)', () => {
    expect(sourcesInto(r, 'assignment', h, 'operasional')).toEqual([kasubag]);
    expect(sourcesInto(r, 'assignment', i, 'operasional')).toEqual([kasi]);
  });
  it('the Kepala Kantor assigns formally on the Pengawas\' recommendation (L723)', () => {
    expect(has(r, 'assignment', kepala, h, 'formal')).toBe(true);
    expect(has(r, 'assignment', kepala, i, 'formal')).toBe(true);
  });
  it('the Kepala Kantor sets the performance of the Pengawas (L715); the Kasi conveys expectations (option, L727)', () => {
    expect(has(r, 'performance', kepala, kasubag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', kepala, kasi, 'perjanjian_kinerja')).toBe(true);
    expect(sourcesInto(r, 'performance', i, 'ekspektasi')).toEqual([kasi]);
    expect(sourcesInto(run(s, { ekspektasi_pola_administrator: 'ppk' }), 'performance', i, 'ekspektasi')).toEqual([kepala]);
  });
  it('results go to the Kasi, who passes them to the Kepala Kantor (L733, L738)', () => {
    expect(targetsOf(r, 'reporting', i, 'hasil')).toEqual([kasi]);
    expect(targetsOf(r, 'reporting', h, 'hasil')).toEqual([kasubag]);
    expect(has(r, 'reporting', kasi, kepala, 'hasil')).toBe(true);
  });
  it('alternative drawing: staff under the Kepala Kantor working under the Kasubag TU gives the same lines (L709, L717)', () => {
    const b2 = new Builder('lainnya', 'Kantor Kesatuan Bangsa dan Politik');
    const kk = b2.pos('Kepala Kantor', 'administrator');
    const ks = b2.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kk);
    const h2 = b2.pos('Pengadministrasi Umum', 'pelaksana', kk, { workUnder: ks });
    const r2 = run(b2.done());
    expect(sourcesInto(r2, 'rating', h2)).toEqual([kk]);
    expect(sourcesInto(r2, 'assignment', h2, 'operasional')).toEqual([ks]);
    expect(has(r2, 'assignment', kk, h2, 'formal')).toBe(true);
    expect(sourcesInto(r2, 'performance', h2, 'ekspektasi')).toEqual([ks]);
    expect(has(r2, 'reporting', h2, ks, 'hasil')).toBe(true);
    expect(has(r2, 'reporting', h2, kk, 'pertanggungjawaban')).toBe(true);
  });
  it('with kedudukan_pola_administrator = administrator, staff drawn under a Pengawas get a warning (L709)', () => {
    const r2 = run(s, { kedudukan_pola_administrator: 'administrator' });
    expect(found(r2, 'KEDUDUKAN_DI_BAWAH_PENGAWAS', h)).toHaveLength(1);
    expect(found(r, 'KEDUDUKAN_DI_BAWAH_PENGAWAS')).toEqual([]);
  });
});

describe('T4 Kecamatan with a Sekretaris Kecamatan (Gambar 6, OQ-7)', () => {
  const b = new Builder('kecamatan', 'Kecamatan Sambas');
  const camat = b.pos('Camat', 'administrator');
  const sekcam = b.pos('Sekretaris Kecamatan', 'administrator', camat);
  const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', sekcam);
  const j = b.pos('Pengadministrasi Umum', 'pelaksana', kasubag);
  const kasi = b.pos('Kepala Seksi Pemerintahan', 'pengawas', camat);
  const k = b.pos('Analis Pemerintahan Ahli Pertama', 'fungsional', kasi, { grade: 'ahli_pertama' });
  b.unit('kelurahan', 'Kelurahan Dalam Kaum', 'u1');
  const lurah = b.pos('Lurah Dalam Kaum', 'pengawas', camat);
  const s = b.done();
  const r = run(s);

  it('the Camat rates the JF under a Kasi, who assigns it (L716, L717)', () => {
    expect(sourcesInto(r, 'rating', k)).toEqual([camat]);
    expect(sourcesInto(r, 'assignment', k, 'operasional')).toEqual([kasi]);
  });
  it('the Sekretaris Kecamatan (nearest Administrator) rates the Pelaksana under the Kasubag, who assigns it', () => {
    expect(sourcesInto(r, 'rating', j)).toEqual([sekcam]);
    expect(sourcesInto(r, 'assignment', j, 'operasional')).toEqual([kasubag]);
  });
  it('with ppk_kecamatan = camat the Camat rates that Pelaksana (L709)', () => {
    expect(sourcesInto(run(s, { ppk_kecamatan: 'camat' }), 'rating', j)).toEqual([camat]);
  });
  it('performance: Camat → Kasi (L715), Sekcam → Kasubag (L715), Camat → Sekcam', () => {
    expect(has(r, 'performance', camat, kasi, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', sekcam, kasubag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', camat, sekcam, 'perjanjian_kinerja')).toBe(true);
  });
  it('no lines between the Camat and the Kelurahan (the text has no Kelurahan)', () => {
    expect(r.lines.filter((l) => l.from === lurah || l.to === lurah)).toEqual([]);
  });
});
