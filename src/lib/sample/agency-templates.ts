// Dinas and Badan of a kabupaten: Sekretariat plus Bidang, each Bidang with its usual Seksi and the
// JF that do its work. The first nine are the sample's; the rest let the generator grow a kabupaten.
import { JF, PELAKSANA, type JfKind, type PelaksanaKind } from './catalog.ts';

export interface BidangTemplate {
  key: string;
  /** After "Kepala Bidang …". */
  name: string;
  /** After "Kepala Seksi …". */
  seksi?: readonly string[];
  jf: readonly JfKind[];
  pelaksana?: readonly PelaksanaKind[];
}

export interface AgencyTemplate {
  key: string;
  type: 'dinas' | 'badan' | 'lainnya';
  /** Unit name, e.g. "Dinas Kesehatan"; the head is "Kepala " + name. */
  name: string;
  bidang: readonly BidangTemplate[];
  /** JF placed under the Sekretaris. */
  sekretariatJf?: readonly JfKind[];
}

const { penelaah, pengolahData, pengadministrasi, pengelolaLayanan, operatorLayanan } = PELAKSANA;

export const SAMPLE_AGENCIES: readonly AgencyTemplate[] = [
  {
    key: 'dinkes', type: 'dinas', name: 'Dinas Kesehatan', sekretariatJf: [JF.perencana, JF.adminkes],
    bidang: [
      { key: 'kesmas', name: 'Kesehatan Masyarakat', seksi: ['Kesehatan Keluarga dan Gizi', 'Promosi dan Pemberdayaan Masyarakat'], jf: [JF.nutrisionis, JF.promkes, JF.bidan], pelaksana: [PELAKSANA.pengelolaKesehatan] },
      { key: 'p2p', name: 'Pencegahan dan Pengendalian Penyakit', seksi: ['Surveilans dan Imunisasi', 'Pencegahan dan Pengendalian Penyakit Menular'], jf: [JF.epidemiolog, JF.sanitasi], pelaksana: [pengolahData] },
      { key: 'yankes', name: 'Pelayanan dan Sumber Daya Kesehatan', seksi: ['Pelayanan Kesehatan', 'Kefarmasian dan Alat Kesehatan'], jf: [JF.adminkes, JF.apoteker, JF.asistenApoteker], pelaksana: [PELAKSANA.penataKesehatan] }
    ]
  },
  {
    key: 'disdikbud', type: 'dinas', name: 'Dinas Pendidikan dan Kebudayaan', sekretariatJf: [JF.perencana, JF.arsiparis],
    bidang: [
      { key: 'paud', name: 'Pembinaan PAUD dan Pendidikan Nonformal', jf: [JF.penilik, JF.pamongBelajar] },
      { key: 'sd', name: 'Pembinaan Sekolah Dasar', seksi: ['Kurikulum dan Penilaian Sekolah Dasar', 'Peserta Didik dan Pembangunan Karakter'], jf: [JF.pengawasSekolah], pelaksana: [pengolahData] },
      { key: 'smp', name: 'Pembinaan Sekolah Menengah Pertama', jf: [JF.pengawasSekolah], pelaksana: [pengolahData] },
      { key: 'gtk', name: 'Guru dan Tenaga Kependidikan', jf: [JF.sdm], pelaksana: [penelaah] },
      { key: 'kebudayaan', name: 'Kebudayaan', jf: [JF.pamongBudaya] }
    ]
  },
  {
    key: 'dpupr', type: 'dinas', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', sekretariatJf: [JF.perencana, JF.pbj],
    bidang: [
      { key: 'bm', name: 'Bina Marga', seksi: ['Pembangunan Jalan dan Jembatan', 'Preservasi Jalan dan Jembatan'], jf: [JF.jalanAhli, JF.jalanTerampil], pelaksana: [PELAKSANA.penilikJalan, PELAKSANA.operatorAlatBerat] },
      { key: 'sda', name: 'Sumber Daya Air', jf: [JF.sdaAhli, JF.sdaTerampil], pelaksana: [PELAKSANA.operatorSda] },
      { key: 'ck', name: 'Cipta Karya', seksi: ['Bangunan Gedung', 'Air Minum dan Sanitasi'], jf: [JF.jasaKonstruksi], pelaksana: [PELAKSANA.bangunan] },
      { key: 'tr', name: 'Penataan Ruang', jf: [JF.penataRuang], pelaksana: [PELAKSANA.teknisiSarpras] }
    ]
  },
  {
    key: 'disdukcapil', type: 'dinas', name: 'Dinas Kependudukan dan Pencatatan Sipil', sekretariatJf: [JF.perencana],
    bidang: [
      { key: 'dafduk', name: 'Pelayanan Pendaftaran Penduduk', seksi: ['Identitas Penduduk', 'Pindah Datang Penduduk'], jf: [JF.adminduk], pelaksana: [pengelolaLayanan, operatorLayanan] },
      { key: 'capil', name: 'Pelayanan Pencatatan Sipil', seksi: ['Kelahiran dan Kematian', 'Perkawinan dan Perceraian'], jf: [], pelaksana: [pengelolaLayanan, operatorLayanan] },
      { key: 'piak', name: 'Pengelolaan Informasi Administrasi Kependudukan', jf: [JF.adminduk, JF.siak] },
      { key: 'pdip', name: 'Pemanfaatan Data dan Inovasi Pelayanan', jf: [JF.statistisi], pelaksana: [pengolahData] }
    ]
  },
  {
    key: 'diskominfo', type: 'dinas', name: 'Dinas Komunikasi dan Informatika', sekretariatJf: [JF.perencana],
    bidang: [
      { key: 'ikp', name: 'Informasi dan Komunikasi Publik', jf: [JF.humas], pelaksana: [PELAKSANA.kontenInternet] },
      { key: 'aptika', name: 'Aplikasi Informatika', jf: [JF.prakom], pelaksana: [PELAKSANA.sistemInformasi] },
      { key: 'sandistik', name: 'Persandian dan Statistik', jf: [JF.sandiman, JF.statistisi] }
    ]
  },
  {
    key: 'distan', type: 'dinas', name: 'Dinas Pertanian', sekretariatJf: [JF.perencana],
    bidang: [
      { key: 'tph', name: 'Tanaman Pangan dan Hortikultura', seksi: ['Produksi Tanaman Pangan', 'Perlindungan Tanaman'], jf: [JF.popt, JF.benih], pelaksana: [pengolahData] },
      { key: 'penyuluhan', name: 'Penyuluhan Pertanian', jf: [JF.penyuluhPertanian] },
      { key: 'keswan', name: 'Peternakan dan Kesehatan Hewan', jf: [JF.medikVeteriner], pelaksana: [PELAKSANA.operatorLab] },
      { key: 'psp', name: 'Prasarana dan Sarana Pertanian', jf: [], pelaksana: [PELAKSANA.teknisiSarpras, penelaah] }
    ]
  },
  {
    key: 'bappeda', type: 'badan', name: 'Badan Perencanaan Pembangunan Daerah', sekretariatJf: [JF.perencana],
    bidang: [
      { key: 'ppe', name: 'Perencanaan, Pengendalian dan Evaluasi Pembangunan', jf: [JF.perencana] },
      { key: 'pmp', name: 'Pemerintahan dan Pembangunan Manusia', jf: [JF.perencana] },
      { key: 'esda', name: 'Perekonomian dan Sumber Daya Alam', jf: [JF.perencana] },
      { key: 'ipw', name: 'Infrastruktur dan Pengembangan Wilayah', jf: [JF.perencana, JF.penataRuang] },
      { key: 'litbang', name: 'Penelitian dan Pengembangan', jf: [JF.ak], pelaksana: [penelaah] }
    ]
  },
  {
    key: 'bpkad', type: 'badan', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', sekretariatJf: [JF.perencana],
    bidang: [
      { key: 'anggaran', name: 'Anggaran', jf: [JF.ak], pelaksana: [penelaah, pengolahData] },
      { key: 'perbendaharaan', name: 'Perbendaharaan', seksi: ['Belanja Langsung', 'Kas Daerah'], jf: [], pelaksana: [penelaah, pengolahData, pengadministrasi] },
      { key: 'akuntansi', name: 'Akuntansi dan Pelaporan', jf: [JF.prakom], pelaksana: [penelaah, pengolahData] },
      { key: 'aset', name: 'Pengelolaan Aset Daerah', jf: [JF.penilai], pelaksana: [pengolahData] }
    ]
  },
  {
    key: 'bkpsdm', type: 'badan', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', sekretariatJf: [JF.arsiparis],
    bidang: [
      { key: 'pik', name: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian', jf: [JF.sdm, JF.pranataSdm, JF.prakom] },
      { key: 'mutasi', name: 'Mutasi dan Promosi', jf: [JF.sdm, JF.asesor] },
      { key: 'pkap', name: 'Pengembangan Kompetensi Aparatur', jf: [JF.sdm] },
      { key: 'pkp', name: 'Penilaian Kinerja Aparatur dan Penghargaan', jf: [JF.sdm, JF.pranataSdm] }
    ]
  }
];

function extra(key: string, type: 'dinas' | 'badan', name: string, bidang: [string, string, JfKind[]][]): AgencyTemplate {
  return {
    key, type, name, sekretariatJf: [JF.perencana],
    bidang: bidang.map(([k, n, jf]) => ({ key: k, name: n, jf, pelaksana: [penelaah, pengolahData] }))
  };
}

/** Further Perangkat Daerah a larger generated kabupaten gets, in the order it gets them. */
export const MORE_AGENCIES: readonly AgencyTemplate[] = [
  extra('dinsos', 'dinas', 'Dinas Sosial', [['rehsos', 'Rehabilitasi Sosial', [JF.pekerjaSosial]], ['linjamsos', 'Perlindungan dan Jaminan Sosial', [JF.penyuluhSosial]], ['pfm', 'Penanganan Fakir Miskin', [JF.pekerjaSosial]]]),
  extra('dlh', 'dinas', 'Dinas Lingkungan Hidup', [['ppklh', 'Pengendalian Pencemaran dan Kerusakan Lingkungan', [JF.lingkungan]], ['penaatan', 'Penataan dan Penaatan Lingkungan Hidup', [JF.pengawasLh]], ['persampahan', 'Pengelolaan Sampah dan Limbah B3', [JF.lingkungan]]]),
  extra('dpmptsp', 'dinas', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', [['perizinan', 'Pelayanan Perizinan dan Nonperizinan', [JF.perizinan]], ['pm', 'Penanaman Modal', [JF.ak]]]),
  extra('disnaker', 'dinas', 'Dinas Tenaga Kerja', [['penta', 'Penempatan dan Pelatihan Tenaga Kerja', [JF.pengantarKerja]], ['hi', 'Hubungan Industrial', [JF.mediator]]]),
  extra('disdagperin', 'dinas', 'Dinas Perdagangan dan Perindustrian', [['perdagangan', 'Perdagangan', [JF.perdagangan]], ['metrologi', 'Metrologi Legal', [JF.penera]], ['perindustrian', 'Perindustrian', [JF.ak]]]),
  extra('dinkopukm', 'dinas', 'Dinas Koperasi dan Usaha Mikro', [['koperasi', 'Pengawasan Koperasi', [JF.koperasi]], ['um', 'Pemberdayaan Usaha Mikro', [JF.ak]]]),
  extra('diskan', 'dinas', 'Dinas Perikanan', [['budidaya', 'Perikanan Budidaya', [JF.penyuluhPerikanan]], ['tangkap', 'Perikanan Tangkap', [JF.penyuluhPerikanan]]]),
  extra('disparpora', 'dinas', 'Dinas Pariwisata, Pemuda dan Olahraga', [['pariwisata', 'Destinasi dan Pemasaran Pariwisata', [JF.pariwisata]], ['olahraga', 'Keolahragaan', [JF.pelatihOlahraga]]]),
  extra('disperkim', 'dinas', 'Dinas Perumahan dan Kawasan Permukiman', [['perumahan', 'Perumahan', [JF.perumahan]], ['kawasan', 'Kawasan Permukiman', [JF.perumahan]]]),
  extra('dkp', 'dinas', 'Dinas Ketahanan Pangan', [['ketersediaan', 'Ketersediaan dan Distribusi Pangan', [JF.pangan]], ['konsumsi', 'Konsumsi dan Keamanan Pangan', [JF.pangan]]]),
  extra('dppkb', 'dinas', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', [['dalduk', 'Pengendalian Penduduk', [JF.penataKb]], ['kb', 'Keluarga Berencana', [JF.penataKb]]]),
  extra('dpmd', 'dinas', 'Dinas Pemberdayaan Masyarakat dan Desa', [['pemdes', 'Pemerintahan Desa', [JF.psm]], ['pmd', 'Pemberdayaan Masyarakat Desa', [JF.psm]]]),
  extra('dispusip', 'dinas', 'Dinas Perpustakaan dan Kearsipan', [['perpustakaan', 'Perpustakaan', [JF.pustakawan]], ['kearsipan', 'Kearsipan', [JF.arsiparis]]]),
  extra('dishub', 'dinas', 'Dinas Perhubungan', [['lalin', 'Lalu Lintas dan Angkutan', [JF.ak]], ['sarpras', 'Sarana dan Prasarana Perhubungan', [JF.ak]]]),
  extra('dp3a', 'dinas', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', [['pp', 'Pemberdayaan Perempuan', [JF.pekerjaSosial]], ['pa', 'Perlindungan Anak', [JF.pekerjaSosial]]]),
  extra('bapenda', 'badan', 'Badan Pendapatan Daerah', [['pendataan', 'Pendataan dan Penetapan', [JF.penilai]], ['penagihan', 'Penagihan dan Keberatan', [JF.ak]]]),
  extra('kesbangpol', 'badan', 'Badan Kesatuan Bangsa dan Politik', [['ideologi', 'Ideologi dan Wawasan Kebangsaan', [JF.ak]], ['politik', 'Politik Dalam Negeri', [JF.ak]]]),
  extra('bpbd', 'badan', 'Badan Penanggulangan Bencana Daerah', [['pk', 'Pencegahan dan Kesiapsiagaan', [JF.kebencanaan]], ['kl', 'Kedaruratan dan Logistik', [JF.kebencanaan]], ['rr', 'Rehabilitasi dan Rekonstruksi', [JF.kebencanaan]]])
];

/** The `lainnya` unit of every kabupaten: Satpol PP with the fire service as one of its Bidang. */
export const SATPOL_PP: AgencyTemplate = {
  key: 'satpolpp', type: 'lainnya', name: 'Satuan Polisi Pamong Praja',
  bidang: [
    { key: 'gakda', name: 'Penegakan Peraturan Daerah', jf: [JF.polpp], pelaksana: [PELAKSANA.pengelolaTrantibum] },
    { key: 'tibum', name: 'Ketertiban Umum dan Ketenteraman Masyarakat', seksi: ['Operasi dan Pengendalian', 'Perlindungan Masyarakat'], jf: [JF.polpp], pelaksana: [PELAKSANA.pranataTrantibum] },
    { key: 'damkar', name: 'Pemadam Kebakaran dan Penyelamatan', jf: [JF.damkar], pelaksana: [PELAKSANA.operatorLayanan] }
  ]
};
