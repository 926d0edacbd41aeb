// Names of Jabatan Fungsional and Jabatan Pelaksana used by the sample and the generator, transcribed
// from the national reference lists (../shared/reference/kamus-jf.json: KemenPANRB list of JF with
// jenjang awal–puncak; jab_pelaksana_*.json: Lampiran I–II KepmenPANRB 11/2024). A JF that has both
// categories under one name carries two ranges; keahlian and keterampilan titles differ only by jenjang.
import type { Grade } from '../domain/vocabulary.ts';
import type { Degree } from './names.ts';

export interface JfKind {
  /** Short, stable key used in position ids. */
  key: string;
  name: string;
  /** Allowed jenjang, lowest first (the reference list's jenjang awal … puncak). */
  grades: readonly Grade[];
  degree: Degree;
}

const AHLI: readonly Grade[] = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'];
const AHLI_TO_MADYA: readonly Grade[] = ['ahli_pertama', 'ahli_muda', 'ahli_madya'];
const TERAMPIL: readonly Grade[] = ['terampil', 'mahir', 'penyelia'];
const PEMULA: readonly Grade[] = ['pemula', 'terampil', 'mahir', 'penyelia'];

function jf(key: string, name: string, grades: readonly Grade[], degree: Degree = 'sarjana'): JfKind {
  return { key, name, grades, degree };
}

