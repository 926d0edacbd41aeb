// Orthogonal routing of overlay lines after layout: a free straight or elbow path when there is one
// (direct-paths.ts), else A* over a sparse grid made of the (inflated) box borders of a window around
// the line (grid-search.ts), so a line never passes through a box; turns cost extra, and a stretch
// already used by a line of the same layer is cheaper, which bundles lines that share a way. Lines that
// share an end are grown as one tree from it (route-tree.ts).
import type { Point, Rect } from './scene.ts';
import { RectIndex } from './rect-index.ts';
import type { ObstacleSet } from './frame-obstacles.ts';
import { directPath, type End } from './direct-paths.ts';
import { COST, GridSearch, type Run, type Seed } from './grid-search.ts';
import { RouteTree } from './route-tree.ts';

export const ROUTE = { margin: 10, ...COST, window: 160, grow: 800, directSpan: 2400 } as const;

export type Side = 'top' | 'bottom' | 'left' | 'right';
export interface Port {
  point: Point;
  side: Side;
}

export function portsOf(r: Rect, sides: readonly Side[]): Port[] {
  return sides.map((side) => {
    switch (side) {
      case 'top':
        return { side, point: { x: r.x + r.width / 2, y: r.y } };
      case 'bottom':
        return { side, point: { x: r.x + r.width / 2, y: r.y + r.height } };
      case 'left':
        return { side, point: { x: r.x, y: r.y + r.height / 2 } };
      case 'right':
        return { side, point: { x: r.x + r.width, y: r.y + r.height / 2 } };
    }
  });
}

function escape(p: Port, d: number): Point {
  const { x, y } = p.point;
  switch (p.side) {
    case 'top':
      return { x, y: y - d };
    case 'bottom':
      return { x, y: y + d };
    case 'left':
      return { x: x - d, y };
    case 'right':
      return { x: x + d, y };
  }
}

/** Lines with the same `key` share the end `at` (the hub) and are drawn as one tree from it. */
export interface Hub {
  key: string;
  at: 'from' | 'to';
}

/** Records a used stretch, merged with the same layer's overlapping stretches (bundled lines reuse them). */
function addRun(map: Map<number, Run[]>, at: number, a: number, b: number, layer: string): void {
  let from = Math.min(a, b);
  let to = Math.max(a, b);
  const list = map.get(at);
  if (!list) {
    map.set(at, [{ from, to, layer }]);
    return;
  }
  const kept: Run[] = [];
  for (let k = 0; k < list.length; k++) {
    const r = list[k];
    if (r.layer === layer && r.from <= to && r.to >= from) {
      from = Math.min(from, r.from);
      to = Math.max(to, r.to);
    } else kept.push(r);
  }
  kept.push({ from, to, layer });
  map.set(at, kept);
}

export class OrthogonalRouter {
  /** Stretches already taken by routed lines (horizontal by y, vertical by x), for bundling and crowding. */
  private readonly usedH = new Map<number, Run[]>();
  private readonly usedV = new Map<number, Run[]>();
  /** Built on first use: lines given their own obstacles (`among`, every overlay line) never read it. */
  private inflatedIndex?: RectIndex;
  private readonly original: readonly Rect[];
  private readonly grid = new GridSearch(this.usedH, this.usedV);
  private readonly trees = new Map<string, RouteTree>();

  constructor(
    obstacles: readonly Rect[],
    private readonly bounds: Rect
  ) {
    this.original = obstacles;
  }

  private get inflated(): RectIndex {
    const m = ROUTE.margin;
    return (this.inflatedIndex ??= new RectIndex(this.original.map((r) => ({ x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m }))));
  }

