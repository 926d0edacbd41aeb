// Lines of one layer that share an end — a Kepala Dinas rating a hundred staff of the Puskesmas, thirty
// Pelaksana reporting to one Kepala Subbagian — are drawn as one tree from that end (the hub): each new
// line is searched only from the tree already drawn to its other end, and follows the tree back to the
// hub. A bundle reads as one way, and the search covers the few cells between the tree and the new end
// instead of the whole way from the hub.
import type { Point, Rect } from './scene.ts';
import { addToCells, CELL, cellKey, cellOf } from './grid-cells.ts';

export interface TreeSegment {
  a: Point;
  b: Point;
  axis: 1 | 2;
  /** Length along the tree from the hub's escape point to `a`. */
  at: number;
  /** The segment `a` lies on (the line runs along it back to the hub), -1 for a line's first segment. */
  parent: number;
  /** For a first segment: the hub's port the line leaves from. */
  port?: Point;
}

/** Whether a segment is clear of the obstacles of the line being routed now (see RouteTree.usable). */
export type SegmentFree = (a: Point, b: Point) => boolean;

const dist = (p: Point, q: Point) => Math.abs(p.x - q.x) + Math.abs(p.y - q.y);

export class RouteTree {
  readonly segments: TreeSegment[] = [];
  /** Per obstacle set (lines to different units avoid different frames): 1 usable, 2 not, per segment. */
  private readonly usableFor = new Map<unknown, Uint8Array>();
  /** Bucket grid over the segments (a tree of a whole Dinas has thousands). */
  private readonly cells = new Map<number, number[]>();
  private stamp = new Uint32Array(64);
  private tick = 0;
  private bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  /**
   * Segments put in the bucket grid so far: they are indexed when a search first asks (most lines of a
   * chart find a direct way and never search their tree, so most trees are never indexed at all).
   */
  private indexed = 0;

  /**
   * Adds a line oriented from the hub: `grid` from the hub's escape point to the other end's escape
   * point, leaving from `port`; or, branching, from a point of segment `from` on.
   */
  add(grid: readonly Point[], port: Point | null, from = -1): void {
    let at = from < 0 ? 0 : this.segments[from].at + dist(this.segments[from].a, grid[0]);
    let parent = from;
    for (let k = 1; k < grid.length; k++) {
      const a = grid[k - 1];
      const b = grid[k];
      if (a.x === b.x && a.y === b.y) continue;
      const seg: TreeSegment = { a, b, axis: a.y === b.y ? 1 : 2, at, parent };
      if (parent < 0) seg.port = port!;
      parent = this.segments.push(seg) - 1;
      at += dist(a, b);
    }
  }

  private catchUp(): void {
    while (this.indexed < this.segments.length) this.index(this.indexed++);
  }

