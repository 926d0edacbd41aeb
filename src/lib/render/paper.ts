// Paper sizes and page arithmetic for lampiran figures (pure). F4/folio is the 215×330 mm sheet used by
// Indonesian government offices. Internal unit: CSS px at 96 dpi (1 mm = 96 / 25.4 px).
export const MM = 96 / 25.4;

export const PAPER_SIZES = {
  a4: { widthMm: 210, heightMm: 297, label: 'A4' },
  f4: { widthMm: 215, heightMm: 330, label: 'F4 (folio)' },
  a3: { widthMm: 297, heightMm: 420, label: 'A3' }
} as const;
export type PaperName = keyof typeof PAPER_SIZES;
export type Orientation = 'portrait' | 'landscape';

export interface Paper {
  name: PaperName;
  orientation: Orientation;
  widthMm: number;
  heightMm: number;
  marginMm: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Parses "a4", "a4-landscape", "f4-portrait", "A3 landscape"; null when unknown. */
export function parsePaper(text: string, marginMm = 15): Paper | null {
  const m = /^\s*(a4|f4|a3)(?:[\s_-]+(portrait|landscape|potret|lanskap))?\s*$/i.exec(text);
  if (!m) return null;
  const name = m[1].toLowerCase() as PaperName;
  const o = (m[2] ?? 'portrait').toLowerCase();
  const orientation: Orientation = o === 'landscape' || o === 'lanskap' ? 'landscape' : 'portrait';
  const size = PAPER_SIZES[name];
  const [w, h] = orientation === 'landscape' ? [size.heightMm, size.widthMm] : [size.widthMm, size.heightMm];
  return { name, orientation, widthMm: w, heightMm: h, marginMm };
}

export const PAPER_CHOICES = ['a4', 'a4-landscape', 'f4', 'f4-landscape', 'a3', 'a3-landscape'] as const;

export function pagePx(paper: Paper): { width: number; height: number; content: Rect } {
  const width = paper.widthMm * MM;
  const height = paper.heightMm * MM;
  const m = paper.marginMm * MM;
  return { width, height, content: { x: m, y: m, width: width - 2 * m, height: height - 2 * m } };
}

/** Largest scale (≤ maxScale) at which a w×h drawing fits in the area. */
export function fitScale(w: number, h: number, area: { width: number; height: number }, maxScale = 1): number {
  if (w <= 0 || h <= 0) return maxScale;
  return Math.min(maxScale, area.width / w, area.height / h);
}

export interface Tile {
  index: number;
  row: number;
  column: number;
  /** The part of the chart (chart coordinates, unscaled) shown on this page. */
  view: Rect;
}

/**
 * Cuts a chart of w×h (chart units) into pages whose chart area is `area` (page px) at `scale`.
 * Neighbouring tiles overlap by `overlap` page px so a sheet can be glued to the next one.
 */
export function tiles(w: number, h: number, area: { width: number; height: number }, scale: number, overlap: number): Tile[] {
  const vw = area.width / scale;
  const vh = area.height / scale;
  const ov = Math.min(overlap / scale, vw / 3, vh / 3);
  const count = (total: number, view: number) => (total <= view ? 1 : Math.ceil((total - ov) / (view - ov)));
  const cols = count(w, vw);
  const rows = count(h, vh);
  const out: Tile[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out.push({ index: out.length, row: r, column: c, view: { x: c * (vw - ov), y: r * (vh - ov), width: vw, height: vh } });
  return out;
}

/** CSS for browser printing (print to PDF) with the same page set-up as the SVG export. */
export function printPageCss(paper: Paper): string {
  return `@page { size: ${paper.widthMm}mm ${paper.heightMm}mm; margin: 0; }`;
}
