// The engine's lines drawn over the laid-out scene: one orthogonal, box-avoiding polyline per distinct
// (layer, sub-kind, from, to), attached to the row of a group box when the line is about a staff position.
import type { ComputeResult, Line } from '../domain/result.ts';
import { OrthogonalRouter, ROUTE, portsOf, type Hub, type Port, type Side } from './orthogonal-router.ts';
import { simplify, translate } from './geometry.ts';
import { FrameObstacles } from './frame-obstacles.ts';
import { obstaclesOf } from './obstacles.ts';
import { alongKedudukan } from './follow-kedudukan.ts';
import { unitDrawingKey, type CachedRoute, type RouteCache } from './route-cache.ts';
import { teamGroups, type TeamInfo } from './team-groups.ts';
import { OVERLAY_LAYERS, layerOfLine, type OverlayLayer, type Point, type Rect, type Scene, type SceneEdge, type SceneNode, type UnitFrameNode } from './scene.ts';

/** Parallel lanes so lines of different layers sharing a corridor stay apart (px, less than the router margin). */
const LANE: Record<OverlayLayer | 'kedudukan', number> = { kedudukan: 0, performance: -6, rating: -3, assignment: 0, reporting: 3, team: 6 };
/** Gap between top-level units (layout-structure.ts): a unit's own lines stay within half of it. */
const UNIT_GAP = 48;
const BOX_SIDES: readonly Side[] = ['bottom', 'top', 'left', 'right'];
const ROW_SIDES: readonly Side[] = ['left', 'right'];

const frameSets = new WeakMap<Scene, FrameObstacles>();

/** A router over the scene's area, around every box; routeBetween narrows the obstacles per line. */
export function sceneRouter(scene: Scene): OrthogonalRouter {
  return new OrthogonalRouter(obstaclesOf(scene.nodes), { x: -40, y: -40, width: scene.width + 80, height: scene.height + 80 });
}

/** A line between two positions, around the boxes of the units it runs in and around every other unit's frame. */
export function routeBetween(router: OrthogonalRouter, scene: Scene, from: string, to: string, layer: string, fromSides: readonly Side[] = BOX_SIDES, toSides: readonly Side[] = BOX_SIDES, hub?: Hub): Point[] | null {
  const nodes = nodeById(scene);
  const a = nodes.get(scene.places[from]?.nodeId ?? '');
  const b = nodes.get(scene.places[to]?.nodeId ?? '');
  if (!a || !b) return null;
  return router.route(portsFor(scene, from, fromSides), portsFor(scene, to, toSides), layer, undefined, sceneFrames(scene).between(a.unitId, b.unitId), hub);
}

function sceneFrames(scene: Scene): FrameObstacles {
  let frames = frameSets.get(scene);
  if (!frames) frameSets.set(scene, (frames = new FrameObstacles(scene.nodes, ROUTE.margin)));
  return frames;
}

const nodeMaps = new WeakMap<Scene, Map<string, SceneNode>>();

/** Nodes by id, built once per scene (a lookup per line end would otherwise scan every node). */
export function nodeById(scene: Scene): Map<string, SceneNode> {
  let map = nodeMaps.get(scene);
  if (!map) nodeMaps.set(scene, (map = new Map(scene.nodes.map((n) => [n.id, n]))));
  return map;
}

export function portsFor(scene: Scene, positionId: string, sides: readonly Side[] = BOX_SIDES): Port[] {
  const place = scene.places[positionId];
  if (!place) return [];
  const node = nodeById(scene).get(place.nodeId);
  if (!node) return [];
  if (node.kind === 'staffGroup' && place.row !== undefined) return portsOf(node.rows[place.row], ROW_SIDES);
  return portsOf(node, sides);
}

/** Shifts a routed path sideways into its layer's lane, keeping every segment axis-parallel. */
export function laneShift(points: Point[], lane: number): Point[] {
  if (lane === 0 || points.length < 3) return points;
  return points.map((p, i) => {
    if (i === 0 || i === points.length - 1) {
      const n = points[i === 0 ? 1 : points.length - 2];
      // The end segment is perpendicular to its box side: slide the end point along that side.
      return Math.abs(n.x - p.x) < 0.01 ? { x: p.x + lane, y: p.y } : { x: p.x, y: p.y + lane };
    }
    return { x: p.x + lane, y: p.y + lane };
  });
}

