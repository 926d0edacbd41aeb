// Reads the values offices write in peta jabatan cells: "JPT Pratama", "Eselon II.b", "III/a", "Ahli Muda",
// "Fungsional", "Pelaksana", "JFU"… into the structure vocabulary. Unknown values are problems, never guesses.
import type { Grade, Level, UnitType } from '../../domain/vocabulary.ts';
import { GRADES, GRADE_LABEL, UNIT_TYPES, UNIT_TYPE_LABEL } from '../../domain/vocabulary.ts';

const norm = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

export function parseGrade(raw: string): Grade | undefined {
  const v = norm(raw).replace(/^jenjang /, '').replace(/_/g, ' ');
  for (const g of GRADES) if (v === norm(GRADE_LABEL[g]) || v === g.replace('_', ' ')) return g;
  if (v === 'terampil' || v === 'trampil') return 'terampil';
  return undefined;
}

/** The jenjang at the end of a JF title ("Analis Kebijakan Ahli Muda"). */
export function gradeFromTitle(title: string): Grade | undefined {
  const t = norm(title);
  for (const g of GRADES) if (t.endsWith(' ' + norm(GRADE_LABEL[g]))) return g;
  return undefined;
}

export function parseLevel(raw: string): { level: Level; grade?: Grade } | undefined {
  const v = norm(raw).replace(/^jabatan /, '').replace(/^pejabat /, '');
  if (!v) return undefined;
  if (/^(jpt|jabatan pimpinan tinggi|pimpinan tinggi)( pratama)?$/.test(v) || /^(eselon )?ii([ .\/-]?[ab])?$/.test(v)) return { level: 'jpt_pratama' };
  if (v === 'administrator' || /^(eselon )?iii([ .\/-]?[ab])?$/.test(v)) return { level: 'administrator' };
  if (v === 'pengawas' || /^(eselon )?iv([ .\/-]?[ab])?$/.test(v)) return { level: 'pengawas' };
  if (/^(pelaksana|jfu|fungsional umum|jabatan pelaksana|staf|staff)$/.test(v)) return { level: 'pelaksana' };
  if (/^(fungsional|jft|fungsional tertentu|jf)$/.test(v)) return { level: 'fungsional' };
  const grade = parseGrade(v.replace(/^(jf|fungsional|jft) /, ''));
  if (grade) return { level: 'fungsional', grade };
  return undefined;
}

export function parseCount(raw: string): number | undefined | 'invalid' {
  const v = raw.trim();
  if (v === '' || v === '-') return undefined;
  if (!/^\d{1,6}$/.test(v)) return 'invalid';
  return Number(v);
}

const UNIT_TYPE_WORDS: [RegExp, UnitType][] = [
  [/^sekretariat daerah|^setda\b/, 'setda'],
  [/sekretariat dprd|^setwan\b|dewan perwakilan/, 'setwan'],
  [/^inspektorat/, 'inspektorat'],
  [/rumah sakit|^rsud\b/, 'rsud'],
  [/puskesmas/, 'puskesmas'],
  [/^(upt|uptd)\b|unit pelaksana teknis/, 'upt'],
  [/^kelurahan/, 'kelurahan'],
  [/^kecamatan/, 'kecamatan'],
  [/^(sd|smp|sekolah|sdn|smpn|tk)\b/, 'sekolah'],
  [/^dinas\b/, 'dinas'],
  [/^badan\b/, 'badan']
];

export function unitTypeFromName(name: string): UnitType {
  const n = norm(name);
  for (const [re, t] of UNIT_TYPE_WORDS) if (re.test(n)) return t;
  return 'lainnya';
}

/** An explicit unit type cell: the code name ("dinas") or its label ("Sekretariat Daerah"). */
export function parseUnitType(raw: string): UnitType | undefined {
  const v = norm(raw);
  return UNIT_TYPES.find((t) => t === v || norm(UNIT_TYPE_LABEL[t]) === v);
}
