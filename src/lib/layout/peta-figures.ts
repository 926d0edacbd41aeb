// Figures of the Peta Jabatan view: per position B (bezetting: people holding the post), K (kebutuhan from
// the Analisis Beban Kerja) and ± (B − K), and their roll-ups per unit and for the whole kabupaten, as in
// the official peta jabatan format. B follows the structure contract (`count`, default 1). A post without
// K is not counted as zero need: it stays out of K and ± and is reported as "tanpa K".
import type { Position, Structure } from '../domain/structure.ts';

export type StaffingView = 'sotk' | 'peta';

export interface PositionFigures {
  b: number;
  k: number | null;
  /** B − K; null when K is unknown. */
  balance: number | null;
}

export interface Totals {
  b: number;
  /** Sum of K over the posts that have one. */
  k: number;
  /** Sum of (B − K) over the posts that have K. */
  balance: number;
  positions: number;
  /** Posts without K (kebutuhan not filled in). */
  withoutNeed: number;
}

export function positionFigures(p: Pick<Position, 'count' | 'need'>): PositionFigures {
  const b = p.count ?? 1;
  return p.need === undefined ? { b, k: null, balance: null } : { b, k: p.need, balance: b - p.need };
}

const emptyTotals = (): Totals => ({ b: 0, k: 0, balance: 0, positions: 0, withoutNeed: 0 });

function add(t: Totals, f: PositionFigures): void {
  t.b += f.b;
  t.positions += 1;
  if (f.k === null) t.withoutNeed += 1;
  else {
    t.k += f.k;
    t.balance += f.balance!;
  }
}

/**
 * Totals per unit, each including its sub-units (a Dinas includes its UPT, a Kecamatan its Kelurahan),
 * as the unit's frame contains theirs; `all` is the whole structure (the kabupaten).
 */
export function staffingTotals(s: Structure): { byUnit: Map<string, Totals>; all: Totals } {
  const parentOf = new Map(s.units.map((u) => [u.id, u.parent]));
  const byUnit = new Map(s.units.map((u) => [u.id, emptyTotals()]));
  const all = emptyTotals();
  for (const p of s.positions) {
    const f = positionFigures(p);
    add(all, f);
    // Walk up the unit chain; the guard stops on a (refused elsewhere) unit cycle.
    const seen = new Set<string>();
    for (let u: string | null | undefined = p.unit; u && !seen.has(u); u = parentOf.get(u)) {
      seen.add(u);
      const t = byUnit.get(u);
      if (t) add(t, f);
    }
  }
  return { byUnit, all };
}

/** "+2", "−1" (minus sign), "0". */
export function formatBalance(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** No-break space: a label stays with its number when a line wraps ("± −1" never splits). */
const NBSP = '\u00a0';

export function figuresLine(f: PositionFigures): string {
  return `B${NBSP}${f.b} · K${NBSP}${f.k ?? '–'} · ±${NBSP}${f.balance === null ? '–' : formatBalance(f.balance)}`;
}

export function totalsLine(t: Totals): string {
  const missing = t.withoutNeed > 0 ? ` (${t.withoutNeed}${NBSP}jabatan tanpa K)` : '';
  return `B${NBSP}${t.b} · K${NBSP}${t.k} · ±${NBSP}${formatBalance(t.balance)}${missing}`;
}
