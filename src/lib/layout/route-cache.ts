// Overlay routes of one top-level unit, kept between edits. The lines whose two ends lie in the same
// top-level unit are routed on their own, inside that unit's frame (plus half the gap to its
// neighbours), so their geometry depends only on the unit's drawing and on which lines it carries.
// After an edit only a unit whose drawing changed gets a new key: every other unit's routes come from
// here, moved to where the unit is drawn now.
import type { Point, Rect, Scene, SceneEdge, SceneNode, UnitFrameNode } from './scene.ts';
import { ContentKeys } from './content-key.ts';

export interface CachedRoute {
  id: string;
  /** Relative to the unit frame's top-left corner. */
  points: Point[];
  unrouted?: boolean;
}

export class RouteCache {
  private readonly map = new Map<string, CachedRoute[]>();
  constructor(private readonly limit = 2000) {}

  get(key: string): CachedRoute[] | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, routes: CachedRoute[]): void {
    this.map.set(key, routes);
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}

const drawnOf = new WeakMap<Scene, Map<string, { top: UnitFrameNode; nodes: SceneNode[]; edges: SceneEdge[] }>>();

/**
 * What the routes inside one top-level unit depend on, relative to its frame: every frame, name plate
 * and box drawn in it (with the positions on them) and its kedudukan lines (overlay lines follow the
 * buses). An edit that leaves the drawing of a unit as it was (a new name that wraps the same) keeps
 * this key while the unit's block key changes, so its routes are reused even inside the edited unit.
 * Built only for the units asked for (a unit whose block key already hit is never asked).
 */
export function unitDrawingKey(scene: Scene, unitId: string, topOf: (unitId: string) => UnitFrameNode | undefined): string | undefined {
  let units = drawnOf.get(scene);
  if (!units) {
    units = new Map();
    const topByUnit = new Map<string, UnitFrameNode | undefined>();
    const nodeTop = new Map<string, string>();
    for (const n of scene.nodes) {
      if (!topByUnit.has(n.unitId)) topByUnit.set(n.unitId, topOf(n.unitId));
      const top = topByUnit.get(n.unitId);
      if (!top) continue;
      nodeTop.set(n.id, top.unitId);
      const u = units.get(top.unitId) ?? units.set(top.unitId, { top, nodes: [], edges: [] }).get(top.unitId)!;
      u.nodes.push(n);
    }
    for (const e of scene.edges) {
      const u = e.kind === 'kedudukan' ? units.get(nodeTop.get(scene.places[e.from]?.nodeId ?? '') ?? '') : undefined;
      u?.edges.push(e);
    }
    drawnOf.set(scene, units);
  }
  const u = units.get(unitId);
  if (!u) return undefined;
  const { top } = u;
  // As text (joined natively) keyed by ContentKeys: a Dinas Pendidikan has thousands of boxes and bus
  // lines, and a per-character hash in script cost more than the text while the code is cold.
  const parts: (string | number)[] = [];
  const rect = (r: Rect) => void parts.push(px(r.x - top.x), px(r.y - top.y), px(r.width), px(r.height));
  for (const n of u.nodes) {
    if (n.kind === 'unitFrame') {
      parts.push('f', n.unitId);
      rect(n);
      rect(n.nameRect);
    } else if (n.kind === 'official') {
      parts.push('o', n.positionId);
      rect(n);
    } else {
      parts.push('g', n.id);
      rect(n);
      for (const r of n.rows) {
        parts.push(r.positionId);
        rect(r);
      }
    }
  }
  for (const e of u.edges) {
    parts.push('k', e.from, e.to);
    for (const p of e.points) parts.push(px(p.x - top.x), px(p.y - top.y));
  }
  return drawingKeys.keyOf(parts.join('\u0001'));
}

/** To 1/64 px. */
const px = (v: number) => Math.round(v * 64);

const drawingKeys = new ContentKeys('d', 4 * 2 ** 20);
