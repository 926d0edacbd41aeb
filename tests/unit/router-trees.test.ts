// Lines that share an end grow as one tree from it: a later line leaves the hub the way the earlier
// ones did and branches off where it must, oriented from its own `from` to its own `to`, never through
// a box, and never along a part of the tree that runs through an obstacle closed for this line.
import { describe, expect, it } from 'vitest';
import { OrthogonalRouter, portsOf, type Side } from '../../src/lib/layout/orthogonal-router.ts';
import { segmentCrossesRect } from '../../src/lib/layout/geometry.ts';
import type { ObstacleSet } from '../../src/lib/layout/frame-obstacles.ts';
import type { Point, Rect } from '../../src/lib/layout/scene.ts';

const bounds = { x: 0, y: 0, width: 4000, height: 4000 };
const ALL: Side[] = ['bottom', 'top', 'left', 'right'];
const hub = { x: 200, y: 100, width: 160, height: 50 };
/** A wall under the hub: no straight or elbow path reaches the targets, the grid search must go round. */
const wall = { x: 60, y: 400, width: 3600, height: 40 };
const targets: Rect[] = [0, 1, 2, 3].map((i) => ({ x: 2800 + i * 200, y: 3000, width: 160, height: 50 }));
const boxes = [hub, wall, ...targets];

function check(path: Point[] | null, obstacles: readonly Rect[]): Point[] {
  expect(path).not.toBeNull();
  for (let k = 1; k < path!.length; k++) {
    const [a, b] = [path![k - 1], path![k]];
    expect(a.x === b.x || a.y === b.y, JSON.stringify([a, b])).toBe(true);
    for (const r of obstacles) expect(segmentCrossesRect(a, b, r), `${JSON.stringify([a, b])} × ${JSON.stringify(r)}`).toBe(false);
  }
  return path!;
}

describe('lines that share an end', () => {
  it('grow as one tree from the hub: later lines follow the first one out of it and stay clear of every box', () => {
    const router = new OrthogonalRouter(boxes, bounds);
    const paths = targets.map((t) => check(router.route(portsOf(hub, ALL), portsOf(t, ALL), 'rating', undefined, undefined, { key: 'kadis', at: 'from' }), boxes));
    for (const [k, p] of paths.entries()) {
      expect(p[0], `line ${k} leaves the hub`).toEqual(paths[0][0]);
      expect(p[1]).toEqual(paths[0][1]);
      const t = targets[k];
      const end = p[p.length - 1];
      expect(end.x >= t.x && end.x <= t.x + t.width && end.y >= t.y && end.y <= t.y + t.height).toBe(true);
    }
    // The first line went round the wall (the grid search, not a direct path): the tree is what later lines followed.
    expect(paths[0].some((p) => p.y > wall.y + wall.height && (p.x < wall.x || p.x > wall.x + wall.width))).toBe(true);
  });

  it('a tree whose hub is the target is followed back into it, each line still drawn from its own start', () => {
    const router = new OrthogonalRouter(boxes, bounds);
    const paths = targets.map((t) => check(router.route(portsOf(t, ALL), portsOf(hub, ALL), 'reporting', undefined, undefined, { key: 'kabid', at: 'to' }), boxes));
    for (const [k, p] of paths.entries()) {
      const t = targets[k];
      expect(p[0].x >= t.x && p[0].x <= t.x + t.width && p[0].y >= t.y && p[0].y <= t.y + t.height).toBe(true);
      expect(p[p.length - 1]).toEqual(paths[0][paths[0].length - 1]);
    }
  });

  it('does not branch off a part of the tree that runs through a frame closed for the new line', () => {
    // The first line runs straight through frame F (no obstacle for it); F is closed for the second line,
    // whose end lies right beside the first one's: joining there would draw it through F.
    const frame = { x: 1500, y: 1000, width: 1000, height: 1000 };
    const start = { x: 1940, y: 100, width: 120, height: 40 };
    const first = { x: 1940, y: 2700, width: 120, height: 40 };
    const second = { x: 2200, y: 2700, width: 120, height: 40 };
    const set = (rects: Rect[]): ObstacleSet => {
      const meets = (r: Rect, w: Rect) => r.x < w.x + w.width && r.x + r.width > w.x && r.y < w.y + w.height && r.y + r.height > w.y;
      const inflated = rects.map((r) => ({ x: r.x - 10, y: r.y - 10, width: r.width + 20, height: r.height + 20 }));
      return { within: (w) => inflated.filter((r) => meets(r, w)), blocks: (w) => inflated.some((r) => meets(r, w)) };
    };
    const router = new OrthogonalRouter([], bounds);
    const tree = { key: 'a', at: 'from' as const };
    const one = check(router.route(portsOf(start, ['bottom']), portsOf(first, ['top']), 'rating', undefined, set([start, first, second]), tree), [start, first, second]);
    expect(one.some((p, k) => k > 0 && segmentCrossesRect(one[k - 1], p, frame))).toBe(true);
    const two = check(router.route(portsOf(start, ['bottom']), portsOf(second, ['top']), 'rating', undefined, set([start, frame, first, second]), tree), [start, frame, first]);
    expect(two[two.length - 1]).toEqual({ x: second.x + second.width / 2, y: second.y });
  });
});
