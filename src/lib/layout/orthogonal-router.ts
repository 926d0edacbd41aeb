// Orthogonal routing of overlay lines after layout: A* over a sparse grid made of the (inflated)
// box borders, so a line never passes through a box; turns cost extra, and a stretch already used by a
// line of the same layer is cheaper, which bundles lines that share a way.
import type { Point, Rect } from './scene.ts';
import { MinHeap } from './min-heap.ts';
import { RectIndex } from './rect-index.ts';
import type { ObstacleSet } from './frame-obstacles.ts';
import { directPath, type End } from './direct-paths.ts';

export const ROUTE = { margin: 10, bend: 24, reuse: 0.45, crowd: 1.6, window: 160, grow: 800, directSpan: 2400 } as const;

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

interface Run {
  from: number;
  to: number;
  layer: string;
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
  for (const r of list) {
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
  private readonly inflated: RectIndex;
  private readonly original: readonly Rect[];

  constructor(
    obstacles: readonly Rect[],
    private readonly bounds: Rect
  ) {
    this.original = obstacles;
    const m = ROUTE.margin;
    this.inflated = new RectIndex(obstacles.map((r) => ({ x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m })));
  }

  /**
   * Route from one of `from` to one of `to`; null when no way exists inside the bounds.
   * `skip` lets a line enter an obstacle it belongs to (e.g. the frame of the unit it leads into);
   * `among` replaces the router's own obstacles for this line (see FrameObstacles).
   */
  route(from: readonly Port[], to: readonly Port[], layer: string, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Point[] | null {
    const all = [...from, ...to].map((p) => p.point);
    const minX = Math.min(...all.map((p) => p.x));
    const maxX = Math.max(...all.map((p) => p.x));
    const minY = Math.min(...all.map((p) => p.y));
    const maxY = Math.max(...all.map((p) => p.y));
    // Across a whole kabupaten a straight way is rarely free and testing it means long index scans.
    if (maxX - minX <= ROUTE.directSpan && maxY - minY <= ROUTE.directSpan) {
      const direct = this.direct(from, to, layer, skip, among);
      if (direct) return direct;
    }
    // A line that does not fit the first window has to go around something big (a sub-unit's frame):
    // searching the whole area next costs less than growing the window step by step.
    for (let pad: number = ROUTE.window; ; pad = Math.max(this.bounds.width, this.bounds.height)) {
      const box = { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
      const clipped = intersect(pad === ROUTE.window ? this.around(box, skip, among) : box, this.bounds);
      const path = this.search(from, to, clipped, layer, skip, among);
      if (path) return path;
      if (clipped.width >= this.bounds.width && clipped.height >= this.bounds.height) return null;
    }
  }

  /**
   * The window grown over every obstacle that sticks out of it (plus a lane): a line blocked by a
   * sub-unit's frame finds the way round it in the first search instead of failing and searching the
   * whole area.
   */
  private around(win: Rect, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Rect {
    const rects = among ? among.within(win) : this.inflated.query(win).flatMap((i) => (skip && skip(this.original[i]) ? [] : [this.inflated.rects[i]]));
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
      if (among) return among.within(win).length === 0;
      return this.inflated.query(win).every((i) => skip !== undefined && skip(this.original[i]));
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
    const choice = directPath(from.map(end), to.map(end), this.bounds, free, cost);
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
    for (const r of runs) {
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

  /** Grid buffers reused between searches (a route is a few hundred cells; thousands of routes per chart). */
  private buffers = { size: 0, gen: 0, masks: new Uint8Array(0), cost: new Float64Array(0), prev: new Int32Array(0), seen: new Uint32Array(0) };

  private scratch(n: number) {
    const b = this.buffers;
    if (n > b.size) {
      const size = Math.max(n, b.size * 2, 1024);
      this.buffers = { size, gen: 0, masks: new Uint8Array(size * 5), cost: new Float64Array(size * 3), prev: new Int32Array(size * 3), seen: new Uint32Array(size * 3) };
    }
    const buf = this.buffers;
    // A state's cost counts only when stamped with this search's generation: no refill per search.
    if (++buf.gen === 0xffffffff) {
      buf.seen.fill(0);
      buf.gen = 1;
    }
    buf.masks.fill(0, 0, n * 5);
    const m = buf.masks;
    return { gen: buf.gen, node: m.subarray(0, n), hEdge: m.subarray(n, 2 * n), vEdge: m.subarray(2 * n, 3 * n), hUse: m.subarray(3 * n, 4 * n), vUse: m.subarray(4 * n, 5 * n), cost: buf.cost, prev: buf.prev, seen: buf.seen };
  }

  private search(from: readonly Port[], to: readonly Port[], win: Rect, layer: string, skip?: (obstacle: Rect) => boolean, among?: ObstacleSet): Point[] | null {
    const d = ROUTE.margin + 1;
    const obstacles = among ? among.within(win) : this.inflated.query(win).flatMap((i) => (skip && skip(this.original[i]) ? [] : [this.inflated.rects[i]]));
    const xsSet = new Set<number>([win.x, win.x + win.width]);
    const ysSet = new Set<number>([win.y, win.y + win.height]);
    for (const r of obstacles) {
      xsSet.add(r.x).add(r.x + r.width);
      ysSet.add(r.y).add(r.y + r.height);
    }
    const starts = from.map((p) => ({ port: p, esc: escape(p, d) }));
    const goals = to.map((p) => ({ port: p, esc: escape(p, d) }));
    for (const s of [...starts, ...goals]) {
      xsSet.add(s.esc.x);
      ysSet.add(s.esc.y);
    }
    const xs = [...xsSet].filter((x) => x >= win.x && x <= win.x + win.width).sort((a, b) => a - b);
    const ys = [...ysSet].filter((y) => y >= win.y && y <= win.y + win.height).sort((a, b) => a - b);
    const nx = xs.length;
    const ny = ys.length;
    const N = nx * ny;
    const s = this.scratch(N);
    const { node, hEdge, vEdge, hUse, vUse, cost, prev, seen } = s;
    const gen = s.gen;
    const ix = new Map(xs.map((x, i) => [x, i]));
    const iy = new Map(ys.map((y, i) => [y, i]));
    const lower = (arr: number[], v: number) => {
      let lo = 0;
      let hi = arr.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (arr[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const r of obstacles) {
      const i0 = lower(xs, r.x);
      const i1 = lower(xs, r.x + r.width);
      const j0 = lower(ys, r.y);
      const j1 = lower(ys, r.y + r.height);
      for (let i = i0; i <= Math.min(i1, nx - 1); i++) {
        const xin = xs[i] > r.x && xs[i] < r.x + r.width;
        for (let j = j0; j <= Math.min(j1, ny - 1); j++) {
          const yin = ys[j] > r.y && ys[j] < r.y + r.height;
          if (xin && yin) node[i * ny + j] = 1;
          if (yin && i < i1 && xs[i] >= r.x) hEdge[i * ny + j] = 1;
          if (xin && j < j1 && ys[j] >= r.y) vEdge[i * ny + j] = 1;
        }
      }
    }
    // 0: free, 1: used by this layer (cheaper: bundling), 2: used by another layer only (dearer: crowding).
    const mark = (arr: Uint8Array, idx: number, same: boolean) => {
      if (same) arr[idx] = 1;
      else if (arr[idx] === 0) arr[idx] = 2;
    };
    // Only the grid lines of this window can carry a used stretch that matters here.
    for (let j = 0; j < ny; j++) {
      const runs = this.usedH.get(ys[j]);
      if (runs) for (const r of runs) for (let i = lower(xs, r.from); i + 1 < nx && xs[i + 1] <= r.to; i++) mark(hUse, i * ny + j, r.layer === layer);
    }
    for (let i = 0; i < nx; i++) {
      const runs = this.usedV.get(xs[i]);
      if (runs) for (const r of runs) for (let j = lower(ys, r.from); j + 1 < ny && ys[j + 1] <= r.to; j++) mark(vUse, i * ny + j, r.layer === layer);
    }
    const goalAt = new Map<number, (typeof goals)[number]>();
    for (const g of goals) {
      const gi = ix.get(g.esc.x);
      const gj = iy.get(g.esc.y);
      if (gi === undefined || gj === undefined || node[gi * ny + gj]) continue;
      goalAt.set(gi * ny + gj, g);
    }
    if (goalAt.size === 0) return null;
    const gx = goals.map((g) => g.esc.x);
    const gy = goals.map((g) => g.esc.y);
    const h = (i: number, j: number) => {
      let best = Infinity;
      for (let k = 0; k < gx.length; k++) best = Math.min(best, Math.abs(xs[i] - gx[k]) + Math.abs(ys[j] - gy[k]));
      // Full distance, not distance × the reuse discount: no longer a strict lower bound where a bundle
      // could be reused, but it searches a few cells instead of the whole window, and on the sample it
      // gives fewer crossings, fewer bends and shorter lines than the admissible version did.
      return best;
    };
    // State: node * 5 + direction (0 none, 1 ±x, 2 ±y … we only need axis for bend cost).
    const heap = new MinHeap();
    for (const s of starts) {
      const si = ix.get(s.esc.x);
      const sj = iy.get(s.esc.y);
      if (si === undefined || sj === undefined || node[si * ny + sj]) continue;
      const axis = s.port.side === 'top' || s.port.side === 'bottom' ? 2 : 1;
      const st = (si * ny + sj) * 3 + axis;
      cost[st] = 0;
      prev[st] = -1;
      seen[st] = gen;
      heap.push(st, h(si, sj));
    }
    let found = -1;
    // Loop state shared with `step` (defined once: a closure per iteration costs more than the search).
    let i = 0;
    let j = 0;
    let axis = 0;
    let st = 0;
    let c0 = 0;
    const step = (ni: number, nj: number, blocked: boolean, nAxis: number, use: number) => {
      if (blocked) return;
      const nn = ni * ny + nj;
      if (node[nn]) return;
      const len = Math.abs(xs[i] - xs[ni]) + Math.abs(ys[j] - ys[nj]);
      const factor = use === 1 ? ROUTE.reuse : use === 2 ? ROUTE.crowd : 1;
      const c = c0 + len * factor + (axis !== nAxis ? ROUTE.bend : 0);
      const ns = nn * 3 + nAxis;
      if (seen[ns] !== gen || c < cost[ns]) {
        seen[ns] = gen;
        cost[ns] = c;
        prev[ns] = st;
        heap.push(ns, c + h(ni, nj));
      }
    };
    while (heap.size > 0) {
      st = heap.pop();
      const n = (st / 3) | 0;
      axis = st % 3;
      i = (n / ny) | 0;
      j = n % ny;
      if (goalAt.has(n)) {
        found = st;
        break;
      }
      c0 = cost[st];
      if (i + 1 < nx) step(i + 1, j, hEdge[i * ny + j] === 1, 1, hUse[i * ny + j]);
      if (i > 0) step(i - 1, j, hEdge[(i - 1) * ny + j] === 1, 1, hUse[(i - 1) * ny + j]);
      if (j + 1 < ny) step(i, j + 1, vEdge[i * ny + j] === 1, 2, vUse[i * ny + j]);
      if (j > 0) step(i, j - 1, vEdge[i * ny + j - 1] === 1, 2, vUse[i * ny + j - 1]);
    }
    if (found < 0) return null;
    const grid: Point[] = [];
    for (let st = found; st >= 0; st = prev[st]) {
      const n = (st / 3) | 0;
      grid.push({ x: xs[(n / ny) | 0], y: ys[n % ny] });
    }
    grid.reverse();
    this.record(grid, layer);
    const first = grid[0];
    const last = grid[grid.length - 1];
    const start = starts.find((s) => s.esc.x === first.x && s.esc.y === first.y)!;
    const goal = goalAt.get(ix.get(last.x)! * ny + iy.get(last.y)!)!;
    return [start.port.point, ...grid, goal.port.point];
  }
}

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}
