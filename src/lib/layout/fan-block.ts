// A wide fan-out (many Kelurahan, Puskesmas, Seksi …) packed into stacked columns, the way SOTK
// figures list them, instead of one endless row. Each column hangs from a top bus and carries its own
// vertical bus on the left, with a short stub into every item.
import type { Point } from './scene.ts';

export interface FanItem {
  id: string;
  width: number;
  height: number;
  /** y (relative to the item) where the stub enters its left side. */
  attachY: number;
}

export interface FanPlacement {
  id: string;
  x: number;
  y: number;
  /** From the fan block's north port to the item's left side, relative to the fan block. */
  path: Point[];
}

export interface FanBlock {
  width: number;
  height: number;
  /** North port x, relative to the block. */
  northX: number;
  placements: FanPlacement[];
}

export const FAN = { busIndent: 10, stub: 14, columnGap: 28, rowGap: 16, top: 18 } as const;

/** Column count that makes the block closest to a landscape page (aspect ≈ 1.6). */
function columnCount(items: readonly FanItem[]): number {
  const n = items.length;
  let best = 1;
  let bestScore = Infinity;
  for (let c = 1; c <= n; c++) {
    const { width, height } = measure(items, c);
    const score = Math.abs(Math.log(width / height / 1.6));
    if (score < bestScore - 1e-9) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function split(items: readonly FanItem[], columns: number): FanItem[][] {
  const perColumn = Math.ceil(items.length / columns);
  const out: FanItem[][] = [];
  for (let i = 0; i < items.length; i += perColumn) out.push(items.slice(i, i + perColumn));
  return out;
}

function measure(items: readonly FanItem[], columns: number): { width: number; height: number } {
  const cols = split(items, columns);
  let width = 0;
  let height = 0;
  for (const col of cols) {
    width += FAN.busIndent + FAN.stub + Math.max(...col.map((i) => i.width));
    height = Math.max(height, FAN.top + col.reduce((h, i) => h + i.height, 0) + FAN.rowGap * (col.length - 1));
  }
  return { width: width + FAN.columnGap * (cols.length - 1), height };
}

export function packFan(items: readonly FanItem[]): FanBlock {
  const cols = split(items, columnCount(items));
  const { width, height } = measure(items, cols.length);
  const busXs: number[] = [];
  let x = 0;
  for (const col of cols) {
    busXs.push(x + FAN.busIndent);
    x += FAN.busIndent + FAN.stub + Math.max(...col.map((i) => i.width)) + FAN.columnGap;
  }
  const northX = Math.round((busXs[0] + busXs[busXs.length - 1]) / 2);
  const placements: FanPlacement[] = [];
  cols.forEach((col, c) => {
    const bus = busXs[c];
    let y = FAN.top;
    for (const item of col) {
      const ix = bus + FAN.stub;
      const ay = y + item.attachY;
      placements.push({ id: item.id, x: ix, y, path: [{ x: northX, y: 0 }, { x: bus, y: 0 }, { x: bus, y: ay }, { x: ix, y: ay }] });
      y += item.height + FAN.rowGap;
    }
  });
  return { width, height, northX, placements };
}
