// Geometry of a bundle: branches routed one after another into the same knot are cut where they
// first touch what is already drawn, so the lines of one team merge into a tree instead of running
// side by side. Axis-parallel segments only (the router's output).
import { simplify } from './geometry.ts';
import type { Point } from './scene.ts';

export type Segment = readonly [Point, Point];

const EPS = 0.01;

function between(v: number, a: number, b: number): boolean {
  return v >= Math.min(a, b) - EPS && v <= Math.max(a, b) + EPS;
}

/** The point of c–d nearest to `a` along a–b where the two axis-parallel segments meet, or null. */
export function contactPoint(a: Point, b: Point, c: Point, d: Point): Point | null {
  const abH = Math.abs(a.y - b.y) < EPS;
  const cdH = Math.abs(c.y - d.y) < EPS;
  if (abH && cdH) {
    if (Math.abs(a.y - c.y) > EPS) return null;
    const lo = Math.max(Math.min(a.x, b.x), Math.min(c.x, d.x));
    const hi = Math.min(Math.max(a.x, b.x), Math.max(c.x, d.x));
    if (lo > hi + EPS) return null;
    return { x: b.x >= a.x ? lo : hi, y: a.y };
  }
  if (!abH && !cdH) {
    if (Math.abs(a.x - c.x) > EPS) return null;
    const lo = Math.max(Math.min(a.y, b.y), Math.min(c.y, d.y));
    const hi = Math.min(Math.max(a.y, b.y), Math.max(c.y, d.y));
    if (lo > hi + EPS) return null;
    return { x: a.x, y: b.y >= a.y ? lo : hi };
  }
  const [h0, h1, v0, v1] = abH ? [a, b, c, d] : [c, d, a, b];
  if (!between(v0.x, h0.x, h1.x) || !between(h0.y, v0.y, v1.y)) return null;
  return { x: v0.x, y: h0.y };
}

/**
 * Cuts `path` (drawn from its first point) at its first contact with `tree`. Returns the kept part
 * and the junction, or the whole path and null when it never touches the tree.
 */
export function mergeInto(path: readonly Point[], tree: readonly Segment[]): { points: Point[]; junction: Point | null } {
  for (let k = 0; k + 1 < path.length; k++) {
    const a = path[k];
    const b = path[k + 1];
    let best: Point | null = null;
    let bestDist = Infinity;
    for (const [c, d] of tree) {
      const p = contactPoint(a, b, c, d);
      if (!p) continue;
      const dist = Math.abs(p.x - a.x) + Math.abs(p.y - a.y);
      if (dist < bestDist) {
        best = p;
        bestDist = dist;
      }
    }
    // A branch that touches the tree right where it leaves its own box is still a branch: it keeps
    // at least a stub so the member visibly hangs on the bundle.
    if (best && (k > 0 || bestDist > EPS)) return { points: simplify([...path.slice(0, k + 1), best]), junction: best };
  }
  return { points: simplify(path), junction: null };
}

export function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) out.push([points[i - 1], points[i]]);
  return out;
}
