// Which jenjang of a JF a box is drawn for, and small helpers shared by the unit builders.
import { GRADE_RANK, type Grade } from '../domain/vocabulary.ts';
import type { JfKind } from './catalog.ts';
import type { Random } from './random.ts';

/**
 * How often a Peta Jabatan has a box of each jenjang. Ahli Utama is never drawn: in a kabupaten it is
 * rare and sits under a JPT, so the builders place it explicitly.
 */
const GRADE_LIKELIHOOD: Record<Grade, number> = {
  ahli_utama: 0,
  ahli_madya: 0.45,
  ahli_muda: 0.8,
  ahli_pertama: 0.65,
  penyelia: 0.35,
  mahir: 0.55,
  terampil: 0.65,
  pemula: 0.45
};

/** Jenjang present for one JF in one place, highest first; never empty. */
export function gradesFor(random: Random, kind: JfKind, detail: number): Grade[] {
  const chosen = kind.grades.filter((g) => random.chance(Math.min(1, GRADE_LIKELIHOOD[g] * detail)));
  if (chosen.length === 0) chosen.push(kind.grades.includes('ahli_muda') ? 'ahli_muda' : kind.grades[Math.floor(kind.grades.length / 2)]);
  return chosen.sort((a, b) => GRADE_RANK[b] - GRADE_RANK[a]);
}

/** A short id part from a name: "Surveilans dan Imunisasi" → "surveilans-imunisasi". */
export function slug(name: string, words = 2): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['dan', 'serta', 'pada', 'di', 'yang'].includes(w))
    .slice(0, words)
    .join('-');
}

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
