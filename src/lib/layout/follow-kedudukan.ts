// An overlay line between a position and the head of one of its many sub-units (a Kepala Dinas rating
// each of 900 Kepala Sekolah) runs where the kedudukan bus already runs: it is drawn beside that line,
// in its layer's lane, instead of being searched for again across the whole Dinas. That keeps
// the chart readable (the line to a far Sekolah is visibly the same way as the tree line) and costs
// nothing per line where a search would cost a grid over hundreds of frames.
import type { OverlayLayer, Point, Scene } from './scene.ts';
import { BUS_FROM } from './sub-unit-lines.ts';

/** px beside the kedudukan line; never 0 (that is the kedudukan line itself), less than the router margin. */
const BESIDE: Record<OverlayLayer, number> = { performance: -8, rating: -4, assignment: 4, reporting: 8, team: 6 };

/** Bus lines (sub-unit-lines.ts) by "from>to", built once per scene: only those are followed. */
const paths = new WeakMap<Scene, Map<string, Point[]>>();

function busPaths(scene: Scene, unitOf: (positionId: string) => string | undefined): Map<string, Point[]> {
  let map = paths.get(scene);
  if (!map) {
    const into = new Map<string, { key: string; points: Point[] }[]>();
    for (const e of scene.edges) {
      if (e.kind !== 'kedudukan' || e.points.length < 2 || unitOf(e.from) === unitOf(e.to)) continue;
      const list = into.get(e.from) ?? [];
      list.push({ key: `${e.from}>${e.to}`, points: e.points });
      into.set(e.from, list);
    }
    map = new Map();
    for (const list of into.values()) if (list.length > BUS_FROM) for (const { key, points } of list) map.set(key, points);
    paths.set(scene, map);
  }
  return map;
}

/** Shifts an orthogonal path sideways, keeping every segment axis-parallel and the ends on their boxes. */
export function besideShift(points: readonly Point[], d: number): Point[] {
  if (points.length === 2) {
    const [a, b] = points;
    const vertical = Math.abs(a.x - b.x) < 0.01;
    return points.map((p) => (vertical ? { x: p.x + d, y: p.y } : { x: p.x, y: p.y + d }));
  }
  return points.map((p, i) => {
    if (i === 0 || i === points.length - 1) {
      const n = points[i === 0 ? 1 : points.length - 2];
      return Math.abs(n.x - p.x) < 0.01 ? { x: p.x + d, y: p.y } : { x: p.x, y: p.y + d };
    }
    return { x: p.x + d, y: p.y + d };
  });
}

/**
 * The path for a line from → to drawn beside their kedudukan bus line, or null when the two are in the
 * same unit or no bus line joins them (the router draws those).
 */
export function alongKedudukan(scene: Scene, unitOf: (positionId: string) => string | undefined, from: string, to: string, layer: OverlayLayer): Point[] | null {
  if (unitOf(from) === unitOf(to)) return null;
  const map = busPaths(scene, unitOf);
  const down = map.get(`${from}>${to}`);
  const up = down ? undefined : map.get(`${to}>${from}`);
  const path = down ?? (up ? [...up].reverse() : undefined);
  return path ? besideShift(path, BESIDE[layer]) : null;
}
