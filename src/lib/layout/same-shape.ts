// "Would a router draw the same lines here?": scene data compared without the text written in boxes.
// Routed lines (sub-unit-lines.ts, cross-edges.ts) avoid rectangles and never read titles, names or
// figures, so lines routed for one scene are right for another whose nodes have the same shape.
import type { PositionPlace, SceneEdge, SceneNode } from './scene.ts';

/** Fields that only carry text (or figures written as text); everything else is compared. */
const TEXT_ONLY = new Set(['title', 'detail', 'name', 'heading', 'staffing']);

/**
 * Structural equality of plain scene data (numbers, strings, arrays, plain objects), fields named in `skip`
 * left out on both sides. Walks keys with for…in (no key arrays allocated): a 10,000-position scene is
 * compared after every layout.
 */
export function sameData(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameData(a[i], b[i], skip)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (skip?.has(k)) continue;
    keys++;
    const v = x[k];
    if (v !== y[k] && !sameData(v, y[k], skip)) return false;
    if (v === undefined && !(k in y)) return false;
  }
  for (const k in y) if (!skip?.has(k)) keys--;
  return keys === 0;
}

/** Plain data equal except for text-only fields. */
export function sameShape(a: unknown, b: unknown): boolean {
  return sameData(a, b, TEXT_ONLY);
}

export function sameNodes(a: readonly SceneNode[], b: readonly SceneNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameShape(a[i], b[i])) return false;
  return true;
}

/** Same lines between the same ends along the same points. */
export function sameEdges(a: readonly SceneEdge[], b: readonly SceneEdge[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i].from !== b[i].from || a[i].to !== b[i].to || !sameShape(a[i].points, b[i].points))) return false;
  return true;
}

/** Same keys in the same order, each at the same node and row. */
export function samePlaces(a: Record<string, PositionPlace>, b: Record<string, PositionPlace>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    const x = a[ka[i]];
    const y = b[kb[i]];
    if (x.nodeId !== y.nodeId || x.row !== y.row) return false;
  }
  return true;
}
