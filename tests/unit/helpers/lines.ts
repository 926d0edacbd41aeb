// Assertions over engine output that read like the oracle cases: has(r, 'rating', kabid, epid).
import type { ComputeResult } from '../../../src/lib/domain/result.ts';
import type { LineKind } from '../../../src/lib/domain/vocabulary.ts';

export function linesOf(r: ComputeResult, kind: LineKind, opts: { subKind?: string; includeOptional?: boolean } = {}) {
  return r.lines.filter((l) => l.kind === kind && (opts.subKind === undefined || l.subKind === opts.subKind) && (opts.includeOptional ?? true ? true : !l.optional));
}

export function has(r: ComputeResult, kind: LineKind, from: string, to: string, subKind?: string): boolean {
  return linesOf(r, kind, { subKind }).some((l) => l.from === from && l.to === to);
}

/** Sources of lines of a kind into a position (e.g. every rater of a position: should be one). */
export function sourcesInto(r: ComputeResult, kind: LineKind, to: string, subKind?: string): string[] {
  return linesOf(r, kind, { subKind }).filter((l) => l.to === to).map((l) => l.from);
}

export function codes(r: ComputeResult): string[] {
  return r.findings.map((f) => f.code);
}
