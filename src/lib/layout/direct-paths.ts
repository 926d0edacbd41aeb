// Most overlay lines join two boxes of one unit with nothing in between: a straight run or one or two
// elbows. Those few candidate paths are tested against the obstacles first; only when every one of them
// is blocked does the router build its grid and search (orthogonal-router.ts). A candidate is judged by
// the search's own cost (length, bends, bundling), so the cheapest free one is what the search would
// usually have found too.
import type { Point, Rect } from './scene.ts';

export interface End<P> {
  port: P;
  /** The point just outside the box, where the search starts or ends. */
  esc: Point;
  /** 1: leaves along x (left/right side), 2: along y (top/bottom). */
  axis: 1 | 2;
}

export interface DirectChoice<P> {
  start: End<P>;
  goal: End<P>;
  /** From start.esc to goal.esc, axis-parallel. */
  grid: Point[];
}

/** Ways from a to b: 0 straight (when aligned), 1–2 the single elbows, 3–4 the double elbows through the middle. */
function shapesOf(a: Point, b: Point): readonly number[] {
  return a.x === b.x || a.y === b.y ? STRAIGHT : ELBOWS;
}
const STRAIGHT = [0] as const;
const ELBOWS = [1, 2, 3, 4] as const;

/** Writes the points of a way into `out` (reused objects: candidates are costed by the thousand) and returns its length. */
function trace(a: Point, b: Point, shape: number, out: Point[]): number {
  const p0 = out[0];
  const p1 = out[1];
  const p2 = out[2];
  const p3 = out[3];
  p0.x = a.x;
  p0.y = a.y;
  if (shape === 0) {
    p1.x = b.x;
    p1.y = b.y;
    return 2;
  }
  if (shape <= 2) {
    p1.x = shape === 1 ? a.x : b.x;
    p1.y = shape === 1 ? b.y : a.y;
    p2.x = b.x;
    p2.y = b.y;
    return 3;
  }
  const my = (a.y + b.y) / 2;
  const mx = (a.x + b.x) / 2;
  p1.x = shape === 3 ? a.x : mx;
  p1.y = shape === 3 ? my : a.y;
  p2.x = shape === 3 ? b.x : mx;
  p2.y = shape === 3 ? my : b.y;
  p3.x = b.x;
  p3.y = b.y;
  return 4;
}

function inside(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

const scratch: Point[] = [0, 1, 2, 3].map(() => ({ x: 0, y: 0 }));
/** The first n scratch points as an array of length n (the same objects), for `cost`. */
const firstOf = [0, 1, 2, 3, 4].map((n) => scratch.slice(0, n));

/**
 * What a candidate costs at least: `perPx` per px of its length and `bend` per turn (counted from the
 * axis it leaves along, as `cost` does). With it, exact costs are computed only for the few candidates
 * that can still be the cheapest (a line has up to 64; most are never looked at).
 */
export interface CostFloor {
  perPx: number;
  bend: number;
}

/** Turns of a way (shapesOf) leaving along `axis`: shapes 1 and 3 start along y, 2 and 4 along x. */
function turnsOf(a: Point, b: Point, shape: number, axis: number): number {
  if (shape === 0) return (a.y === b.y ? 1 : 2) === axis ? 0 : 1;
  return (axis === (shape % 2 === 1 ? 2 : 1) ? 0 : 1) + (shape <= 2 ? 1 : 2);
}

/**
 * The cheapest free candidate between any start and any goal, or null when all are blocked.
 * `free(a, b)` says whether the open segment a–b meets no obstacle's interior; `cost(grid, axis)` is the
 * search's cost of the path when it leaves along `axis` (it must not keep `grid`: the array is reused).
 * With `floor` the answer is the same, found with fewer calls of `cost`.
 */
export function directPath<P>(starts: readonly End<P>[], goals: readonly End<P>[], bounds: Rect, free: (a: Point, b: Point) => boolean, cost: (grid: readonly Point[], axis: number) => number, floor?: CostFloor): DirectChoice<P> | null {
  // Candidates as (value, start, goal, shape) in flat arrays: thousands of lines per chart, dozens each.
  // A value is the exact cost once `exact` says so, else a lower bound of it.
  const values: number[] = [];
  const exact: boolean[] = [];
  const which: number[] = [];
  for (let si = 0; si < starts.length; si++) {
    const start = starts[si];
    if (!inside(start.esc, bounds)) continue;
    for (let gi = 0; gi < goals.length; gi++) {
      const goal = goals[gi];
      if (!inside(goal.esc, bounds) || (start.esc.x === goal.esc.x && start.esc.y === goal.esc.y)) continue;
      // Every shape is monotone: its length is the distance between the two escape points.
      const length = Math.abs(goal.esc.x - start.esc.x) + Math.abs(goal.esc.y - start.esc.y);
      const shapes = shapesOf(start.esc, goal.esc);
      for (let h = 0; h < shapes.length; h++) {
        const shape = shapes[h];
        if (floor) {
          // Slightly under: the exact cost sums per-segment products that may round the other way.
          values.push((floor.perPx * length + floor.bend * turnsOf(start.esc, goal.esc, shape, start.axis)) * (1 - 1e-9));
          exact.push(false);
        } else {
          values.push(cost(firstOf[trace(start.esc, goal.esc, shape, scratch)], start.axis));
          exact.push(true);
        }
        which.push((si * 64 + gi) * 8 + shape);
      }
    }
  }
  // Cheapest first (the earlier of equal ones): the first free one is the answer. A bound that could
  // undercut or tie the best exact cost is made exact first, so the order is the one exact costs give.
  // Candidates share segments (the same first leg from a port), so each segment is tested once.
  const tested: number[] = [];
  const isFree = (a: Point, b: Point) => {
    for (let t = 0; t < tested.length; t += 5) if (tested[t] === a.x && tested[t + 1] === a.y && tested[t + 2] === b.x && tested[t + 3] === b.y) return tested[t + 4] === 1;
    const ok = free(a, b);
    tested.push(a.x, a.y, b.x, b.y, ok ? 1 : 0);
    return ok;
  };
  for (;;) {
    let best = -1;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v === Infinity) continue;
      if (best < 0 || v < values[best] || (v === values[best] && !exact[k] && exact[best])) best = k;
    }
    if (best < 0) break;
    const shape = which[best] % 8;
    const gi = ((which[best] / 8) | 0) % 64;
    const si = (which[best] / 512) | 0;
    const n = trace(starts[si].esc, goals[gi].esc, shape, scratch);
    if (!exact[best]) {
      values[best] = cost(firstOf[n], starts[si].axis);
      exact[best] = true;
      continue;
    }
    values[best] = Infinity;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = isFree(scratch[k - 1], scratch[k]);
    if (ok) return { start: starts[si], goal: goals[gi], grid: firstOf[n].map((p) => ({ x: p.x, y: p.y })) };
  }
  return null;
}
