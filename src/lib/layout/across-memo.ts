// Kedudukan lines between top-level units (cross-edges.ts) are routed over the whole scene: at 10,000
// positions that costs more than re-laying out the edited unit. Those lines depend only on where boxes
// and frames are, which lines the blocks already draw, and who sits under whom; so after an edit that
// moves no box (a rename, a changed count, an edit that keeps every size) the previous request's lines
// are taken again (same-shape.ts: the router never reads the text written in boxes).
import type { StructureIndex } from '../domain/structure-index.ts';
import type { LayoutCache, MovedBlock } from './block.ts';
import { routeKedudukanAcross } from './cross-edges.ts';
import type { Scene, SceneEdge } from './scene.ts';
import { sameEdges, sameNodes } from './same-shape.ts';

function samePlaced(a: MovedBlock, b: MovedBlock): boolean {
  return a === b || (sameNodes(a.nodes, b.nodes) && sameEdges(a.edges, b.edges));
}

interface Routed {
  placed: readonly MovedBlock[];
  places: Scene['places'];
  width: number;
  height: number;
  /** Every unit head's id and kedudukan parent (not the record: a renamed head keeps its line); hidden positions. */
  heads: string[];
  hidden: ReadonlySet<string>;
  extra: SceneEdge[];
}

const lastRouted = new WeakMap<LayoutCache, Routed>();

function headsOf(index: StructureIndex): string[] {
  const out: string[] = [];
  for (const id of index.headedUnit.keys()) out.push(id, index.positions.get(id)?.parent ?? '');
  return out;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** routeKedudukanAcross, taking the previous request's lines when nothing they depend on has changed. */
export function routeAcrossReusing(cache: LayoutCache, scene: Scene, placed: readonly MovedBlock[], index: StructureIndex, hidden: ReadonlySet<string>): Scene {
  const heads = headsOf(index);
  const last = lastRouted.get(cache);
  if (
    last &&
    last.places === scene.places &&
    last.width === scene.width &&
    last.height === scene.height &&
    last.placed.length === placed.length &&
    sameList(last.heads, heads) &&
    sameSet(last.hidden, hidden) &&
    placed.every((p, i) => samePlaced(p, last.placed[i]))
  ) {
    lastRouted.set(cache, { ...last, placed });
    return last.extra.length ? { ...scene, edges: [...scene.edges, ...last.extra] } : scene;
  }
  const routed = routeKedudukanAcross(scene, index, hidden);
  lastRouted.set(cache, { placed, places: scene.places, width: scene.width, height: scene.height, heads, hidden: new Set(hidden), extra: routed.edges.slice(scene.edges.length) });
  return routed;
}
