// Edit-to-repaint (issue 7): the chart redraws only what an edit changed.
// - `keepIdentity`: a freshly laid-out scene is all new objects, so the canvas's keyed #each blocks would
//   hand every box new props and re-run every box's effects; nodes and edges equal to the ones on screen
//   are swapped back for the on-screen objects, so only the boxes that really changed re-render.
// - `optimisticScene`: a rename (or any edit that keeps every box where it is) is shown at once, by
//   re-wrapping the text of the changed boxes in the scene on screen, while the layout worker and the
//   overlay router catch up; the laid-out scene then replaces it.
import type { Position, Structure } from '../../domain/structure.ts';
import { officialContent, staffRowContent } from '../../layout/box-content.ts';
import { positionFigures, type StaffingView } from '../../layout/peta-figures.ts';
import type { Scene, SceneEdge, SceneNode, StaffGroupNode } from '../../layout/scene.ts';
import { sameData } from '../../layout/same-shape.ts';

function reuse<T extends { id: string }>(prev: readonly T[], next: readonly T[]): { items: T[]; reused: number } {
  let byId: Map<string, T> | undefined;
  let reused = 0;
  const items = next.map((x, i) => {
    // Usually in the same order as on screen: no map needed until an id differs.
    let old: T | undefined = prev[i];
    if (old === undefined || old.id !== x.id) {
      if (!byId) {
        byId = new Map();
        for (const p of prev) byId.set(p.id, p);
      }
      old = byId.get(x.id);
    }
    if (old !== undefined && sameData(old, x)) {
      reused++;
      return old;
    }
    return x;
  });
  return { items, reused };
}

/** `next` with every node and edge equal to one of `prev` replaced by that object of `prev`. */
export function keepIdentity(prev: Scene | null, next: Scene): Scene {
  if (!prev || prev === next) return next;
  const nodes = reuse<SceneNode>(prev.nodes, next.nodes);
  const edges = reuse<SceneEdge>(prev.edges, next.edges);
  const sameNodes = nodes.reused === next.nodes.length && prev.nodes.length === next.nodes.length;
  const sameEdges = edges.reused === next.edges.length && prev.edges.length === next.edges.length;
  return {
    ...next,
    nodes: sameNodes ? prev.nodes : nodes.items,
    edges: sameEdges ? prev.edges : edges.items,
    teams: prev.teams !== undefined && sameData(prev.teams, next.teams) ? prev.teams : next.teams
  };
}

/** Changed positions when every change keeps the chart's shape (same ids, units, kedudukan, levels); else null. */
function textOnlyChanges(before: Structure, after: Structure): Position[] | null {
  if (before.positions.length !== after.positions.length || before.units !== after.units) return null;
  const changed: Position[] = [];
  for (let i = 0; i < after.positions.length; i++) {
    const a = after.positions[i];
    const b = before.positions[i];
    if (a === b) continue;
    if (a.id !== b.id || a.unit !== b.unit || a.parent !== b.parent || a.level !== b.level) return null;
    changed.push(a);
  }
  return changed;
}

/**
 * The scene on screen (laid out for `before`) showing the boxes' text of `after`, or null when the edit
 * moves, adds or removes boxes (then only a new layout can show it). Boxes keep their size: the
 * layout that follows grows or shrinks them.
 */
export function optimisticScene(scene: Scene, before: Structure, after: Structure, view: StaffingView = 'sotk'): Scene | null {
  const changed = textOnlyChanges(before, after);
  if (!changed) return null;
  if (changed.length === 0) return scene;
  const byId = new Map(changed.map((p) => [p.id, p]));
  let touched = false;
  const nodes = scene.nodes.map((n): SceneNode => {
    if (n.kind === 'official') {
      const p = byId.get(n.positionId);
      if (!p) return n;
      const c = officialContent(p, view);
      if (sameData(c.title, n.title) && sameData(c.detail, n.detail)) return n;
      touched = true;
      return { ...n, title: c.title, detail: c.detail, ...(view === 'peta' ? { staffing: positionFigures(p) } : {}) };
    }
    if (n.kind === 'staffGroup' && n.rows.some((r) => byId.has(r.positionId))) {
      const rows = n.rows.map((r) => {
        const p = byId.get(r.positionId);
        if (!p) return r;
        const c = staffRowContent(p, view);
        return sameData(c.title, r.title) && sameData(c.detail, r.detail) ? r : { ...r, title: c.title, detail: c.detail, ...(view === 'peta' ? { staffing: positionFigures(p) } : {}) };
      });
      if (rows.every((r, i) => r === n.rows[i])) return n;
      touched = true;
      return { ...n, rows } satisfies StaffGroupNode;
    }
    return n;
  });
  return touched ? { ...scene, nodes } : scene;
}
