// The bucket grid both spatial indexes use (rect-index.ts over boxes and frames, route-tree.ts over a
// growing route tree): cells of 320 px keyed by one small integer (fast Map keys), ±1,024 cells each way
// (±327,000 px, far beyond a kabupaten chart).
/** Cell size (px); route-tree.ts also widens its nearest-segment search by it. */
export const CELL = 320;

/** The cell column or row of a coordinate, offset to 0…2047. */
export function cellOf(v: number): number {
  return Math.max(-1024, Math.min(1023, Math.floor(v / CELL))) + 1024;
}

/** The Map key of a cell (cx, cy from cellOf). */
export function cellKey(cx: number, cy: number): number {
  return cx * 2048 + cy;
}

/** Files item `id` under every cell the box [x0, x1] × [y0, y1] touches. */
export function addToCells(cells: Map<number, number[]>, id: number, x0: number, y0: number, x1: number, y1: number): void {
  const cx1 = cellOf(x1);
  const cy0 = cellOf(y0);
  const cy1 = cellOf(y1);
  for (let cx = cellOf(x0); cx <= cx1; cx++)
    for (let cy = cy0; cy <= cy1; cy++) {
      const key = cellKey(cx, cy);
      const list = cells.get(key);
      if (list) list.push(id);
      else cells.set(key, [id]);
    }
}
