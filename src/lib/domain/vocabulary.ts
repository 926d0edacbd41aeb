// The closed vocabularies of structure file v1 (../shared/design/interchange.md) and their
// Indonesian labels. Everything else (schemas, UI pickers, CLI help) derives from these lists.

export const UNIT_TYPES = [
  'setda',
  'setwan',
  'inspektorat',
  'dinas',
  'badan',
  'rsud',
  'kecamatan',
  'kelurahan',
  'upt',
  'puskesmas',
  'sekolah',
  'lainnya'
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_LABEL: Record<UnitType, string> = {
  setda: 'Sekretariat Daerah',
  setwan: 'Sekretariat DPRD',
  inspektorat: 'Inspektorat',
  dinas: 'Dinas',
  badan: 'Badan',
  rsud: 'RSUD',
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  upt: 'UPT',
  puskesmas: 'Puskesmas',
  sekolah: 'Sekolah',
  lainnya: 'Lainnya'
};

export const LEVELS = ['jpt_pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL: Record<Level, string> = {
  jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  fungsional: 'Jabatan Fungsional',
  pelaksana: 'Pelaksana'
};

/** Smaller is higher; used for "at least Pengawas" style checks. */
export const LEVEL_RANK: Record<Level, number> = {
  jpt_pratama: 1,
  administrator: 2,
  pengawas: 3,
  fungsional: 4,
  pelaksana: 5
};

export const STRUCTURAL_LEVELS: readonly Level[] = ['jpt_pratama', 'administrator', 'pengawas'];
export const STAFF_LEVELS: readonly Level[] = ['fungsional', 'pelaksana'];

export function isStructural(level: Level): boolean {
  return LEVEL_RANK[level] <= 3;
}

export const GRADES = [
  'ahli_utama',
  'ahli_madya',
  'ahli_muda',
  'ahli_pertama',
  'penyelia',
  'mahir',
  'terampil',
  'pemula'
] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABEL: Record<Grade, string> = {
  ahli_utama: 'Ahli Utama',
  ahli_madya: 'Ahli Madya',
  ahli_muda: 'Ahli Muda',
  ahli_pertama: 'Ahli Pertama',
  penyelia: 'Penyelia',
  mahir: 'Mahir',
  terampil: 'Terampil',
  pemula: 'Pemula'
};

/** keahlian outranks keterampilan; within a category higher jenjang first (4 = highest). */
export const GRADE_RANK: Record<Grade, number> = {
  ahli_utama: 8,
  ahli_madya: 7,
  ahli_muda: 6,
  ahli_pertama: 5,
  penyelia: 4,
  mahir: 3,
  terampil: 2,
  pemula: 1
};

export function isKeahlian(grade: Grade): boolean {
  return grade.startsWith('ahli_');
}

export const LINE_KINDS = ['performance', 'rating', 'assignment', 'reporting'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const LINE_KIND_LABEL: Record<LineKind, string> = {
  performance: 'Penetapan kinerja',
  rating: 'Penilaian kinerja',
  assignment: 'Penugasan',
  reporting: 'Pelaporan'
};

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Galat',
  warning: 'Peringatan',
  info: 'Info'
};
