// A laid-out unit (with its sub-units) in its own coordinates, cached by content hash and moved as a
// whole when composed: a box never moves relative to its unit when an unrelated unit changes.
import type { PositionPlace, SceneEdge, SceneNode } from './scene.ts';
import { translate } from './geometry.ts';

export interface Block {
  key: string;
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  places: Record<string, PositionPlace>;
  /** Top centre of the unit head's box and its vertical middle, relative to the block. */
  head: { x: number; y: number; midY: number; left: number } | null;
}

export function moveBlock(block: Block, dx: number, dy: number): Pick<Block, 'nodes' | 'edges' | 'places'> {
  const nodes = block.nodes.map((n): SceneNode => {
    if (n.kind === 'staffGroup') return { ...n, x: n.x + dx, y: n.y + dy, rows: n.rows.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy })) };
    if (n.kind === 'unitFrame') return { ...n, x: n.x + dx, y: n.y + dy, nameRect: { ...n.nameRect, x: n.nameRect.x + dx, y: n.nameRect.y + dy } };
    return { ...n, x: n.x + dx, y: n.y + dy };
  });
  const edges = block.edges.map((e) => ({ ...e, points: translate(e.points, dx, dy) }));
  return { nodes, edges, places: block.places };
}

/** Bounded memo of unit blocks by content key. */
export class LayoutCache {
  private readonly map = new Map<string, Promise<Block>>();
  constructor(private readonly limit = 5000) {}

  get(key: string, make: () => Promise<Block>): Promise<Block> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const made = make();
    this.map.set(key, made);
    made.catch(() => this.map.delete(key));
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
    return made;
  }

  get size(): number {
    return this.map.size;
  }
}
