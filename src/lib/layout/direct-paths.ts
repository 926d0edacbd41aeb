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

/** Candidate grid paths from a to b: straight, both single elbows, both double elbows through the middle. */
function candidates(a: Point, b: Point): Point[][] {
  if (a.x === b.x || a.y === b.y) return [[a, b]];
  const my = (a.y + b.y) / 2;
  const mx = (a.x + b.x) / 2;
  return [
    [a, { x: a.x, y: b.y }, b],
    [a, { x: b.x, y: a.y }, b],
    [a, { x: a.x, y: my }, { x: b.x, y: my }, b],
    [a, { x: mx, y: a.y }, { x: mx, y: b.y }, b]
  ];
}

function inside(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

/**
 * The cheapest free candidate between any start and any goal, or null when all are blocked.
 * `free(a, b)` says whether the open segment a–b meets no obstacle's interior; `cost(grid, axis)` is the
 * search's cost of the path when it leaves along `axis`.
 */
export function directPath<P>(starts: readonly End<P>[], goals: readonly End<P>[], bounds: Rect, free: (a: Point, b: Point) => boolean, cost: (grid: readonly Point[], axis: number) => number): DirectChoice<P> | null {
  const all: { c: number; choice: DirectChoice<P> }[] = [];
  for (const start of starts) {
    if (!inside(start.esc, bounds)) continue;
    for (const goal of goals) {
      if (!inside(goal.esc, bounds) || (start.esc.x === goal.esc.x && start.esc.y === goal.esc.y)) continue;
      for (const grid of candidates(start.esc, goal.esc)) all.push({ c: cost(grid, start.axis), choice: { start, goal, grid } });
    }
  }
  // Cheapest first: the first free one is the answer. Candidates share segments (the same first leg
  // from a port), so each segment is tested once.
  all.sort((a, b) => a.c - b.c);
  const tested = new Map<string, boolean>();
  const isFree = (a: Point, b: Point) => {
    const key = `${a.x},${a.y},${b.x},${b.y}`;
    let ok = tested.get(key);
    if (ok === undefined) tested.set(key, (ok = free(a, b)));
    return ok;
  };
  for (const { choice } of all) {
    const { grid } = choice;
    let ok = true;
    for (let k = 1; k < grid.length && ok; k++) ok = isFree(grid[k - 1], grid[k]);
    if (ok) return choice;
  }
  return null;
}
