// What the chart canvas puts in the DOM at a given zoom and viewport. A whole kabupaten (10,000 positions)
// cannot be 10,000 live box components while panning: far out, text is unreadable anyway (a 12 px title
// at zoom 0.3 is under 4 px), so boxes become plain shapes, and only what is on screen is in the DOM.
// Pure: no DOM, no Svelte, so the choices are unit-tested.
import type { Point, Rect } from '../../layout/scene.ts';

/**
 * - full: box components with their text, overlays and hit areas (zoomed in enough to read);
 * - boxes: one plain rectangle per visible box, still selectable, no text;
 * - shapes: the whole chart as a few paths (one per kind), nothing per box.
 */
export type DetailLevel = 'full' | 'boxes' | 'shapes';

/** Zoom below which text is dropped: the 10.5 px detail text would be under 4.5 px on screen. */
export const TEXT_MIN_ZOOM = 0.42;
/** Zoom below which boxes are drawn as shared paths, not elements. */
export const SHAPES_MAX_ZOOM = 0.2;

/**
 * Below this many boxes (officials + staff groups) the chart is drawn whole at every zoom: a browser
 * pans a few hundred box components smoothly (the sample kabupaten has ~400), and a chart that small
 * keeps every box, with its text, clickable at the fitted zoom.
 */
export const LOD_MIN_BOXES = 1500;

/** Whether level of detail applies: `?lod=on|off` overrides (the bench measures both), else by size. */
export function lodApplies(param: string | null, boxes: number): boolean {
  if (param === 'off') return false;
  if (param === 'on') return true;
  return boxes >= LOD_MIN_BOXES;
}

export function detailLevel(zoom: number, enabled = true): DetailLevel {
  if (!enabled || zoom >= TEXT_MIN_ZOOM) return 'full';
  return zoom >= SHAPES_MAX_ZOOM ? 'boxes' : 'shapes';
}

/** d3-zoom's transform: screen = scene × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * The scene rectangle on screen, grown by `marginPx` screen pixels on each side so a short pan does not
 * reveal empty space before the next update, and snapped outward to `snap` scene units so that the
 * visible set (and the DOM) only changes when the view crosses a cell.
 */
export function viewportRect(t: ViewTransform, screen: { width: number; height: number }, marginPx = 160, snap = 256): Rect {
  const k = t.k > 0 ? t.k : 1;
  const x0 = Math.floor((-t.x - marginPx) / k / snap) * snap;
  const y0 = Math.floor((-t.y - marginPx) / k / snap) * snap;
  const x1 = Math.ceil((screen.width - t.x + marginPx) / k / snap) * snap;
  const y1 = Math.ceil((screen.height - t.y + marginPx) / k / snap) * snap;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function boundsOf(points: readonly Point[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  if (x0 === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  // A straight edge has zero width or height; one unit keeps it intersectable.
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

/**
 * Items bucketed in a uniform grid, so a viewport query costs what is visible, not the whole chart.
 * `query` keeps the items' original order (draw order matters: frames outer first) and returns the
 * same array object while the answer does not change, so a reactive consumer does not redraw.
 */
export class SpatialIndex<T> {
  private readonly cells: Map<number, number[]>;
  private readonly rects: Rect[];
  private last: { key: string; items: T[] } | undefined;
  private static readonly COLS = 1 << 20;

  constructor(
    private readonly items: readonly T[],
    rectOf: (item: T) => Rect,
    private readonly cell = 512,
    reuse?: { rects: Rect[]; cells: Map<number, number[]> }
  ) {
    if (reuse) {
      this.rects = reuse.rects;
      this.cells = reuse.cells;
      return;
    }
    this.cells = new Map();
    this.rects = items.map(rectOf);
    this.rects.forEach((r, i) => {
      for (const c of this.cellsOf(r)) {
        const list = this.cells.get(c);
        if (list) list.push(i);
        else this.cells.set(c, [i]);
      }
    });
  }

  private *cellsOf(r: Rect): Generator<number> {
    const cx0 = Math.floor(r.x / this.cell);
    const cy0 = Math.floor(r.y / this.cell);
    const cx1 = Math.floor((r.x + r.width) / this.cell);
    const cy1 = Math.floor((r.y + r.height) / this.cell);
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) yield cy * SpatialIndex.COLS + cx;
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * An index of `items` that keeps `prev`'s grid when every item has the rectangle its counterpart had
   * (an edit that changed only a box's text), so a rename does not re-bucket a 10,000-box chart.
   */
  static update<T>(prev: SpatialIndex<T> | undefined, items: readonly T[], rectOf: (item: T) => Rect): SpatialIndex<T> {
    if (!prev || prev.items.length !== items.length) return new SpatialIndex(items, rectOf);
    const rects = items.map(rectOf);
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i];
      const b = prev.rects[i];
      if (a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height) return new SpatialIndex(items, rectOf, prev.cell);
    }
    return new SpatialIndex(items, rectOf, prev.cell, { rects, cells: prev.cells });
  }

  query(view: Rect): T[] {
    const key = `${view.x},${view.y},${view.width},${view.height}`;
    if (this.last?.key === key) return this.last.items;
    const hit = new Set<number>();
    const cx0 = Math.floor(view.x / this.cell);
    const cy0 = Math.floor(view.y / this.cell);
    const cx1 = Math.floor((view.x + view.width) / this.cell);
    const cy1 = Math.floor((view.y + view.height) / this.cell);
    if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > this.cells.size) {
      // Zoomed far out: scanning every item is cheaper than every empty cell.
      this.rects.forEach((r, i) => intersects(r, view) && hit.add(i));
    } else {
      for (let cy = cy0; cy <= cy1; cy++)
        for (let cx = cx0; cx <= cx1; cx++) for (const i of this.cells.get(cy * SpatialIndex.COLS + cx) ?? []) if (intersects(this.rects[i], view)) hit.add(i);
    }
    const items = [...hit].sort((a, b) => a - b).map((i) => this.items[i]);
    const prev = this.last?.items;
    const same = prev !== undefined && prev.length === items.length && prev.every((x, i) => x === items[i]);
    this.last = { key, items: same ? prev : items };
    return this.last.items;
  }
}

/** `prev` when `next` holds the same objects in the same order, so what is derived from it is kept. */
export function sameItems<T>(prev: readonly T[], next: readonly T[]): readonly T[] {
  if (prev.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return next;
  return prev;
}

/** All rectangles as one SVG path (the 'shapes' level draws a whole kind with one element). */
export function rectsPath(rects: readonly Rect[]): string {
  const parts: string[] = [];
  for (const r of rects) parts.push(`M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}z`);
  return parts.join('');
}

/** All polylines as one SVG path. */
export function polylinesPath(lines: readonly (readonly Point[])[]): string {
  const parts: string[] = [];
  for (const pts of lines) pts.forEach((p, i) => parts.push(`${i === 0 ? 'M' : 'L'}${p.x},${p.y}`));
  return parts.join('');
}
