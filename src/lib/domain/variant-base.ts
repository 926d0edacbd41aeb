// The building blocks of the variant format shared by its parts: keys, texts, the legal basis every rule
// carries, option conditions and the position matcher.
import { z } from 'zod';
import { GRADES, LEVELS, UNIT_TYPES } from './vocabulary.ts';

export const Key = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, 'Gunakan huruf kecil, angka, titik, garis bawah atau tanda hubung');
export const Text = z.string().min(1).max(4000);
const Keyword = z.string().min(1).max(80);

export const BasisSchema = z.object({
  /** Seed file name in ../shared/seeds/, or a document name for custom variants. */
  source: z.string().min(1).max(200),
  /** Pasal / ayat / Lampiran section / Gambar. */
  ref: z.string().min(1).max(300),
  /** Line numbers in the seed text, e.g. "L423–L425". */
  lines: z.string().max(100).optional(),
  /** Verbatim quote, Bahasa Indonesia as in the regulation. */
  quote: z.string().min(1).max(4000)
});
export type Basis = z.infer<typeof BasisSchema>;

/** Conditions on the variant's options: every key must have one of the listed values. */
export const OptionConditionSchema = z.record(Key, z.union([Key, z.array(Key).min(1)]));
export type OptionCondition = z.infer<typeof OptionConditionSchema>;

/**
 * Describes a set of positions. All given fields must hold (AND); lists are alternatives (OR).
 * Text matching is by case-insensitive keyword (never a regular expression: a variant file from
 * another office must not be able to hang the engine).
 */
export const PositionMatchSchema = z.object({
  levels: z.array(z.enum(LEVELS)).optional(),
  grades: z.array(z.enum(GRADES)).optional(),
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  /** None of these unit types: a general rule that leaves some types to their own, more specific rules. */
  unitTypesExcept: z.array(z.enum(UNIT_TYPES)).optional(),
  unitNameIncludes: z.array(Keyword).optional(),
  /** None of these keywords in the unit name (e.g. every Dinas except those a text names separately). */
  unitNameExcludes: z.array(Keyword).optional(),
  titleIncludes: z.array(Keyword).optional(),
  titleExcludes: z.array(Keyword).optional(),
  /** Head of its unit (Pimpinan Unit Organisasi). */
  unitHead: z.boolean().optional(),
  /** Structural depth inside the unit: 1 = the head, 2 = the officials directly under it, … */
  depth: z.array(z.number().int().min(1).max(20)).optional(),
  /** Role ids from the variant's `roles`. */
  roles: z.array(Key).optional(),
  /** Matches a position that leads a unit whose type is listed (e.g. the JF head of a Puskesmas). */
  headOfUnitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  /** Whether the position has a `workUnder` (works in another official's unit than its kedudukan). */
  hasWorkUnder: z.boolean().optional(),
  /** Whether the position holds PPK authority by delegation (`delegatedPpk` in the structure). */
  delegatedPpk: z.boolean().optional(),
  /** The position still exists on this date ("YYYY-MM-DD"): it has no `effectiveUntil` before it. */
  existsOnOrAfter: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional()
});
export type PositionMatch = z.infer<typeof PositionMatchSchema>;
