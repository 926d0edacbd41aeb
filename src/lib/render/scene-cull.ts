// What falls on one tiled page: the scene reduced to the frames, boxes and lines that intersect a
// rectangle (chart coordinates). Each page then carries only its own share of the chart, so a tiled
// export grows with the chart, not with chart × pages. Lines that cross the page are kept whole; the
// page's clip path cuts them at the edge.
import type { Point, Rect, Scene, SceneEdge, SceneNode } from '../layout/scene.ts';

/** Slack around the page (chart units) for stroke widths, arrowheads and the "+N" badge under a box. */
export const CULL_SLACK = 12;

export function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

function segmentMeets(p: Point, q: Point, r: Rect): boolean {
  // Scene lines are orthogonal, so a segment's bounding box is the segment itself; for a rare diagonal
  // (an unrouted line) the box is a safe over-approximation.
  return rectsMeet({ x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) }, r);
}

export function edgeMeets(e: SceneEdge, r: Rect): boolean {
  if (e.points.length === 1) return rectsMeet({ ...e.points[0], width: 0, height: 0 }, r);
  for (let i = 1; i < e.points.length; i++) if (segmentMeets(e.points[i - 1], e.points[i], r)) return true;
  return false;
}

export function nodeMeets(n: SceneNode, r: Rect): boolean {
  return rectsMeet(n, r);
}

/** The scene as seen through `view` (grown by CULL_SLACK): same size and title, fewer nodes and edges. */
export function cullScene(scene: Scene, view: Rect): Scene {
  const r = grow(view, CULL_SLACK);
  return { ...scene, nodes: scene.nodes.filter((n) => nodeMeets(n, r)), edges: scene.edges.filter((e) => edgeMeets(e, r)) };
}