  /**
   * Route from one of `from` to one of `to`; null when no way exists inside the bounds.
   * `skip` lets a line enter an obstacle it belongs to (e.g. the frame of the unit it leads into);
   * `among` replaces the router's own obstacles for this line (see FrameObstacles); lines given the same
   * `hub` join the tree of the lines already routed from that end.
   */
  route(from: readonly Port[], to: readonly Port[], layer: string, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet, hub?: Hub): Point[] | null {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let e = 0; e < from.length + to.length; e++) {
      const p = (e < from.length ? from[e] : to[e - from.length]).point;
      minX = Math.min(minX, p.x);
        maxX = Math.max(maxX, p.x);
        minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    const tree = hub ? (this.trees.get(hub.key) ?? this.trees.set(hub.key, new RouteTree()).get(hub.key)!) : undefined;
    const toHub = hub?.at === 'to';
    // Kept in the tree as drawn from the hub.
    const grow = (path: Point[]) => tree?.add((toHub ? [...path].reverse() : path).slice(1, -1), toHub ? path[path.length - 1] : path[0]);
    // Across a whole kabupaten a straight way is rarely free and testing it means long index scans.
    if (maxX - minX <= ROUTE.directSpan && maxY - minY <= ROUTE.directSpan) {
      const direct = this.direct(from, to, layer, skip, among);
      if (direct) {
        grow(direct);
        return direct;
      }
    }
    if (tree && tree.segments.length > 0) {
      const joined = this.join(tree, toHub ? from : to, layer, skip, among);
      if (joined) return toHub ? joined.reverse() : joined;
    }
    // A line that does not fit the first window has to go around something big (a sub-unit's frame):
    // searching the whole area next costs less than growing the window step by step.
    for (let pad: number = ROUTE.window; ; pad = Math.max(this.bounds.width, this.bounds.height)) {
      const box = { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
      const clipped = intersect(pad === ROUTE.window ? this.around(box, skip, among) : box, this.bounds);
      const path = this.search(from, to, clipped, layer, skip, among);
      if (path) {
        grow(path);
        return path;
      }
      if (clipped.width >= this.bounds.width && clipped.height >= this.bounds.height) return null;
    }
  }

  /**
   * A line from the hub's tree to one of `ends`, oriented from the hub: the tree's way to the junction,
   * then the searched branch. Searched in a window around the cheapest junction only; null (route from
   * scratch) when the tree has no usable segment or the branch is not found there.
   */
  private join(tree: RouteTree, ends: readonly Port[], layer: string, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Point[] | null {
    const d = ROUTE.margin + 1;
    const goals = ends.map((p) => escape(p, d));
    const set = among ?? skip ?? this;
    const free = (a: Point, b: Point) => !this.blocks({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }, skip, among);
    const near = tree.nearest(goals, ROUTE.reuse, set, free);
    if (!near) return null;
    const pts = [near.point, ...goals];
    const x0 = Math.min(...pts.map((p) => p.x)) - ROUTE.window;
    const y0 = Math.min(...pts.map((p) => p.y)) - ROUTE.window;
    const x1 = Math.max(...pts.map((p) => p.x)) + ROUTE.window;
    const y1 = Math.max(...pts.map((p) => p.y)) + ROUTE.window;
    const win = intersect(this.around({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, skip, among), this.bounds);
    const which = tree.within(win).filter((k) => tree.usable(k, set, free));
    const seeds: Seed[] = which.map((k) => {
      const s = tree.segments[k];
      return { a: s.a, b: s.b, axis: s.axis, cost: ROUTE.reuse * s.at };
    });
    const found = this.grid.search(seeds, goals, this.obstaclesIn(win, skip, among), win, layer);
    if (!found) return null;
    const from = which[found.seed];
    this.record(found.grid, layer);
    tree.add(found.grid, null, from);
    return [...tree.prefix(from), ...found.grid, ends[found.goal].point];
  }

  /**
   * The window grown over every obstacle that sticks out of it (plus a lane): a line blocked by a
   * sub-unit's frame finds the way round it in the first search instead of failing and searching the
   * whole area.
   */
  private around(win: Rect, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Rect {
    const rects = this.obstaclesIn(win, skip, among);
    const lane = 2 * ROUTE.margin;
    let x0 = win.x;
    let y0 = win.y;
    let x1 = win.x + win.width;
    let y1 = win.y + win.height;
    for (const r of rects) {
      x0 = Math.min(x0, r.x - lane);
      y0 = Math.min(y0, r.y - lane);
      x1 = Math.max(x1, r.x + r.width + lane);
      y1 = Math.max(y1, r.y + r.height + lane);
    }
    // A frame far bigger than the window (a whole Dinas) is left to the whole-area search.
    const reach = ROUTE.grow;
    x0 = Math.max(x0, win.x - reach);
    y0 = Math.max(y0, win.y - reach);
    x1 = Math.min(x1, win.x + win.width + reach);
    y1 = Math.min(y1, win.y + win.height + reach);
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }

  /** A straight or one/two-elbow path when one is free (see direct-paths.ts), recorded like a searched one. */
  private direct(from: readonly Port[], to: readonly Port[], layer: string, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Point[] | null {
    const d = ROUTE.margin + 1;
    const end = (p: Port): End<Port> => ({ port: p, esc: escape(p, d), axis: p.side === 'top' || p.side === 'bottom' ? 2 : 1 });
    const free = (a: Point, b: Point) => {
      const win = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
      return !this.blocks(win, skip, among);
    };
    const cost = (grid: readonly Point[], axis: number) => {
      let c = 0;
      for (let k = 1; k < grid.length; k++) {
        const a = grid[k - 1];
        const b = grid[k];
        const horizontal = a.y === b.y;
        const segAxis = horizontal ? 1 : 2;
        if (segAxis !== axis) c += ROUTE.bend;
        axis = segAxis;
        c += this.usedCost(horizontal ? this.usedH.get(a.y) : this.usedV.get(a.x), horizontal ? a.x : a.y, horizontal ? b.x : b.y, layer);
      }
      return c;
    };
    const choice = directPath(from.map(end), to.map(end), this.bounds, free, cost, DIRECT_FLOOR);
    if (!choice) return null;
    this.record(choice.grid, layer);
    return [choice.start.port.point, ...choice.grid, choice.goal.port.point];
  }

  /** The search's cost of a stretch: cheaper along this layer's lines, dearer along another layer's. */
  private usedCost(runs: readonly Run[] | undefined, a: number, b: number, layer: string): number {
    const from = Math.min(a, b);
    const to = Math.max(a, b);
    const len = to - from;
    if (!runs) return len;
    let same = 0;
    let other = 0;
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k];
      const o = Math.max(0, Math.min(to, r.to) - Math.max(from, r.from));
      if (r.layer === layer) same += o;
      else other += o;
    }
    same = Math.min(same, len);
    other = Math.min(other, len - same);
    return same * ROUTE.reuse + other * ROUTE.crowd + (len - same - other);
  }

  private record(grid: readonly Point[], layer: string): void {
    for (let k = 1; k < grid.length; k++) {
      const a = grid[k - 1];
      const b = grid[k];
      if (a.y === b.y) addRun(this.usedH, a.y, a.x, b.x, layer);
      else addRun(this.usedV, a.x, a.y, b.y, layer);
    }
  }

  /** Whether an obstacle of the line meets the window's interior. */
  private blocks(win: Rect, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): boolean {
    return among ? among.blocks(win) : this.inflated.any(win, (i) => !skip || !skip(this.original[i]));
  }

  /** The obstacles of one line inside a window (inflated): its own set, or the router's minus `skip`. */
  private obstaclesIn(win: Rect, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Rect[] {
    return among ? among.within(win) : this.inflated.query(win).flatMap((i) => (skip && skip(this.original[i]) ? [] : [this.inflated.rects[i]]));
  }

  private search(from: readonly Port[], to: readonly Port[], win: Rect, layer: string, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Point[] | null {
    const d = ROUTE.margin + 1;
    const seeds: Seed[] = from.map((p) => {
      const e = escape(p, d);
      return { a: e, b: e, axis: p.side === 'top' || p.side === 'bottom' ? 2 : 1, cost: 0 };
    });
    const found = this.grid.search(seeds, to.map((p) => escape(p, d)), this.obstaclesIn(win, skip, among), win, layer);
    if (!found) return null;
    this.record(found.grid, layer);
    return [from[found.seed].point, ...found.grid, to[found.goal].point];
  }
}

/** usedCost never charges less than the reuse rate per px (crowding costs more than a free stretch). */
const DIRECT_FLOOR = { perPx: Math.min(ROUTE.reuse, 1), bend: ROUTE.bend } as const;

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}