export const JF = {
  ak: jf('ak', 'Analis Kebijakan', AHLI, 'magister'),
  perencana: jf('perencana', 'Perencana', AHLI, 'magister'),
  prakom: jf('prakom', 'Pranata Komputer', [...TERAMPIL, ...AHLI]),
  arsiparis: jf('arsiparis', 'Arsiparis', [...TERAMPIL, ...AHLI]),
  auditor: jf('auditor', 'Auditor', [...TERAMPIL, ...AHLI]),
  p2upd: jf('p2upd', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah', AHLI),
  hukum: jf('hukum', 'Analis Hukum', AHLI),
  perancang: jf('perancang', 'Perancang Peraturan Perundang-undangan', AHLI, 'magister'),
  pbj: jf('pbj', 'Pengelola Pengadaan Barang/Jasa', AHLI_TO_MADYA),
  sdm: jf('sdm', 'Analis Sumber Daya Manusia Aparatur', AHLI),
  pranataSdm: jf('pranata-sdm', 'Pranata Sumber Daya Manusia Aparatur', TERAMPIL, 'diploma'),
  asesor: jf('asesor', 'Assessor SDM Aparatur', AHLI, 'magister'),
  humas: jf('humas', 'Pranata Hubungan Masyarakat', [...PEMULA, ...AHLI]),
  statistisi: jf('statistisi', 'Statistisi', AHLI),
  sandiman: jf('sandiman', 'Sandiman', [...TERAMPIL, ...AHLI]),
  penilai: jf('penilai', 'Penilai', [...TERAMPIL, ...AHLI]),
  perisalah: jf('perisalah', 'Perisalah Legislatif', AHLI_TO_MADYA),
  pustakawan: jf('pustakawan', 'Pustakawan', AHLI),
  dokter: jf('dokter', 'Dokter', AHLI, 'dokter'),
  dokterGigi: jf('drg', 'Dokter Gigi', AHLI, 'dokterGigi'),
  perawat: jf('perawat', 'Perawat', [...TERAMPIL, ...AHLI], 'ners'),
  bidan: jf('bidan', 'Bidan', [...TERAMPIL, ...AHLI], 'bidan'),
  apoteker: jf('apoteker', 'Apoteker', AHLI, 'apoteker'),
  asistenApoteker: jf('asisten-apoteker', 'Asisten Apoteker', PEMULA, 'kesehatan'),
  epidemiolog: jf('epid', 'Epidemiolog Kesehatan', [...TERAMPIL, ...AHLI], 'kesehatan'),
  sanitasi: jf('sanitasi', 'Tenaga Sanitasi Lingkungan', [...TERAMPIL, ...AHLI], 'kesehatan'),
  promkes: jf('promkes', 'Tenaga Promosi Kesehatan', [...TERAMPIL, ...AHLI], 'kesehatan'),
  nutrisionis: jf('nutrisionis', 'Nutrisionis', [...TERAMPIL, ...AHLI_TO_MADYA], 'kesehatan'),
  adminkes: jf('adminkes', 'Administrator Kesehatan', AHLI_TO_MADYA, 'kesehatan'),
  perekamMedis: jf('rekam-medis', 'Perekam Medis', [...TERAMPIL, ...AHLI_TO_MADYA], 'kesehatan'),
  radiografer: jf('radiografer', 'Radiografer', [...TERAMPIL, ...AHLI_TO_MADYA], 'kesehatan'),
  laboran: jf('ptlk', 'Pranata Laboratorium Kesehatan', [...TERAMPIL, ...AHLI_TO_MADYA], 'kesehatan'),
  fisioterapis: jf('fisioterapis', 'Fisioterapis', [...TERAMPIL, ...AHLI_TO_MADYA], 'kesehatan'),
  guru: jf('guru', 'Guru', AHLI, 'guru'),
  pengawasSekolah: jf('pengawas-sekolah', 'Pengawas Sekolah', ['ahli_muda', 'ahli_madya', 'ahli_utama'], 'guru'),
  penilik: jf('penilik', 'Penilik', AHLI, 'guru'),
  pamongBelajar: jf('pamong-belajar', 'Pamong Belajar', AHLI_TO_MADYA, 'guru'),
  pamongBudaya: jf('pamong-budaya', 'Pamong Budaya', [...TERAMPIL, ...AHLI]),
  penataRuang: jf('penata-ruang', 'Penata Ruang', AHLI),
  jalanAhli: jf('tkjj', 'Penata Kelola Jalan dan Jembatan', AHLI),
  jalanTerampil: jf('tljj', 'Penata Laksana Jalan dan Jembatan', PEMULA, 'diploma'),
  sdaAhli: jf('psda', 'Pengelola Sumber Daya Air', AHLI),
  sdaTerampil: jf('tlsda', 'Penata Laksana Sumber Daya Air', PEMULA, 'diploma'),
  jasaKonstruksi: jf('jakon', 'Pembina Jasa Konstruksi', AHLI),
  adminduk: jf('adminduk', 'Administrator Database Kependudukan', AHLI_TO_MADYA),
  siak: jf('siak', 'Operator Sistem Informasi Administrasi Kependudukan', TERAMPIL, 'diploma'),
  penataKb: jf('pkb', 'Penata Kependudukan dan Keluarga Berencana', AHLI),
  penyuluhPertanian: jf('ppl', 'Penyuluh Pertanian', [...TERAMPIL, ...AHLI]),
  popt: jf('popt', 'Pengendali Organisme Pengganggu Tumbuhan', [...PEMULA, ...AHLI_TO_MADYA]),
  benih: jf('pbt', 'Pengawas Benih Tanaman', [...PEMULA, ...AHLI_TO_MADYA]),
  medikVeteriner: jf('medik-veteriner', 'Medik Veteriner', AHLI),
  polpp: jf('polpp', 'Polisi Pamong Praja', [...PEMULA, ...AHLI_TO_MADYA], 'none'),
  damkar: jf('damkar', 'Pemadam Kebakaran', PEMULA, 'none'),
  kebencanaan: jf('kebencanaan', 'Analis Kebencanaan', AHLI_TO_MADYA),
  psm: jf('psm', 'Penggerak Swadaya Masyarakat', AHLI),
  pekerjaSosial: jf('peksos', 'Pekerja Sosial', [...PEMULA, ...AHLI]),
  penyuluhSosial: jf('penyuluh-sosial', 'Penyuluh Sosial', AHLI),
  lingkungan: jf('pdl', 'Pengendali Dampak Lingkungan', [...TERAMPIL, ...AHLI]),
  pengawasLh: jf('pplh', 'Pengawas Lingkungan Hidup', AHLI),
  pengantarKerja: jf('pengantar-kerja', 'Pengantar Kerja', AHLI),
  mediator: jf('mediator', 'Mediator Hubungan Industrial', AHLI),
  perdagangan: jf('perdagangan', 'Pengawas Perdagangan', AHLI),
  penera: jf('penera', 'Penera', [...TERAMPIL, ...AHLI]),
  koperasi: jf('koperasi', 'Pengawas Koperasi', AHLI),
  perizinan: jf('perizinan', 'Penata Perizinan', AHLI),
  penyuluhPerikanan: jf('penyuluh-perikanan', 'Penyuluh Perikanan', AHLI),
  pariwisata: jf('adyatama', 'Adyatama Kepariwisataan Dan Ekonomi Kreatif', AHLI),
  perumahan: jf('perumahan', 'Penata Kelola Perumahan', AHLI),
  pangan: jf('pangan', 'Analis Ketahanan Pangan', AHLI),
  pelatihOlahraga: jf('pelatih', 'Pelatih Olahraga', AHLI_TO_MADYA)
} satisfies Record<string, JfKind>;

export type Schooling = 'sarjana' | 'diploma' | 'slta' | 'dasar';

export interface PelaksanaKind {
  key: string;
  name: string;
  schooling: Schooling;
}

function pl(key: string, name: string, schooling: Schooling): PelaksanaKind {
  return { key, name, schooling };
}

export const PELAKSANA = {
  penelaah: pl('penelaah', 'Penelaah Teknis Kebijakan', 'sarjana'),
  pengolahData: pl('pengolah-data', 'Pengolah Data dan Informasi', 'diploma'),
  pengadministrasi: pl('pengadministrasi', 'Pengadministrasi Perkantoran', 'slta'),
  penataLayanan: pl('penata-layanan', 'Penata Layanan Operasional', 'sarjana'),
  pengelolaLayanan: pl('pengelola-layanan', 'Pengelola Layanan Operasional', 'diploma'),
  operatorLayanan: pl('operator-layanan', 'Operator Layanan Operasional', 'slta'),
  pengelolaUmum: pl('pengelola-umum', 'Pengelola Umum Operasional', 'dasar'),
  operatorLab: pl('operator-lab', 'Operator Laboratorium', 'diploma'),
  pengelolaKesehatan: pl('pengelola-kesehatan', 'Pengelola Layanan Kesehatan', 'diploma'),
  operatorKesehatan: pl('operator-kesehatan', 'Operator Layanan Kesehatan', 'slta'),
  penataKesehatan: pl('penata-kesehatan', 'Penata Kelola Layanan Kesehatan', 'sarjana'),
  penataPemerintahan: pl('penata-pemerintahan', 'Penata Kelola Pemerintahan', 'sarjana'),
  pamong: pl('pamong', 'Pamong Pemerintahan', 'sarjana'),
  fasilitator: pl('fasilitator', 'Fasilitator Pemerintahan', 'sarjana'),
  kewilayahan: pl('kewilayahan', 'Pranata Kewilayahan', 'sarjana'),
  pengelolaTrantibum: pl('pengelola-trantibum', 'Pengelola Trantibum', 'diploma'),
  pranataTrantibum: pl('pranata-trantibum', 'Pranata Trantibum', 'slta'),
  sistemInformasi: pl('penata-sti', 'Penata Kelola Sistem dan Teknologi Informasi', 'sarjana'),
  kontenInternet: pl('konten-internet', 'Pengendali Konten Internet', 'sarjana'),
  teknisiSarpras: pl('teknisi-sarpras', 'Teknisi Sarana dan Prasarana', 'sarjana'),
  penilikJalan: pl('penilik-jalan', 'Penilik Jalan', 'slta'),
  operatorAlatBerat: pl('operator-alat-berat', 'Operator Alat Berat', 'slta'),
  bangunan: pl('penata-bangunan', 'Penata Bangunan Gedung dan Permukiman', 'diploma'),
  operatorSda: pl('operator-sda', 'Operator Sumber Daya Air', 'slta'),
  penataPppa: pl('penata-pppa', 'Penata Kelola Pemberdayaan Perempuan dan Perlindungan Anak', 'sarjana')
} satisfies Record<string, PelaksanaKind>;

/**
 * Kelas jabatan as commonly set in the kabupaten Perbup on kelas jabatan (after PermenPANRB
 * 39/2013 and its JF tables): the sample needs believable numbers, not a particular region's.
 */
export const JF_CLASS: Record<Grade, number> = {
  ahli_utama: 14,
  ahli_madya: 12,
  ahli_muda: 10,
  ahli_pertama: 8,
  penyelia: 8,
  mahir: 7,
  terampil: 6,
  pemula: 5
};

export const PELAKSANA_CLASS: Record<Schooling, number> = { sarjana: 7, diploma: 6, slta: 5, dasar: 3 };

/** Pangkat/golongan ruang a Pelaksana of that schooling typically holds. */
export const GOLONGAN: Record<Schooling, readonly string[]> = {
  sarjana: ['III/a', 'III/b', 'III/c', 'III/d'],
  diploma: ['II/c', 'II/d', 'III/a', 'III/b', 'III/c'],
  slta: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b'],
  dasar: ['I/c', 'I/d', 'II/a', 'II/b']
};

export const SCHOOLING_DEGREE: Record<Schooling, Degree> = { sarjana: 'sarjana', diploma: 'diploma', slta: 'none', dasar: 'none' };
