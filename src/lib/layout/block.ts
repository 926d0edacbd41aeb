// A laid-out unit (with its sub-units) in its own coordinates, cached by content hash and moved as a
// whole when composed: a box never moves relative to its unit when an unrelated unit changes.
import type { PositionPlace, SceneEdge, SceneNode } from './scene.ts';
import { translate } from './geometry.ts';
import { BoxContentMemo } from './box-content.ts';
import { PlanMemo } from './unit-plan.ts';
import { samePlaces } from './same-shape.ts';
import { LinesMemo } from './lines-memo.ts';

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

function moveNode(n: SceneNode, dx: number, dy: number): SceneNode {
  if (n.kind === 'staffGroup') return { ...n, x: n.x + dx, y: n.y + dy, rows: n.rows.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy })) };
  if (n.kind === 'unitFrame') return { ...n, x: n.x + dx, y: n.y + dy, nameRect: { ...n.nameRect, x: n.nameRect.x + dx, y: n.nameRect.y + dy } };
  return { ...n, x: n.x + dx, y: n.y + dy };
}

function moveEdge(e: SceneEdge, dx: number, dy: number): SceneEdge {
  return { ...e, points: translate(e.points, dx, dy) };
}

export function moveBlock(block: Block, dx: number, dy: number): MovedBlock {
  return { nodes: block.nodes.map((n) => moveNode(n, dx, dy)), edges: block.edges.map((e) => moveEdge(e, dx, dy)), places: block.places };
}

/**
 * moveBlock by the same offset as an earlier version of the block was moved: nodes and edges the two versions
 * share (the sub-units an edit did not touch) keep their moved copies, so only what changed is new.
 */
function moveAgain(block: Block, dx: number, dy: number, before: Block, movedBefore: MovedBlock): MovedBlock {
  const nodeCopies = new Map<SceneNode, SceneNode>();
  before.nodes.forEach((n, i) => nodeCopies.set(n, movedBefore.nodes[i]));
  const edgeCopies = new Map<SceneEdge, SceneEdge>();
  before.edges.forEach((e, i) => edgeCopies.set(e, movedBefore.edges[i]));
  return {
    nodes: block.nodes.map((n) => nodeCopies.get(n) ?? moveNode(n, dx, dy)),
    edges: block.edges.map((e) => edgeCopies.get(e) ?? moveEdge(e, dx, dy)),
    places: block.places
  };
}

type Places = Record<string, PositionPlace>;

export type MovedBlock = Pick<Block, 'nodes' | 'edges' | 'places'>;

/**
 * Bounded memo of unit blocks by content key, with what lets an edit skip untouched units altogether:
 * each unit's last plan, wrapped box texts per record, sub-unit lines, and each block as last placed.
 */
export class LayoutCache {
  private readonly map = new Map<string, Promise<Block>>();
  readonly plans = new PlanMemo();
  readonly contents = new BoxContentMemo();
  readonly lines = new LinesMemo();
  /** Each unit's block as last placed (one per unit, so old versions of an edited unit are not kept twice). */
  private readonly placed = new Map<string, { block: Block; x: number; y: number; moved: MovedBlock }>();
  /** The last merge of places per slot (a unit's block, or the scene), and the parts it was merged from. */
  private readonly merged = new Map<string, { parts: readonly Places[]; places: Places }>();
  constructor(private readonly limit = 5000) {}

  /**
   * Places merged in order: the object of the slot's last merge again when every part has the same places
   * as then (an edit that adds, removes or regroups no box). Merging 10,000 keys costs more than comparing,
   * and an unchanged object lets the next merge up compare by identity: `byIdentity` when every part is such
   * a merge (a part that is a new object has then changed, or is at worst merged again).
   */
  mergePlaces(slot: string, parts: readonly Places[], byIdentity = false): Places {
    const last = this.merged.get(slot);
    const same = (p: Places, i: number) => p === last!.parts[i] || (!byIdentity && samePlaces(p, last!.parts[i]));
    if (last && last.parts.length === parts.length && parts.every(same)) {
      this.merged.set(slot, { parts, places: last.places });
      return last.places;
    }
    const places: Places = {};
    // A plain loop: Object.assign into a 10,000-key object is about twice as slow.
    for (const part of parts) for (const id in part) places[id] = part[id];
    this.merged.set(slot, { parts, places });
    return places;
  }

  /** moveBlock, reusing the moved copies of what this unit's block had when last placed at the same spot. */
  move(block: Block, x: number, y: number): MovedBlock {
    const unitId = block.nodes[0]?.kind === 'unitFrame' ? block.nodes[0].unitId : null;
    if (unitId === null) return moveBlock(block, x, y);
    const last = this.placed.get(unitId);
    if (last && last.block === block && last.x === x && last.y === y) return last.moved;
    const moved = last && last.x === x && last.y === y ? moveAgain(block, x, y, last.block, last.moved) : moveBlock(block, x, y);
    this.placed.set(unitId, { block, x, y, moved });
    return moved;
  }

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
