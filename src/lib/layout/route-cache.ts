// Overlay routes of one top-level unit, kept between edits. The lines whose two ends lie in the same
// top-level unit are routed on their own, inside that unit's frame (plus half the gap to its
// neighbours), so their geometry depends only on the unit's drawing and on which lines it carries.
// After an edit only a unit whose drawing changed gets a new key: every other unit's routes come from
// here, moved to where the unit is drawn now.
import { contentHash } from './geometry.ts';
import type { Point, Rect, Scene, UnitFrameNode } from './scene.ts';

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

const keysOf = new WeakMap<Scene, Map<string, string>>();

/**
 * Per top-level unit, what the routes inside it depend on, relative to its frame: every frame, name
 * plate and box drawn in it (with the positions on them) and its kedudukan lines (overlay lines follow
 * the buses). An edit that leaves the drawing of a unit as it was (a new name that wraps the same) keeps
 * its key, so its routes are reused even inside the unit being edited.
 */
export function unitRouteKeys(scene: Scene, topOf: (unitId: string) => UnitFrameNode | undefined): Map<string, string> {
  let keys = keysOf.get(scene);
  if (keys) return keys;
  const parts = new Map<string, string[]>();
  const nodeTop = new Map<string, UnitFrameNode>();
  const put = (top: UnitFrameNode | undefined, text: string) => {
    if (!top) return;
    const list = parts.get(top.unitId);
    if (list) list.push(text);
    else parts.set(top.unitId, [text]);
  };
  const rel = (top: UnitFrameNode, r: Rect) => `${r.x - top.x},${r.y - top.y},${r.width},${r.height}`;
  for (const n of scene.nodes) {
    const top = topOf(n.unitId);
    if (!top) continue;
    nodeTop.set(n.id, top);
    if (n.kind === 'unitFrame') put(top, `f${n.unitId}:${rel(top, n)}:${rel(top, n.nameRect)}`);
    else if (n.kind === 'official') put(top, `o${n.positionId}:${rel(top, n)}`);
    else put(top, `g${n.id}:${rel(top, n)}:${n.rows.map((r) => `${r.positionId}@${rel(top, r)}`).join(';')}`);
  }
  for (const e of scene.edges) {
    if (e.kind !== 'kedudukan') continue;
    const top = nodeTop.get(scene.places[e.from]?.nodeId ?? '');
    if (top) put(top, `k${e.from}>${e.to}:${e.points.map((p) => `${p.x - top.x},${p.y - top.y}`).join(' ')}`);
  }
  keys = new Map([...parts].map(([unitId, list]) => [unitId, contentHash(list.join('\n'))]));
  keysOf.set(scene, keys);
  return keys;
}