  private index(k: number): void {
    const { a, b } = this.segments[k];
    const x0 = Math.min(a.x, b.x);
    const x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y);
    const bd = this.bounds;
    bd.x0 = Math.min(bd.x0, x0);
    bd.y0 = Math.min(bd.y0, y0);
    bd.x1 = Math.max(bd.x1, x1);
    bd.y1 = Math.max(bd.y1, y1);
    addToCells(this.cells, k, x0, y0, x1, y1);
    if (this.stamp.length < this.segments.length) {
      const grown = new Uint32Array(this.segments.length * 2);
      grown.set(this.stamp);
      this.stamp = grown;
    }
  }

  /** Segments that meet the closed rectangle `win`. */
  within(win: Rect): number[] {
    this.catchUp();
    const out: number[] = [];
    if (++this.tick === 0xffffffff) {
      this.stamp.fill(0);
      this.tick = 1;
    }
    const x1 = win.x + win.width;
    const y1 = win.y + win.height;
    const cx1 = cellOf(x1);
    const cy0 = cellOf(win.y);
    const cy1 = cellOf(y1);
    for (let cx = cellOf(win.x); cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (let q = 0; q < list.length; q++) {
          const k = list[q];
          if (this.stamp[k] === this.tick) continue;
          this.stamp[k] = this.tick;
          const { a, b } = this.segments[k];
          if (Math.max(a.x, b.x) >= win.x && Math.min(a.x, b.x) <= x1 && Math.max(a.y, b.y) >= win.y && Math.min(a.y, b.y) <= y1) out.push(k);
        }
      }
    return out.sort((p, q) => p - q);
  }

  /** The polyline from the hub's port to `a` of segment k (along the segments it branches from). */
  prefix(k: number): Point[] {
    const out: Point[] = [];
    for (let s = k; s >= 0; s = this.segments[s].parent) {
      const seg = this.segments[s];
      out.push(seg.a);
      if (seg.parent < 0) out.push(seg.port!);
    }
    return out.reverse();
  }

  /** A segment is usable when it and every segment it branches from are clear for this line. */
  usable(k: number, set: unknown, free: SegmentFree): boolean {
    let memo = this.usableFor.get(set);
    if (!memo || memo.length < this.segments.length) {
      const grown = new Uint8Array(Math.max(64, this.segments.length * 2));
      if (memo) grown.set(memo);
      this.usableFor.set(set, (memo = grown));
    }
    // Up the chain to the first segment already judged, then back down (chains can be long: no recursion).
    const chain: number[] = [];
    let s = k;
    while (s >= 0 && memo[s] === 0) {
      chain.push(s);
      s = this.segments[s].parent;
    }
    let ok = s < 0 || memo[s] === 1;
    for (let i = chain.length - 1; i >= 0; i--) {
      const seg = this.segments[chain[i]];
      ok = ok && free(seg.a, seg.b);
      memo[chain[i]] = ok ? 1 : 2;
    }
    return memo[k] === 1;
  }

  /**
   * A usable tree point near the goals where joining costs least by the search's own measure (along the
   * tree at the reuse rate, then straight to a goal), and its segment; null when no segment is usable.
   * Looked for in a square around the goals grown until it holds a usable segment: the search that
   * follows weighs every tree segment of its window anyway, this point only places that window.
   */
  nearest(goals: readonly Point[], reuse: number, set: unknown, free: SegmentFree): { point: Point; segment: number } | null {
    if (this.segments.length === 0) return null;
    this.catchUp();
    const gx0 = Math.min(...goals.map((g) => g.x));
    const gy0 = Math.min(...goals.map((g) => g.y));
    const gx1 = Math.max(...goals.map((g) => g.x));
    const gy1 = Math.max(...goals.map((g) => g.y));
    const bd = this.bounds;
    for (let r = CELL; ; r *= 2) {
      let best: { f: number; k: number; p: Point } | null = null;
      for (const k of this.within({ x: gx0 - r, y: gy0 - r, width: gx1 - gx0 + 2 * r, height: gy1 - gy0 + 2 * r })) {
        const s = this.segments[k];
        const x0 = Math.min(s.a.x, s.b.x);
        const x1 = Math.max(s.a.x, s.b.x);
        const y0 = Math.min(s.a.y, s.b.y);
        const y1 = Math.max(s.a.y, s.b.y);
        for (const g of goals) {
          // The cheapest point of an axis-parallel segment for a goal is its end `a` or the goal's foot on it.
          const foot = { x: Math.min(Math.max(g.x, x0), x1), y: Math.min(Math.max(g.y, y0), y1) };
          const viaFoot = reuse * (s.at + dist(s.a, foot)) + dist(foot, g);
          const viaA = reuse * s.at + dist(s.a, g);
          const f = Math.min(viaFoot, viaA);
          if ((!best || f < best.f) && this.usable(k, set, free)) best = { f, k, p: viaFoot <= viaA ? foot : s.a };
        }
      }
      if (best) return { point: best.p, segment: best.k };
      if (gx0 - r <= bd.x0 && gy0 - r <= bd.y0 && gx1 + r >= bd.x1 && gy1 + r >= bd.y1) return null;
    }
  }
}
