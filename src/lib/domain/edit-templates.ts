// SOTK templates: the typical structure of each kind of Perangkat Daerah after penyederhanaan birokrasi
// (structural posts kept where the usual SOTK keeps them, former Kepala Seksi/Subbidang posts become
// Kelompok JF under the Administrator). They are starting points the analyst edits, not rules: the
// variant checks the result. Positions are listed in nomenclature order (Sekretariat before Bidang).
import type { Position, Structure, Unit } from './structure.ts';
import type { Grade, Level, UnitType } from './vocabulary.ts';
import type { EditResult, IdMaker } from './edit.ts';

export interface TemplateNode {
  title: string;
  level: Level;
  grade?: Grade;
  count?: number;
  children?: TemplateNode[];
}

export interface UnitTemplate {
  type: UnitType;
  defaultName: string;
  head: TemplateNode;
}

const jf = (title: string, grade: Grade, count = 1): TemplateNode => ({ title, level: 'fungsional', grade, ...(count > 1 ? { count } : {}) });
const pel = (title: string, count = 1): TemplateNode => ({ title, level: 'pelaksana', ...(count > 1 ? { count } : {}) });
const adm = (title: string, children: TemplateNode[] = []): TemplateNode => ({ title, level: 'administrator', children });
const pgw = (title: string, children: TemplateNode[] = []): TemplateNode => ({ title, level: 'pengawas', children });

function sekretariatOpd(): TemplateNode {
  return adm('Sekretaris', [
    pgw('Kepala Subbagian Umum dan Kepegawaian', [pel('Pengadministrasi Perkantoran', 2)]),
    jf('Perencana Ahli Muda', 'ahli_muda'),
    jf('Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli_pertama')
  ]);
}

function bidang(name: string, jfTitle: string): TemplateNode {
  return adm(`Kepala Bidang ${name}`, [jf(`${jfTitle} Ahli Muda`, 'ahli_muda', 2), jf(`${jfTitle} Ahli Pertama`, 'ahli_pertama', 3), pel('Pengolah Data dan Informasi', 2)]);
}

