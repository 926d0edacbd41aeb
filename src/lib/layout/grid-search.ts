// The router's A* over a sparse grid made of the (inflated) obstacle borders of one window: turns cost
// extra, a stretch already used by a line of the same layer is cheaper (bundling), one used by another
// layer dearer (crowding). A search starts from seeds — a port's escape point, or the segments of lines
// already drawn from the same end (route-tree.ts) — and ends at the first goal reached.
import type { Point, Rect } from './scene.ts';
import { MinHeap } from './min-heap.ts';
import { lowerBound } from '../domain/sorted.ts';

export const COST = { bend: 24, reuse: 0.45, crowd: 1.6 } as const;

export interface Run {
  from: number;
  to: number;
  layer: string;
}

/** Where a search may start: the segment a–b (a point when a = b), costing `cost` at a and `reuse` per px towards b. */
export interface Seed {
  a: Point;
  b: Point;
  /** 1: arrives along x, 2: along y (a turn off it costs a bend). */
  axis: 1 | 2;
  cost: number;
}

export interface Found {
  /** Axis-parallel grid points from a point of the seed to the goal. */
  grid: Point[];
  seed: number;
  goal: number;
}

/** Grid buffers reused between searches (a route is a few hundred cells; thousands of routes per chart). */
export class GridSearch {
  private buffers = { size: 0, gen: 0, masks: new Uint8Array(0), cost: new Float64Array(0), prev: new Int32Array(0), seen: new Uint32Array(0) };

  constructor(
    private readonly usedH: Map<number, Run[]>,
    private readonly usedV: Map<number, Run[]>
  ) {}

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

  /** The cheapest way (by the heuristic search) from any seed to any goal inside `win`, around `obstacles`. */
  search(seeds: readonly Seed[], goals: readonly Point[], obstacles: readonly Rect[], win: Rect, layer: string): Found | null {
    const wx1 = win.x + win.width;
    const wy1 = win.y + win.height;
    const xsSet = new Set<number>([win.x, wx1]);
    const ysSet = new Set<number>([win.y, wy1]);
    for (let k = 0; k < obstacles.length; k++) {
      const r = obstacles[k];
      xsSet.add(r.x).add(r.x + r.width);
      ysSet.add(r.y).add(r.y + r.height);
    }
    for (let k = 0; k < goals.length; k++) {
      const g = goals[k];
      xsSet.add(g.x);
      ysSet.add(g.y);
    }
    // Seeds clipped to the window: a tree segment that runs out of it starts where it enters.
    const clipped: { a: Point; b: Point; at: number }[] = seeds.map((s) => {
      const x0 = Math.min(s.a.x, s.b.x);
      const x1 = Math.max(s.a.x, s.b.x);
      const y0 = Math.min(s.a.y, s.b.y);
      const y1 = Math.max(s.a.y, s.b.y);
      if (x1 < win.x || x0 > wx1 || y1 < win.y || y0 > wy1) return { a: s.a, b: s.b, at: -1 };
      const clamp = (p: Point) => ({ x: Math.min(Math.max(p.x, win.x), wx1), y: Math.min(Math.max(p.y, win.y), wy1) });
      const a = clamp(s.a);
      const b = clamp(s.b);
      xsSet.add(a.x).add(b.x);
      ysSet.add(a.y).add(b.y);
      return { a, b, at: s.cost + COST.reuse * (Math.abs(a.x - s.a.x) + Math.abs(a.y - s.a.y)) };
    });
    const xs = [...xsSet].filter((x) => x >= win.x && x <= wx1).sort((a, b) => a - b);
    const ys = [...ysSet].filter((y) => y >= win.y && y <= wy1).sort((a, b) => a - b);
    const nx = xs.length;
    const ny = ys.length;
    const s = this.scratch(nx * ny);
    const { node, hEdge, vEdge, hUse, vUse, cost, prev, seen } = s;
    const gen = s.gen;
    for (let k = 0; k < obstacles.length; k++) {
      const r = obstacles[k];
      const i0 = lowerBound(xs, r.x);
      const i1 = lowerBound(xs, r.x + r.width);
      const j0 = lowerBound(ys, r.y);
      const j1 = lowerBound(ys, r.y + r.height);
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
      if (runs)
        for (let k = 0; k < runs.length; k++) {
          const r = runs[k];
          for (let i = lowerBound(xs, r.from); i + 1 < nx && xs[i + 1] <= r.to; i++) mark(hUse, i * ny + j, r.layer === layer);
        }
    }
    for (let i = 0; i < nx; i++) {
      const runs = this.usedV.get(xs[i]);
      if (runs)
        for (let k = 0; k < runs.length; k++) {
          const r = runs[k];
          for (let j = lowerBound(ys, r.from); j + 1 < ny && ys[j + 1] <= r.to; j++) mark(vUse, i * ny + j, r.layer === layer);
        }
    }
    const goalAt = new Map<number, number>();
    goals.forEach((g, k) => {
      const gi = lowerBound(xs, g.x);
      const gj = lowerBound(ys, g.y);
      if (xs[gi] !== g.x || ys[gj] !== g.y || node[gi * ny + gj] || goalAt.has(gi * ny + gj)) return;
      goalAt.set(gi * ny + gj, k);
    });
    if (goalAt.size === 0) return null;
    const gx = goals.map((g) => g.x);
    const gy = goals.map((g) => g.y);
    const h = (i: number, j: number) => {
      let best = Infinity;
      for (let k = 0; k < gx.length; k++) best = Math.min(best, Math.abs(xs[i] - gx[k]) + Math.abs(ys[j] - gy[k]));
      // Full distance, not distance × the reuse discount: no longer a strict lower bound where a bundle
      // could be reused, but it searches a few cells instead of the whole window, and on the sample it
      // gives fewer crossings, fewer bends and shorter lines than the admissible version did.
      return best;
    };
    // State: node * 3 + axis of the last step (1 x, 2 y; 0 unused): the bend cost needs only the axis.
    const heap = new MinHeap();
    clipped.forEach((c, k) => {
      if (c.at < 0) return;
      const axis = seeds[k].axis;
      const i0 = lowerBound(xs, Math.min(c.a.x, c.b.x));
      const i1 = lowerBound(xs, Math.max(c.a.x, c.b.x));
      const j0 = lowerBound(ys, Math.min(c.a.y, c.b.y));
      const j1 = lowerBound(ys, Math.max(c.a.y, c.b.y));
      for (let i = i0; i <= i1; i++)
        for (let j = j0; j <= j1; j++) {
          const n = i * ny + j;
          if (node[n]) continue;
          const st = n * 3 + axis;
          const c0 = c.at + COST.reuse * (Math.abs(xs[i] - c.a.x) + Math.abs(ys[j] - c.a.y));
          if (seen[st] === gen && cost[st] <= c0) continue;
          cost[st] = c0;
          prev[st] = -1 - k;
          seen[st] = gen;
          heap.push(st, c0 + h(i, j));
        }
    });
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
      const factor = use === 1 ? COST.reuse : use === 2 ? COST.crowd : 1;
      const c = c0 + len * factor + (axis !== nAxis ? COST.bend : 0);
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
    let seed = 0;
    for (let at = found; ; at = prev[at]) {
      const n = (at / 3) | 0;
      grid.push({ x: xs[(n / ny) | 0], y: ys[n % ny] });
      if (prev[at] < 0) {
        seed = -1 - prev[at];
        break;
      }
    }
    grid.reverse();
    const n = (found / 3) | 0;
    return { grid, seed, goal: goalAt.get(n)! };
  }
}
