// Small pure helpers behind the variant forms: list fields that disappear when emptied (an empty list
// in a PositionMatch would match nothing, which is never what a form user means), comma-separated
// keywords, new rules with unique ids and a placeholder basis the validator asks to be filled in.
import type { Basis, Check, LineRule, PositionMatch, RaterRule, Role, Variant } from '../../domain/variant.ts';

/** Adds or removes `value` from `obj[key]`; removes the key when the list becomes empty. */
export function toggleIn<T extends object, K extends keyof T>(obj: T, key: K, value: string, on: boolean): void {
  const list = ((obj[key] as unknown as string[] | undefined) ?? []).filter((x) => x !== value);
  if (on) list.push(value);
  if (list.length === 0) delete obj[key];
  else (obj as Record<K, unknown>)[key] = list;
}

/** "puskesmas, sekolah" → ["puskesmas", "sekolah"]; empty → the key is removed. */
export function setKeywords<T extends object, K extends keyof T>(obj: T, key: K, text: string): void {
  const list = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) delete obj[key];
  else (obj as Record<K, unknown>)[key] = list;
}

export function setNumbers<T extends object, K extends keyof T>(obj: T, key: K, text: string): void {
  const list = text.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n));
  if (list.length === 0) delete obj[key];
  else (obj as Record<K, unknown>)[key] = list;
}

/** Tri-state boolean: '' removes the key, 'ya'/'tidak' set it. */
export function setTri<T extends object, K extends keyof T>(obj: T, key: K, value: '' | 'ya' | 'tidak'): void {
  if (value === '') delete obj[key];
  else (obj as Record<K, unknown>)[key] = value === 'ya';
}

export function triOf(v: boolean | undefined): '' | 'ya' | 'tidak' {
  return v === undefined ? '' : v ? 'ya' : 'tidak';
}

export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** A basis the user must complete: the source names the variant's document; ref and quote are empty (invalid until filled). */
export function blankBasis(v: Variant): Basis {
  return { source: v.identity.sourceFile, ref: '', quote: '' };
}

export function newRaterRule(v: Variant): RaterRule {
  return { id: uniqueId('aturan-penilai', v.raterRules.map((r) => r.id)), candidate: {}, effect: 'allow', basis: blankBasis(v) };
}

export function newLineRule(v: Variant): LineRule {
  return {
    id: uniqueId('garis', v.lineRules.map((r) => r.id)),
    kind: 'rating',
    subKind: 'ppk',
    label: 'Garis baru',
    subject: { levels: ['fungsional', 'pelaksana'] },
    from: 'rater',
    to: 'self',
    basis: blankBasis(v)
  };
}

export function newRole(v: Variant): Role {
  return { id: uniqueId('peran', v.roles.map((r) => r.id)), label: 'Peran baru', match: {} };
}

export const SIMPLE_CHECKS = [
  'noRater',
  'unitHead',
  'staffUnderStaff',
  'teamLeadOutsideOwner',
  'teamLeadNotStaff',
  'teamStructuralMember',
  'teamWithoutLead',
  'sukarelaCrossInstansi',
  'sukarelaCrossUnit',
  'assignmentWithoutEnd',
  'assignmentOutsideTeam',
  'workUnitHeadUnderRater',
  'teamLeadNotPengawas',
  'assignmentMissingContents'
] as const;

export const CHECK_LABEL: Record<Check['check'], string> = {
  noRater: 'JF/Pelaksana tanpa Pejabat Penilai Kinerja',
  unitHead: 'Unit tanpa pimpinan',
  staffUnderStaff: 'JF/Pelaksana di bawah JF/Pelaksana',
  raterMinLevel: 'Tingkat minimal Pejabat Penilai Kinerja',
  maxLevels: 'Jumlah tingkat struktur maksimal',
  placement: 'Penempatan jabatan',
  teamLeadOutsideOwner: 'Ketua Tim dari luar unit pemilik',
  teamLeadNotStaff: 'Ketua Tim bukan JF/Pelaksana',
  teamStructuralMember: 'Pejabat struktural sebagai anggota tim',
  teamWithoutLead: 'Tim tanpa Ketua',
  sukarelaCrossInstansi: 'Penugasan sukarela lintas instansi',
  sukarelaCrossUnit: 'Penugasan sukarela lintas unit',
  assignmentWithoutEnd: 'Penugasan tanpa tanggal akhir',
  assignmentOutsideTeam: 'Penugasan lintas unit di luar tim',
  workUnitHeadUnderRater: 'Pimpinan Unit Kerja bukan PPK atau bawahan langsungnya',
  teamLeadNotPengawas: 'Ketua Tim bukan Pengawas padahal ada Pengawas',
  assignmentMissingContents: 'Isi penugasan tidak lengkap',
  assignmentRequestForm: 'Bentuk permohonan (tertulis/lisan) tidak sesuai',
  assignmentAcknowledgement: 'Permohonan tanpa "Mengetahui" atasan langsung',
  teamLeadEligible: 'Pejabat struktural yang dapat menjadi Ketua Tim',
  ketuaPelaksanaRequirements: 'Persyaratan Pelaksana sebagai Ketua Tim',
  teamAcrossInstansi: 'Tim lintas instansi'
};

export function newCheck(v: Variant, check: Check['check']): Check {
  const base = { severity: 'warning' as const, basis: blankBasis(v) };
  if (check === 'raterMinLevel') return { check, ...base, minLevel: 'pengawas', except: [] };
  if (check === 'maxLevels') return { check, ...base, max: 4 };
  if (check === 'teamLeadEligible') return { check, ...base, allowed: [{ levels: ['pengawas'] }] };
  if (check === 'ketuaPelaksanaRequirements') return { check, ...base, experience: false };
  if (check === 'placement') return { check, ...base, code: 'PENEMPATAN', message: 'Penempatan {0} di bawah {1} tidak sesuai', staff: {}, parent: {} };
  return { check, ...base } as Check;
}

/** Moves item i one place up (-1) or down (+1); rater rules are ordered (the first matching rule decides). */
export function move<T>(list: T[], i: number, by: -1 | 1): void {
  const j = i + by;
  if (j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j], list[i]];
}

export function isEmptyMatch(m: PositionMatch | undefined): boolean {
  return !m || Object.keys(m).length === 0;
}
