import { describe, expect, it } from 'vitest';
import { OrthogonalRouter, portsOf } from '../../src/lib/layout/orthogonal-router.ts';
import { segmentCrossesRect } from '../../src/lib/layout/geometry.ts';
import { directPath } from '../../src/lib/layout/direct-paths.ts';

const bounds = { x: 0, y: 0, width: 1000, height: 1000 };
const a = { x: 100, y: 100, width: 100, height: 40 };
const b = { x: 100, y: 400, width: 100, height: 40 };

describe('direct paths before the grid search', () => {
  it('takes the straight way when nothing is between the boxes', () => {
    const router = new OrthogonalRouter([a, b], bounds);
    const path = router.route(portsOf(a, ['bottom', 'top', 'left', 'right']), portsOf(b, ['bottom', 'top', 'left', 'right']), 'rating')!;
    expect(path[0]).toEqual({ x: 150, y: 140 });
    expect(path[path.length - 1]).toEqual({ x: 150, y: 400 });
    expect(path.every((p) => p.x === 150)).toBe(true);
  });

  it('goes round a box in the way, through no box', () => {
    const wall = { x: 60, y: 250, width: 180, height: 40 };
    const router = new OrthogonalRouter([a, b, wall], bounds);
    const path = router.route(portsOf(a, ['bottom']), portsOf(b, ['top']), 'rating')!;
    expect(path).not.toBeNull();
    for (let k = 1; k < path.length; k++) {
      expect(path[k - 1].x === path[k].x || path[k - 1].y === path[k].y).toBe(true);
      expect(segmentCrossesRect(path[k - 1], path[k], wall)).toBe(false);
    }
  });

  it('returns the cheapest free candidate and null when every candidate is blocked', () => {
    const end = (x: number, y: number, axis: 1 | 2) => ({ port: null, esc: { x, y }, axis });
    const starts = [end(0, 0, 2)];
    const goals = [end(100, 100, 2)];
    const cost = (grid: readonly { x: number; y: number }[]) => grid.length;
    const pick = directPath(starts, goals, bounds, (p, q) => !(p.x === 0 && q.x === 0), cost);
    // The elbow leaving along x is the only one whose first leg is not on x = 0.
    expect(pick?.grid).toEqual([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }]);
    expect(directPath(starts, goals, bounds, () => false, cost)).toBeNull();
  });

  it('with a cost floor, picks what computing every cost picks, computing fewer', () => {
    // A small deterministic generator: ends around a square, costs that are the floor plus a surcharge.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const floor = { perPx: 0.45, bend: 24 };
    for (let trial = 0; trial < 200; trial++) {
      const end = () => ({ port: null, esc: { x: Math.round(rand() * 20) * 10, y: Math.round(rand() * 20) * 10 }, axis: (rand() < 0.5 ? 1 : 2) as 1 | 2 });
      const starts = [end(), end(), end()];
      const goals = [end(), end()];
      const surcharge = new Map<string, number>();
      let calls = 0;
      const cost = (grid: readonly { x: number; y: number }[], axis: number) => {
        calls++;
        let c = 0;
        for (let k = 1; k < grid.length; k++) {
          const seg = grid[k - 1].y === grid[k].y ? 1 : 2;
          if (seg !== axis) c += floor.bend;
          axis = seg;
          const len = Math.abs(grid[k].x - grid[k - 1].x) + Math.abs(grid[k].y - grid[k - 1].y);
          const key = `${grid[k - 1].x},${grid[k - 1].y},${grid[k].x},${grid[k].y}`;
          if (!surcharge.has(key)) surcharge.set(key, [0.45, 1, 1.6][Math.floor(rand() * 3)]);
          c += len * surcharge.get(key)!;
        }
        return c;
      };
      const free = (p: { x: number; y: number }, q: { x: number; y: number }) => {
        const key = `${p.x},${p.y},${q.x},${q.y}`;
        if (!surcharge.has(`free ${key}`)) surcharge.set(`free ${key}`, rand());
        return surcharge.get(`free ${key}`)! > 0.4;
      };
      const all = directPath(starts, goals, bounds, free, cost);
      const allCalls = calls;
      calls = 0;
      expect(directPath(starts, goals, bounds, free, cost, floor)).toEqual(all);
      expect(calls).toBeLessThanOrEqual(allCalls);
    }
  });
});
