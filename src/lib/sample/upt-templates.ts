// UPTD a generated kabupaten can have, by parent Perangkat Daerah. `repeat` ones (one per area) get a
// place name; the others exist once. Pengawas-led ones have a Sub Bagian Tata Usaha, JF-led ones do not.
import { JF, PELAKSANA } from './catalog.ts';
import type { UptSpec } from './build-services.ts';

export interface UptTemplate {
  parent: string;
  repeat: boolean;
  spec: (place: string, id: string) => UptSpec;
}

export const UPT_TEMPLATES: readonly UptTemplate[] = [
  {
    parent: 'dinkes', repeat: false,
    spec: (_, id) => ({ id, name: 'UPTD Laboratorium Kesehatan Daerah', head: { level: 'fungsional', title: 'Kepala UPTD Laboratorium Kesehatan Daerah', kind: JF.laboran, grade: 'ahli_madya' }, jf: [JF.laboran], pelaksana: [PELAKSANA.operatorLab] })
  },
  {
    parent: 'dpupr', repeat: false,
    spec: (_, id) => ({ id, name: 'UPTD Peralatan dan Perbengkelan', head: { level: 'pengawas', title: 'Kepala UPTD Peralatan dan Perbengkelan' }, jf: [JF.jalanTerampil], pelaksana: [PELAKSANA.operatorAlatBerat, PELAKSANA.teknisiSarpras] })
  },
  {
    parent: 'distan', repeat: true,
    spec: (place, id) => ({ id, name: `UPTD Balai Penyuluhan Pertanian ${place}`, head: { level: 'pengawas', title: `Kepala UPTD Balai Penyuluhan Pertanian ${place}` }, jf: [JF.penyuluhPertanian], pelaksana: [PELAKSANA.pengolahData] })
  },
  {
    parent: 'distan', repeat: true,
    spec: (place, id) => ({ id, name: `UPTD Pusat Kesehatan Hewan ${place}`, head: { level: 'fungsional', title: `Kepala UPTD Pusat Kesehatan Hewan ${place}`, kind: JF.medikVeteriner, grade: 'ahli_muda' }, jf: [JF.medikVeteriner], pelaksana: [PELAKSANA.operatorLab] })
  },
  {
    parent: 'disdikbud', repeat: false,
    spec: (_, id) => ({ id, name: 'UPTD Sanggar Kegiatan Belajar', head: { level: 'fungsional', title: 'Kepala UPTD Sanggar Kegiatan Belajar', kind: JF.pamongBelajar, grade: 'ahli_madya' }, jf: [JF.pamongBelajar], pelaksana: [PELAKSANA.pengadministrasi] })
  },
  {
    parent: 'dlh', repeat: false,
    spec: (_, id) => ({ id, name: 'UPTD Laboratorium Lingkungan', head: { level: 'pengawas', title: 'Kepala UPTD Laboratorium Lingkungan' }, jf: [JF.lingkungan], pelaksana: [PELAKSANA.operatorLab] })
  },
  {
    parent: 'bapenda', repeat: true,
    spec: (place, id) => ({ id, name: `UPTD Pelayanan Pajak Daerah Wilayah ${place}`, head: { level: 'pengawas', title: `Kepala UPTD Pelayanan Pajak Daerah Wilayah ${place}` }, jf: [], pelaksana: [PELAKSANA.penataLayanan, PELAKSANA.operatorLayanan] })
  }
];