function fallbackPath(a: Rect, b: Rect): Point[] {
  const s = { x: a.x + a.width / 2, y: a.y + a.height };
  const t = { x: b.x + b.width / 2, y: b.y };
  const midY = (s.y + t.y) / 2;
  return simplify([s, { x: s.x, y: midY }, { x: t.x, y: midY }, t]);
}

/** With `teams`, the Tim Kerja layer is drawn as groups (team-groups.ts) instead of one edge per line. */
export function routeOverlays(scene: Scene, result: Pick<ComputeResult, 'lines'>, layers: readonly OverlayLayer[], teams?: readonly TeamInfo[], cache?: RouteCache): Scene {
  const wanted = new Set(layers);
  const grouped = teams !== undefined && wanted.has('team');
  const teamLines: Line[] = [];
  const groups = new Map<string, { layer: OverlayLayer; lines: Line[] }>();
  // A line about a position inside a collapsed subtree is drawn to the collapsed box instead.
  const shown = (id: string) => scene.collapsedInto?.[id] ?? id;
  const all = result.lines;
  for (let k = 0; k < all.length; k++) {
    const line = all[k];
    const layer = layerOfLine(line);
    const from = shown(line.from);
    const to = shown(line.to);
    if (!wanted.has(layer) || from === to || !scene.places[from] || !scene.places[to]) continue;
    if (grouped && layer === 'team') {
      teamLines.push(line);
      continue;
    }
    const id = `o:${layer}:${line.subKind}:${line.optional ? 'opt' : 'req'}:${from}>${to}`;
    const g = groups.get(id);
    if (g) g.lines.push(line);
    else groups.set(id, { layer, lines: [line] });
  }
  // The end a line shares with more lines of its layer is its hub: those lines are drawn as one tree.
  // Counted per layer by position id (no key text per line: a tree's key is built for the hub chosen).
  const ends = new Map<OverlayLayer, { out: Map<string, number>; into: Map<string, number> }>();
  const byLayer = new Map<OverlayLayer, [string, { layer: OverlayLayer; lines: Line[] }][]>();
  for (const entry of groups) {
    const { layer, lines } = entry[1];
    let e = ends.get(layer);
    if (!e) ends.set(layer, (e = { out: new Map(), into: new Map() }));
    const from = shown(lines[0].from);
    const to = shown(lines[0].to);
    e.out.set(from, (e.out.get(from) ?? 0) + 1);
    e.into.set(to, (e.into.get(to) ?? 0) + 1);
    const list = byLayer.get(layer);
    if (list) list.push(entry);
    else byLayer.set(layer, [entry]);
  }
  const hubOf = (layer: OverlayLayer, from: string, to: string): Hub => {
    const e = ends.get(layer)!;
    return e.out.get(from)! >= e.into.get(to)! ? { key: `${layer}>${from}`, at: 'from' } : { key: `${layer}<${to}`, at: 'to' };
  };
  // Around every box of the chart: only lines between top-level units and team strokes need it (none in one OPD).
  let router: OrthogonalRouter | undefined;
  const wholeChart = () => (router ??= sceneRouter(scene));
  const nodes = nodeById(scene);
  const unitOf = (id: string) => nodes.get(scene.places[id]?.nodeId ?? '')?.unitId;
  // In layer order, each layer's lines in result order.
  const ordered = OVERLAY_LAYERS.flatMap((l) => byLayer.get(l) ?? []);
  const routeOne = (via: OrthogonalRouter, { layer, lines }: { layer: OverlayLayer; lines: Line[] }): { points: Point[]; unrouted?: boolean } => {
    const from = shown(lines[0].from);
    const to = shown(lines[0].to);
    const followed = alongKedudukan(scene, unitOf, from, to, layer);
    if (followed) return { points: followed };
    const path = routeBetween(via, scene, from, to, layer, BOX_SIDES, BOX_SIDES, hubOf(layer, from, to));
    if (path) return { points: laneShift(simplify(path), LANE[layer]) };
    const a = portsFor(scene, from)[0].point;
    const b = portsFor(scene, to)[0].point;
    return { points: fallbackPath({ ...a, width: 0, height: 0 }, { ...b, width: 0, height: 0 }), unrouted: true };
  };
  // Lines inside one top-level unit are routed per unit (and reused from `cache` while its block is
  // unchanged); lines between units afterwards, over the whole chart.
  const frames = sceneFrames(scene);
  const tops = new Map<string, UnitFrameNode | undefined>();
  const topOf = (unitId: string) => {
    if (!tops.has(unitId)) tops.set(unitId, frames.top(unitId));
    return tops.get(unitId);
  };
  const perUnit = new Map<string, { frame: UnitFrameNode; list: (typeof ordered)[number][] }>();
  const across: (typeof ordered)[number][] = [];
  for (const entry of ordered) {
    const { lines } = entry[1];
    const a = unitOf(shown(lines[0].from));
    const b = unitOf(shown(lines[0].to));
    const top = a !== undefined && b !== undefined ? topOf(a) : undefined;
    if (top && top === topOf(b!)) {
      const slot = perUnit.get(top.unitId);
      if (slot) slot.list.push(entry);
      else perUnit.set(top.unitId, { frame: top, list: [entry] });
    } else across.push(entry);
  }
  const routed = new Map<string, { points: Point[]; unrouted?: boolean }>();
  for (const [unitId, { frame: f, list }] of perUnit) {
    const ids = list.map(([id]) => id).join('\n');
    // The unit's block unchanged: its routes are known. Else its drawing may still be the same (a
    // rename that wraps the same way): looked up by what the routes depend on, built for this unit only.
    const blockKey = cache && scene.blockKeys?.[unitId] !== undefined ? `b${scene.blockKeys[unitId]}\n${ids}` : undefined;
    let hit = blockKey === undefined ? undefined : cache?.get(blockKey);
    const drawing = cache && !hit ? unitDrawingKey(scene, unitId, topOf) : undefined;
    const drawnKey = drawing === undefined ? undefined : `d${drawing}\n${ids}`;
    if (!hit && drawnKey !== undefined) {
      hit = cache?.get(drawnKey);
      if (hit && blockKey !== undefined) cache?.set(blockKey, hit);
    }
    if (hit) {
      for (const r of hit) routed.set(r.id, { points: translate(r.points, f.x, f.y), ...(r.unrouted ? { unrouted: true } : {}) });
      continue;
    }
    const half = UNIT_GAP / 2;
    const local = new OrthogonalRouter([], { x: f.x - half, y: f.y - half, width: f.width + 2 * half, height: f.height + 2 * half });
    const out: CachedRoute[] = list.map(([id, g]) => ({ id, ...routeOne(local, g) }));
    for (const r of out) routed.set(r.id, r);
    const relative = out.map((r) => ({ ...r, points: translate(r.points, -f.x, -f.y) }));
    if (blockKey !== undefined) cache?.set(blockKey, relative);
    if (drawnKey !== undefined) cache?.set(drawnKey, relative);
  }
  for (const [id, g] of across) routed.set(id, routeOne(wholeChart(), g));
  const overlay: SceneEdge[] = [];
  for (const [id, { layer, lines }] of ordered) {
    const first = lines[0];
    const edge: SceneEdge = { id, kind: layer, subKind: first.subKind, from: shown(first.from), to: shown(first.to), lines, points: [] };
    if (first.optional) edge.optional = true;
    const r = routed.get(id)!;
    edge.points = r.points;
    if (r.unrouted) edge.unrouted = true;
    overlay.push(edge);
  }
  const teamLayer = grouped ? teamGroups(scene, teamLines, teams, wholeChart(), shown) : [];
  const present = OVERLAY_LAYERS.filter((l) => overlay.some((e) => e.kind === l) || (l === 'team' && teamLayer.length > 0));
  return { ...scene, edges: [...scene.edges.filter((e) => e.kind === 'kedudukan'), ...overlay], layers: present, ...(grouped ? { teams: teamLayer } : {}) };
}
