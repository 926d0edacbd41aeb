// Ketua Tim ranking as the Tim tab shows it (src/lib/domain/ketua.ts through the variant's options),
// checked against the regulation text rather than against the code.
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { rankKetua, leadIsOutranked } from '../../src/lib/domain/ketua.ts';
import { resolveOptions } from '../../src/lib/domain/options.ts';
import { Builder } from './helpers/build.ts';

// A cross-unit team of a Dinas with members from the Dinas and from Bappeda.
function crossUnitTeam() {
  const b = new Builder('dinas', 'Dinas Komunikasi dan Informatika');
  const kadis = b.pos('Kepala Dinas Komunikasi dan Informatika', 'jpt_pratama', null, { id: 'kadis' });
  const kabid = b.pos('Kepala Bidang Aplikasi Informatika', 'administrator', kadis, { id: 'kabid' });
  b.pos('Kepala Seksi Layanan', 'pengawas', kabid, { id: 'kasi' });
  b.pos('Pranata Komputer Terampil', 'fungsional', kabid, { id: 'terampil', grade: 'terampil' });
  b.pos('Pengelola Sistem', 'pelaksana', kabid, { id: 'pelaksana-manajerial', golongan: 'III/b', managerial: true });
  b.pos('Pengadministrasi', 'pelaksana', kabid, { id: 'pelaksana-3d', golongan: 'III/d' });
  b.pos('Pranata Komputer Ahli Muda', 'fungsional', kabid, { id: 'muda', grade: 'ahli_muda' });
  b.unit('badan', 'Badan Perencanaan Pembangunan Daerah', null, 'bappeda');
  const kaban = b.pos('Kepala Bappeda', 'jpt_pratama', null, { id: 'kaban' });
  b.pos('Perencana Ahli Utama', 'fungsional', kaban, { id: 'utama', grade: 'ahli_utama' });
  b.team('Tim Satu Data', 'u1', ['utama', 'terampil', 'pelaksana-3d', 'pelaksana-manajerial', 'muda']);
  return b.done();
}

describe('Pangkal Pinang (Perwako 51/2023 Pasal 10 ayat (3) and (5), seed 000 L185–L193)', () => {
  const v = loadBuiltinVariant('pangkalpinang-2023-51');
  const s = crossUnitTeam();
  const team = s.teams[0];

  it('owner unit first (ayat 5), then a. JF keahlian, b. managerial, c. jenjang, d. golongan (ayat 3)', () => {
    const ranked = rankKetua(s, team, v, resolveOptions(v).values).map((c) => c.position);
    // The Ahli Utama from Bappeda has the highest jenjang but is not from the owner unit: last.
    expect(ranked).toEqual(['muda', 'pelaksana-manajerial', 'terampil', 'pelaksana-3d', 'utama']);
  });

  it('choosing the Bappeda Ahli Utama goes against the variant; the owner unit\'s Ahli Muda does not', () => {
    const ranked = rankKetua(s, team, v, resolveOptions(v).values);
    expect(leadIsOutranked(ranked, 'utama')).toBe(true);
    expect(leadIsOutranked(ranked, 'muda')).toBe(false);
    expect(ranked[0].reasons).toEqual(expect.arrayContaining(['dari unit pemilik kinerja', 'JF kategori keahlian']));
  });
});

describe('Karanganyar (Perbup 50/2023 Pasal 12 ayat (5)–(6), seed 003 L162–L163): owner unit, then a remaining Pengawas', () => {
  const v = loadBuiltinVariant('karanganyar-2023-50');
  const s = crossUnitTeam();
  const team = { ...s.teams[0], members: [...s.teams[0].members, 'kasi'] };
  it('with the default option the Kepala Seksi ranks first among the owner unit', () => {
    const ranked = rankKetua(s, team, v, resolveOptions(v).values).map((c) => c.position);
    expect(ranked[0]).toBe('kasi');
    expect(ranked.at(-1)).toBe('utama');
  });
});
