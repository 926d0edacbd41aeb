// scene → standalone SVG: plain <text>, a declared font stack, markers defined inside the file, the
// structure JSON in <metadata> so a figure can be re-opened. Either one figure at natural size, one
// page fitted to paper, or several tiled pages with a repeated header, page numbers and overlap marks.
import { FONT_FAMILY } from '../layout/box-content.ts';
import type { Scene } from '../layout/scene.ts';
import { escapeXml, num } from './escape.ts';
import { captionPart, headerPart, legendPart, signaturePart, type Lampiran, type Part } from './figure-parts.ts';
import { fitScale, MM, pagePx, tiles, type Paper, type Rect, type Tile } from './paper.ts';
import { chartSvg } from './svg-chart.ts';
import { cullScene } from './scene-cull.ts';
import { fontFaceCss, type EmbeddedFont } from './font-embed.ts';

export interface SvgOptions {
  /** Paper; omitted → the figure at natural size (1 scene px = 1 px). */
  paper?: Paper;
  /** With paper: shrink to one page (default) or tile at `tileScale` over several pages. */
  mode?: 'fit' | 'tile';
  tileScale?: number;
  overlapMm?: number;
  lampiran?: Lampiran;
  /** Structure JSON (or object) embedded in <metadata>. */
  structure?: unknown;
  /** Draw the kedudukan tree (default true). */
  kedudukan?: boolean;
  legend?: boolean;
  /** Embed the chart's font ("Sematkan huruf"), so the figure renders the same without it installed. */
  font?: EmbeddedFont;
}

const GAP = 10;
const NATURAL_MARGIN = 24;

function root(width: number, height: number, viewW: number, viewH: number, unit: string, body: string, scene: Scene, opts: SvgOptions): string {
  const meta = opts.structure === undefined ? '' : `<metadata id="bagan-kerja-structure">${escapeXml(typeof opts.structure === 'string' ? opts.structure : JSON.stringify(opts.structure))}</metadata>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}${unit}" height="${num(height)}${unit}" viewBox="0 0 ${num(viewW)} ${num(viewH)}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(scene.title || 'Bagan Kerja')}</title>${meta}` +
    (opts.font ? `<defs><style type="text/css">${fontFaceCss(opts.font)}</style></defs>` : '') +
    `<rect x="0" y="0" width="${num(viewW)}" height="${num(viewH)}" fill="#ffffff"/>` +
    body +
    `</svg>\n`
  );
}

interface Furniture {
  header: Part | null;
  caption: Part | null;
  legend: Part | null;
  signature: Part | null;
  top: number;
  bottom: number;
}

function furniture(scene: Scene, opts: SvgOptions, width: number): Furniture {
  const l = opts.lampiran ?? {};
  const header = headerPart(l);
  const caption = captionPart(l, width);
  const legend = opts.legend === false ? null : legendPart(scene, opts.kedudukan !== false);
  const signature = signaturePart(l);
  const top = (header ? header.height + GAP : 0) + (caption ? caption.height + GAP : 0);
  const bottom = Math.max(legend?.height ?? 0, signature?.height ?? 0) + (legend || signature ? GAP : 0);
  return { header, caption, legend, signature, top, bottom };
}

function drawTop(f: Furniture, area: Rect): string {
  let out = '';
  let y = area.y;
  if (f.header) {
    out += f.header.draw(area.x + area.width - f.header.width, y);
    y += f.header.height + GAP;
  }
  if (f.caption) out += f.caption.draw(area.x + (area.width - f.caption.width) / 2, y);
  return out;
}

function drawBottom(f: Furniture, area: Rect, withSignature: boolean): string {
  const bottom = area.y + area.height;
  let out = '';
  if (f.legend) out += f.legend.draw(area.x, bottom - f.legend.height);
  if (f.signature && withSignature) out += f.signature.draw(area.x + area.width - f.signature.width, bottom - f.signature.height);
  return out;
}

function placedChart(scene: Scene, opts: SvgOptions, x: number, y: number, scale: number): string {
  // Rounded down, never up: a fitted chart must not spill past the margin.
  const s = Math.floor(scale * 100000) / 100000;
  return `<g class="chart" transform="translate(${num(x)},${num(y)}) scale(${s})">${chartSvg(scene, { kedudukan: opts.kedudukan })}</g>`;
}

/** One SVG: the whole figure, at natural size or fitted to one page. */
export function renderSvg(scene: Scene, opts: SvgOptions = {}): string {
  if (opts.paper && opts.mode === 'tile') return renderSvgPages(scene, opts)[0];
  if (!opts.paper) {
    const probe = furniture(scene, opts, scene.width);
    const partsW = Math.max(probe.header?.width ?? 0, probe.caption?.width ?? 0, (probe.legend?.width ?? 0) + (probe.signature?.width ?? 0) + 40);
    const innerW = Math.max(scene.width, partsW);
    const f = furniture(scene, opts, innerW);
    const width = innerW + 2 * NATURAL_MARGIN;
    const height = f.top + scene.height + f.bottom + 2 * NATURAL_MARGIN;
    const area = { x: NATURAL_MARGIN, y: NATURAL_MARGIN, width: innerW, height: height - 2 * NATURAL_MARGIN };
    const body = drawTop(f, area) + placedChart(scene, opts, NATURAL_MARGIN + (innerW - scene.width) / 2, NATURAL_MARGIN + f.top, 1) + drawBottom(f, area, true);
    return root(width, height, width, height, '', body, scene, opts);
  }
  const page = pagePx(opts.paper);
  const f = furniture(scene, opts, page.content.width);
  const chartArea = { width: page.content.width, height: page.content.height - f.top - f.bottom };
  const scale = fitScale(scene.width, scene.height, chartArea, 1);
  const x = page.content.x + (page.content.width - scene.width * scale) / 2;
  const body = drawTop(f, page.content) + placedChart(scene, opts, x, page.content.y + f.top, scale) + drawBottom(f, page.content, true);
  return root(opts.paper.widthMm, opts.paper.heightMm, page.width, page.height, 'mm', body, scene, opts);
}

