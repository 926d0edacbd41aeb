// Schema check of an edited structure that looks only at what the edit replaced. Edits (edit*.ts) return a
// new structure that shares every untouched unit, position, team and assignment object with the one before,
// and those were checked when they entered; re-parsing all 10,000 positions on every keystroke cost ~50 ms.
import { z } from 'zod';
import { AssignmentSchema, PositionSchema, StructureSchema, TeamSchema, UnitSchema, type Structure } from './structure.ts';

const HEADER = StructureSchema.pick({ format: true, version: true, title: true });
const RECORDS = [
  ['units', UnitSchema],
  ['positions', PositionSchema],
  ['teams', TeamSchema],
  ['assignments', AssignmentSchema]
] as const;
const MAX_RECORDS = 100000;

/** The same verdict as `StructureSchema.safeParse(after)` when `before` was valid; null when valid. */
export function editedStructureError(before: Structure, after: Structure): z.ZodError | null {
  const header = HEADER.safeParse(after);
  if (!header.success) return header.error;
  for (const [key, schema] of RECORDS) {
    const next: readonly unknown[] = after[key];
    const prev: readonly unknown[] = before[key];
    if (next === prev) continue;
    // Limits and anything that is not a plain list go through the full schema.
    if (!Array.isArray(next) || next.length > MAX_RECORDS) {
      const full = StructureSchema.safeParse(after);
      return full.success ? null : full.error;
    }
    const known = new Set(prev);
    for (let i = 0; i < next.length; i++) {
      if (known.has(next[i])) continue;
      const r = (schema as z.ZodType).safeParse(next[i]);
      if (!r.success) return new z.ZodError(r.error.issues.map((issue) => ({ ...issue, path: [key, i, ...issue.path] })));
    }
  }
  return null;
}
