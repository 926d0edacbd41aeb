// Overlay routes of one top-level unit, kept between edits. The lines whose two ends lie in the same
// top-level unit are routed on their own, inside that unit's frame (plus half the gap to its
// neighbours), so their geometry depends only on the unit's laid-out block and on which lines it
// carries. After an edit only the changed unit's block gets a new key: every other unit's routes come
// from here, moved to where the unit is drawn now.
import type { Point } from './scene.ts';

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
