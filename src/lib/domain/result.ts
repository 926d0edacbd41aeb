// The engine's output, as in ../shared/design/interchange.md ("Computed lines").
import { z } from 'zod';
import { LINE_KINDS, SEVERITIES } from './vocabulary.ts';
import { BasisSchema } from './variant.ts';

export const LineSchema = z.object({
  kind: z.enum(LINE_KINDS),
  subKind: z.string(),
  from: z.string(),
  to: z.string(),
  /** Id of the variant rule that produced the line. */
  rule: z.string(),
  label: z.string(),
  optional: z.boolean().optional(),
  /** Team the line belongs to, for team lines. */
  team: z.string().optional(),
  basis: BasisSchema
});
export type Line = z.infer<typeof LineSchema>;

export const FindingSchema = z.object({
  severity: z.enum(SEVERITIES),
  code: z.string(),
  positions: z.array(z.string()),
  message: z.string(),
  /** Variant rule or check behind the finding. */
  rule: z.string().optional(),
  basis: BasisSchema
});
export type Finding = z.infer<typeof FindingSchema>;

export const PositionRolesSchema = z.object({
  /** Pimpinan Unit Organisasi. */
  unitHead: z.string().nullable(),
  /** Pimpinan Unit Kerja (gives day-to-day work). */
  workUnitHead: z.string().nullable(),
  /** Pejabat Penilai Kinerja. */
  rater: z.string().nullable(),
  /** Who sets this position's performance (menetapkan kinerja). */
  performanceOwner: z.string().nullable(),
  /** Variant role ids (e.g. "kasubag"). */
  roles: z.array(z.string())
});
export type PositionRoles = z.infer<typeof PositionRolesSchema>;

export interface ComputeResult {
  variant: string;
  options: Record<string, string>;
  lines: Line[];
  findings: Finding[];
  /**
   * Roles by position id, iterated in file order. A lookup rather than a record: the engine indexes it on
   * first use and, after an edit, shares it with the previous result except for the roles that changed.
   */
  roles: ReadonlyMap<string, PositionRoles>;
}