/** Tiled pages (mode 'tile'), or a single fitted page otherwise. `limit`: only the first pages (previews). */
export function renderSvgPages(scene: Scene, opts: SvgOptions, limit = Infinity): string[] {
  if (!opts.paper || opts.mode !== 'tile') return [renderSvg(scene, { ...opts, mode: 'fit' })];
  const paper = opts.paper;
  const page = pagePx(paper);
  const f = furniture(scene, opts, page.content.width);
  const { area, scale, overlap, list } = tileGrid(scene, opts, page.content, f);
  const ov = Math.min(overlap, (area.width * scale) / 3);
  return list.slice(0, limit).map((t) => {
    const clipId = `halaman-${t.index + 1}`;
    let body = drawTop(f, page.content);
    body += `<clipPath id="${clipId}"><rect x="${num(area.x)}" y="${num(area.y)}" width="${num(area.width)}" height="${num(area.height)}"/></clipPath>`;
    // Only what falls on this page is drawn (the clip path trims lines that cross its edge).
    body += `<g clip-path="url(#${clipId})">${placedChart(cullScene(scene, t.view), opts, area.x - t.view.x * scale, area.y - t.view.y * scale, scale)}</g>`;
    body += `<rect x="${num(area.x)}" y="${num(area.y)}" width="${num(area.width)}" height="${num(area.height)}" fill="none" stroke="#9ca3af" stroke-width="0.6"/>`;
    body += overlapMarks(area, ov, t.column > 0, t.row > 0, list.some((o) => o.column > t.column), list.some((o) => o.row > t.row));
    const label = `Halaman ${t.index + 1} dari ${list.length} (baris ${t.row + 1}, kolom ${t.column + 1})`;
    body += `<text x="${num(page.content.x + page.content.width / 2)}" y="${num(area.y + area.height + 13)}" font-size="10" text-anchor="middle" fill="#374151">${escapeXml(label)}</text>`;
    body += drawBottom(f, { ...page.content }, t.index === list.length - 1);
    // The structure rides on the first page only: one copy per export, not one per sheet.
    return root(paper.widthMm, paper.heightMm, page.width, page.height, 'mm', body, scene, t.index === 0 ? opts : { ...opts, structure: undefined });
  });
}

/** The page grid of a tiled export (what the app previews): the same arithmetic renderSvgPages uses. */
export function pageTiles(scene: Scene, opts: SvgOptions & { paper: Paper }): Tile[] {
  const page = pagePx(opts.paper);
  return tileGrid(scene, opts, page.content, furniture(scene, opts, page.content.width)).list;
}

function tileGrid(scene: Scene, opts: SvgOptions, content: Rect, f: Furniture) {
  const pageLabelH = 18;
  const area = { x: content.x, y: content.y + f.top, width: content.width, height: content.height - f.top - f.bottom - pageLabelH };
  const scale = opts.tileScale ?? 1;
  const overlap = (opts.overlapMm ?? 10) * MM;
  return { area, scale, overlap, list: tiles(scene.width, scene.height, area, scale, overlap) };
}

/** Dashed lines where this page overlaps its neighbours: cut or glue along them when assembling sheets. */
function overlapMarks(area: Rect, ov: number, left: boolean, top: boolean, right: boolean, bottom: boolean): string {
  const style = 'stroke="#6b7280" stroke-width="0.8" stroke-dasharray="4 3"';
  let out = '<g class="overlap-marks">';
  if (left) out += `<line x1="${num(area.x + ov)}" y1="${num(area.y)}" x2="${num(area.x + ov)}" y2="${num(area.y + area.height)}" ${style}/>`;
  if (right) out += `<line x1="${num(area.x + area.width - ov)}" y1="${num(area.y)}" x2="${num(area.x + area.width - ov)}" y2="${num(area.y + area.height)}" ${style}/>`;
  if (top) out += `<line x1="${num(area.x)}" y1="${num(area.y + ov)}" x2="${num(area.x + area.width)}" y2="${num(area.y + ov)}" ${style}/>`;
  if (bottom) out += `<line x1="${num(area.x)}" y1="${num(area.y + area.height - ov)}" x2="${num(area.x + area.width)}" y2="${num(area.y + area.height - ov)}" ${style}/>`;
  return out + '</g>';
}

/** Size in CSS px (96 dpi) of an exported SVG, from its viewBox: what a canvas needs for PNG export. */
export function svgPixelSize(svg: string): { width: number; height: number } | null {
  const m = /<svg\b[^>]*\bviewBox="\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
}