export const UNIT_TEMPLATES: Record<Exclude<UnitType, 'lainnya'>, UnitTemplate> = {
  setda: {
    type: 'setda',
    defaultName: 'Sekretariat Daerah',
    head: {
      title: 'Sekretaris Daerah',
      level: 'jpt_pratama',
      children: [
        { title: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', level: 'jpt_pratama', children: [adm('Kepala Bagian Pemerintahan', [jf('Analis Kebijakan Ahli Muda', 'ahli_muda', 2)]), adm('Kepala Bagian Kesejahteraan Rakyat', [jf('Analis Kebijakan Ahli Pertama', 'ahli_pertama', 2)])] },
        { title: 'Asisten Perekonomian dan Pembangunan', level: 'jpt_pratama', children: [adm('Kepala Bagian Perekonomian dan SDA', [jf('Analis Kebijakan Ahli Muda', 'ahli_muda', 2)]), adm('Kepala Bagian Pengadaan Barang dan Jasa', [jf('Pengelola Pengadaan Barang/Jasa Ahli Muda', 'ahli_muda', 2)])] },
        { title: 'Asisten Administrasi Umum', level: 'jpt_pratama', children: [adm('Kepala Bagian Organisasi', [jf('Analis Kebijakan Ahli Muda', 'ahli_muda', 2), jf('Analis SDM Aparatur Ahli Pertama', 'ahli_pertama', 2)]), adm('Kepala Bagian Umum', [pgw('Kepala Subbagian Tata Usaha Pimpinan', [pel('Pengadministrasi Perkantoran', 3)])])] }
      ]
    }
  },
  setwan: {
    type: 'setwan',
    defaultName: 'Sekretariat DPRD',
    head: {
      title: 'Sekretaris DPRD',
      level: 'jpt_pratama',
      children: [
        adm('Kepala Bagian Umum dan Keuangan', [pgw('Kepala Subbagian Tata Usaha dan Kepegawaian', [pel('Pengadministrasi Perkantoran', 3)]), jf('Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli_pertama', 2)]),
        adm('Kepala Bagian Persidangan dan Perundang-undangan', [jf('Perancang Peraturan Perundang-undangan Ahli Muda', 'ahli_muda', 2), pel('Pengolah Data dan Informasi', 2)]),
        adm('Kepala Bagian Fasilitasi Penganggaran dan Pengawasan', [jf('Analis Kebijakan Ahli Pertama', 'ahli_pertama', 2)])
      ]
    }
  },
  inspektorat: {
    type: 'inspektorat',
    defaultName: 'Inspektorat',
    head: {
      title: 'Inspektur',
      level: 'jpt_pratama',
      children: [
        adm('Sekretaris', [pgw('Kepala Subbagian Umum dan Kepegawaian', [pel('Pengadministrasi Perkantoran', 2)]), jf('Perencana Ahli Pertama', 'ahli_pertama')]),
        ...['I', 'II', 'III', 'IV'].map((n) => adm(`Inspektur Pembantu Wilayah ${n}`, [jf('Auditor Ahli Muda', 'ahli_muda', 2), jf('Auditor Ahli Pertama', 'ahli_pertama', 3), jf('PPUPD Ahli Pertama', 'ahli_pertama')]))
      ]
    }
  },
  dinas: {
    type: 'dinas',
    defaultName: 'Dinas Baru',
    head: { title: 'Kepala Dinas', level: 'jpt_pratama', children: [sekretariatOpd(), bidang('Perencanaan', 'Analis Kebijakan'), bidang('Pelayanan', 'Penyuluh'), bidang('Pengendalian', 'Pengawas')] }
  },
  badan: {
    type: 'badan',
    defaultName: 'Badan Baru',
    head: { title: 'Kepala Badan', level: 'jpt_pratama', children: [sekretariatOpd(), bidang('Perencanaan', 'Perencana'), bidang('Pengembangan', 'Analis Kebijakan'), bidang('Evaluasi', 'Analis Kebijakan')] }
  },
  rsud: {
    type: 'rsud',
    defaultName: 'RSUD',
    head: {
      title: 'Direktur',
      level: 'jpt_pratama',
      children: [
        adm('Wakil Direktur Umum dan Keuangan', [pgw('Kepala Bagian Umum dan Kepegawaian', [pel('Pengadministrasi Perkantoran', 3)]), pgw('Kepala Bagian Keuangan', [jf('Analis Keuangan Pusat dan Daerah Ahli Pertama', 'ahli_pertama', 2)])]),
        adm('Wakil Direktur Pelayanan', [pgw('Kepala Bidang Pelayanan Medik', [jf('Dokter Ahli Madya', 'ahli_madya', 2), jf('Dokter Ahli Muda', 'ahli_muda', 4)]), pgw('Kepala Bidang Keperawatan', [jf('Perawat Ahli Muda', 'ahli_muda', 6), jf('Perawat Terampil', 'terampil', 12)])])
      ]
    }
  },
  kecamatan: {
    type: 'kecamatan',
    defaultName: 'Kecamatan Baru',
    head: {
      title: 'Camat',
      level: 'administrator',
      children: [
        adm('Sekretaris Kecamatan', [pgw('Kepala Subbagian Umum dan Kepegawaian', [pel('Pengadministrasi Perkantoran', 2)]), pel('Pengelola Keuangan')]),
        pgw('Kepala Seksi Pemerintahan', [pel('Pengadministrasi Pemerintahan', 2)]),
        pgw('Kepala Seksi Ketenteraman dan Ketertiban Umum', [pel('Pengadministrasi Umum', 2)]),
        pgw('Kepala Seksi Pemberdayaan Masyarakat', [pel('Pengadministrasi Umum', 2)])
      ]
    }
  },
  kelurahan: {
    type: 'kelurahan',
    defaultName: 'Kelurahan Baru',
    head: {
      title: 'Lurah',
      level: 'pengawas',
      children: [pgw('Sekretaris Kelurahan', [pel('Pengadministrasi Umum', 2)]), pgw('Kepala Seksi Pemerintahan dan Trantib', [pel('Pengadministrasi Pemerintahan')]), pgw('Kepala Seksi Pemberdayaan Masyarakat', [pel('Pengadministrasi Umum')])]
    }
  },
  upt: {
    type: 'upt',
    defaultName: 'UPT Baru',
    head: { title: 'Kepala UPT', level: 'pengawas', children: [pel('Pengadministrasi Perkantoran', 2), jf('Teknisi Ahli Pertama', 'ahli_pertama', 2), pel('Petugas Lapangan', 4)] }
  },
  puskesmas: {
    type: 'puskesmas',
    defaultName: 'UPTD Puskesmas',
    head: {
      title: 'Kepala Puskesmas',
      level: 'fungsional',
      grade: 'ahli_muda',
      children: [pgw('Kepala Subbagian Tata Usaha', [pel('Pengadministrasi Perkantoran', 2)]), jf('Dokter Ahli Pertama', 'ahli_pertama', 2), jf('Perawat Terampil', 'terampil', 6), jf('Bidan Terampil', 'terampil', 5), jf('Epidemiolog Kesehatan Ahli Pertama', 'ahli_pertama')]
    }
  },
  sekolah: {
    type: 'sekolah',
    defaultName: 'Sekolah Baru',
    head: {
      title: 'Kepala Sekolah',
      level: 'fungsional',
      grade: 'ahli_madya',
      children: [jf('Guru Ahli Madya', 'ahli_madya', 4), jf('Guru Ahli Muda', 'ahli_muda', 8), jf('Guru Ahli Pertama', 'ahli_pertama', 6), pel('Pengadministrasi Sekolah', 3)]
    }
  }
};

export const TEMPLATE_TYPES = Object.keys(UNIT_TEMPLATES) as (keyof typeof UNIT_TEMPLATES)[];

/**
 * Adds a unit built from its template. With `parentPosition`, the new head is placed under it and the
 * unit under that position's unit (a UPT or Puskesmas under its Dinas); otherwise it stands alone.
 * Returns the new head's id first and the new unit's id second.
 */
export function addUnitFromTemplate(
  s: Structure,
  type: keyof typeof UNIT_TEMPLATES,
  newId: IdMaker,
  opts: { name?: string; parentPosition?: string | null } = {}
): EditResult {
  const template = UNIT_TEMPLATES[type];
  const parent = opts.parentPosition ? s.positions.find((p) => p.id === opts.parentPosition) : undefined;
  if (opts.parentPosition && !parent) return { ok: false, reason: 'Jabatan atasan tidak ditemukan' };
  const unit: Unit = { id: newId('u'), name: opts.name?.trim() || template.defaultName, type, parent: parent?.unit ?? null };
  const added: Position[] = [];
  const walk = (node: TemplateNode, parentId: string | null) => {
    const p: Position = { id: newId('j'), unit: unit.id, title: node.title, level: node.level, parent: parentId };
    if (node.grade) p.grade = node.grade;
    if (node.count) p.count = node.count;
    added.push(p);
    for (const c of node.children ?? []) walk(c, p.id);
  };
  walk(template.head, parent?.id ?? null);
  return { ok: true, structure: { ...s, units: [...s.units, unit], positions: [...s.positions, ...added] }, ids: [added[0].id, unit.id] };
}

export function emptyStructure(title = ''): Structure {
  return { format: 'bagan-kerja', version: 1, title, units: [], positions: [], teams: [], assignments: [] };
}
