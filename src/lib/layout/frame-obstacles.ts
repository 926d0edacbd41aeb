// Which rectangles a line between two units must avoid. A unit frame that holds neither end of the line
// is one solid obstacle: the line has no business inside another Puskesmas or Sekolah, and its boxes need
// not be looked at one by one. Frames that hold an end are open: their own boxes and the names of their
// sub-units' frames are obstacles instead. So a route inside a Dinas with 200 Sekolah sees the Dinas's
// boxes and 200 frames, not 3,000 boxes; the sets are built once per pair of units and indexed.
import { RectIndex } from './rect-index.ts';
import { isBox, type Rect, type SceneNode, type UnitFrameNode } from './scene.ts';

const ROOT = '';

/** Obstacles (inflated) that meet a window: what the router asks for each search. */
export interface ObstacleSet {
  within(win: Rect): Rect[];
  /** Whether any of them meets the window: within(win).length > 0 without building the list. */
  blocks(win: Rect): boolean;
}

interface FrameLevel {
  index: RectIndex;
  /** Per rect of the index: the sub-unit whose frame it is, or null for a box or name. */
  frameOf: (string | null)[];
}

export class FrameObstacles {
  private readonly parent = new Map<string, string>();
  private readonly boxes = new Map<string, Rect[]>();
  private readonly subFrames = new Map<string, UnitFrameNode[]>();
  private readonly frames = new Map<string, UnitFrameNode>();
  /** Per frame (ROOT for the top level), built on first use: its boxes and its sub-unit frames. */
  private readonly levels = new Map<string, FrameLevel>();
  private readonly sets = new Map<string, ObstacleSet>();

  constructor(
    nodes: readonly SceneNode[],
    private readonly margin: number
  ) {
    const frames = nodes.filter((n): n is UnitFrameNode => n.kind === 'unitFrame').sort((a, b) => a.depth - b.depth);
    const index = new RectIndex(frames);
    frames.forEach((f) => {
      this.frames.set(f.unitId, f);
      // The innermost frame (depth order) that contains this one.
      let best: UnitFrameNode | undefined;
      for (const i of index.query(f)) {
        const g = frames[i];
        if (g !== f && g.depth < f.depth && contains(g, f) && (!best || g.depth > best.depth)) best = g;
      }
      const p = best?.unitId ?? ROOT;
      this.parent.set(f.unitId, p);
      push(this.subFrames, p, f);
    });
    for (const n of nodes) if (isBox(n)) push(this.boxes, this.frames.has(n.unitId) ? n.unitId : ROOT, n);
  }

  private inflate(r: Rect): Rect {
    const m = this.margin;
    return { x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m };
  }

  private level(f: string): FrameLevel {
    let level = this.levels.get(f);
    if (!level) {
      const rects: Rect[] = [];
      const frameOf: (string | null)[] = [];
      for (const b of this.boxes.get(f) ?? []) {
        rects.push(this.inflate(b));
        frameOf.push(null);
      }
      for (const s of this.subFrames.get(f) ?? []) {
        rects.push(this.inflate(s));
        frameOf.push(s.unitId);
      }
      this.levels.set(f, (level = { index: new RectIndex(rects), frameOf }));
    }
    return level;
  }

  private chain(unitId: string): string[] {
    const out: string[] = [];
    let cur: string | undefined = this.frames.has(unitId) ? unitId : ROOT;
    while (cur !== undefined && out.length < 1000) {
      out.push(cur);
      cur = cur === ROOT ? undefined : (this.parent.get(cur) ?? ROOT);
    }
    return out;
  }

  /** The top-level frame around a unit's boxes, if any. */
  top(unitId: string): UnitFrameNode | undefined {
    const chain = this.chain(unitId);
    const last = chain.length > 1 ? chain[chain.length - 2] : undefined;
    return last === undefined ? undefined : this.frames.get(last);
  }

  /** Obstacles for a line from a box of unit `a` to a box of unit `b`. */
  between(a: string, b: string): ObstacleSet {
    const key = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    let set = this.sets.get(key);
    if (set) return set;
    const open = [...new Set([...this.chain(a), ...this.chain(b)])];
    const isOpen = new Set(open);
    // Per open frame: its index and, for each open sub-unit frame in it, the name written in that frame
    // (an open sub-unit frame is not in the way, only its name); built once per pair of units.
    const levels = open.map((f) => {
      const { index, frameOf } = this.level(f);
      const names: (Rect | undefined)[] = frameOf.map((sub) => (sub !== null && isOpen.has(sub) ? this.inflate(this.frames.get(sub)!.nameRect) : undefined));
      return { index, names };
    });
    set = {
      within: (win) => {
        const out: Rect[] = [];
        for (let l = 0; l < levels.length; l++) {
          const { index, names } = levels[l];
          const found = index.query(win);
          for (let k = 0; k < found.length; k++) {
            const i = found[k];
            const name = names[i];
            if (name === undefined) out.push(index.rects[i]);
            else if (meets(name, win)) out.push(name);
          }
        }
        return out;
      },
      blocks: (win) => {
        for (let l = 0; l < levels.length; l++) if (levels[l].index.anyInstead(win, levels[l].names)) return true;
        return false;
      }
    };
    this.sets.set(key, set);
    return set;
  }
}

/** Interiors meet (a zero-width window is a segment: it meets what it passes through). */
function meets(r: Rect, win: Rect): boolean {
  return r.x < win.x + win.width && r.x + r.width > win.x && r.y < win.y + win.height && r.y + r.height > win.y;
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
