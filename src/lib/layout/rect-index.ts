// A uniform bucket grid over rectangles: "which boxes meet this window?" in time proportional to the
// window, not to the whole chart (a 10,000-position kabupaten has thousands of boxes; a route looks at a
// few dozen).
import type { Rect } from './scene.ts';
import { addToCells, cellKey, cellOf } from './grid-cells.ts';

export class RectIndex {
  private readonly cells = new Map<number, number[]>();
  private stamp: Uint32Array;
  private tick = 0;

  constructor(readonly rects: readonly Rect[]) {
    this.stamp = new Uint32Array(rects.length);
    rects.forEach((r, i) => addToCells(this.cells, i, r.x, r.y, r.x + r.width, r.y + r.height));
  }

  /** Indices (into `rects`, ascending) of the rectangles whose interior meets the window's interior. */
  query(win: Rect): number[] {
    const out: number[] = [];
    if (++this.tick === 0xffffffff) {
      this.stamp.fill(0);
      this.tick = 1;
    }
    const x1 = win.x + win.width;
    const y1 = win.y + win.height;
    const c1 = cellOf(x1);
    const r0 = cellOf(win.y);
    const r1 = cellOf(y1);
    for (let cx = cellOf(win.x); cx <= c1; cx++)
      for (let cy = r0; cy <= r1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k];
          if (this.stamp[i] === this.tick) continue;
          this.stamp[i] = this.tick;
          const r = this.rects[i];
          if (r.x < x1 && r.x + r.width > win.x && r.y < y1 && r.y + r.height > win.y) out.push(i);
        }
      }
    return out.sort((a, b) => a - b);
  }

  /**
   * Whether some rectangle meets the window's interior, where `instead[i]`, when given, stands for
   * rectangle i (found by i's place, tested by its own): a frame that is open for a line counts only
   * by the name written in it. The cell walk of `any`, repeated: the router asks this per grid step, and
   * `any` with a `counts` closure allocated one per test.
   */
  anyInstead(win: Rect, instead: readonly (Rect | undefined)[]): boolean {
    const x1 = win.x + win.width;
    const y1 = win.y + win.height;
    const c1 = cellOf(x1);
    const r0 = cellOf(win.y);
    const r1 = cellOf(y1);
    for (let cx = cellOf(win.x); cx <= c1; cx++)
      for (let cy = r0; cy <= r1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k];
          const r = this.rects[i];
          if (!(r.x < x1 && r.x + r.width > win.x && r.y < y1 && r.y + r.height > win.y)) continue;
          const o = instead[i];
          if (o === undefined || (o.x < x1 && o.x + o.width > win.x && o.y < y1 && o.y + o.height > win.y)) return true;
        }
      }
    return false;
  }

  /** Whether some rectangle accepted by `counts` meets the window's interior (a line's "is this way free?"). */
  any(win: Rect, counts?: (i: number) => boolean): boolean {
    const x1 = win.x + win.width;
    const y1 = win.y + win.height;
    const c1 = cellOf(x1);
    const r0 = cellOf(win.y);
    const r1 = cellOf(y1);
    for (let cx = cellOf(win.x); cx <= c1; cx++)
      for (let cy = r0; cy <= r1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k];
          const r = this.rects[i];
          if (r.x < x1 && r.x + r.width > win.x && r.y < y1 && r.y + r.height > win.y && (!counts || counts(i))) return true;
        }
      }
    return false;
  }
}
