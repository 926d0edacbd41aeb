// Shared by the sambas-2024-18 test files: the variant, a runner and small line/finding queries.
import { compute } from '../../../src/lib/domain/compute.ts';
import type { ComputeResult } from '../../../src/lib/domain/result.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { LineKind } from '../../../src/lib/domain/vocabulary.ts';
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';

export const variant = loadBuiltinVariant('sambas-2024-18');
export const run = (s: Structure, options: Record<string, string> = {}) => compute(s, variant, options);
/** Where the lines of a kind from a position go (reporting runs staff → superior). */
export const targetsOf = (r: ComputeResult, kind: LineKind, from: string, subKind?: string) =>
  r.lines.filter((l) => l.kind === kind && l.from === from && (subKind === undefined || l.subKind === subKind)).map((l) => l.to);
export const found = (r: ComputeResult, code: string, position?: string) =>
  r.findings.filter((f) => f.code === code && (position === undefined || f.positions.includes(position)));
