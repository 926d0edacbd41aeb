// The chart itself (frames, boxes, lines) as an SVG <g> in scene coordinates: plain <text>, no
// foreignObject, no external reference. Wrapped by svg.ts into a figure or paper pages.
import { FONTS, FRAME, GROUP, OFFICIAL } from '../layout/box-content.ts';
import type { OfficialNode, Point, Scene, SceneEdge, StaffGroupNode, UnitFrameNode } from '../layout/scene.ts';
import { escapeXml, num } from './escape.ts';
import { LINE_STYLES, OPTIONAL_LINE } from './line-styles.ts';
import { teamLayerSvg } from './team-layer-svg.ts';

export interface ChartOptions {
  /** Draw the kedudukan tree (default true). */
  kedudukan?: boolean;
  /** Stroke width multiplier (projector theme). */
  lineWidthFactor?: number;
}

// Written into one array of string pieces joined once at the end: the SVG of a 10,000-position chart
// is ~14 MB, and building it from nested template strings and joins made the garbage collector the
// largest cost (issue 7: whole-chart SVG export < 2 s).
type Out = string[];

const attrsOf = (f: { size: number }, rest: string) => `font-size="${f.size}"${rest}`;
const UNIT_NAME_ATTRS = attrsOf(FONTS.unitName, ' font-weight="bold" fill="#334155"');
const TITLE_ATTRS = attrsOf(FONTS.title, ' font-weight="bold" text-anchor="middle" fill="#111827"');
const DETAIL_ATTRS = attrsOf(FONTS.detail, ' text-anchor="middle" fill="#374151"');
const HEADING_ATTRS = attrsOf(FONTS.heading, ' font-weight="bold" text-anchor="middle" fill="#111827"');
const ROW_TITLE_ATTRS = attrsOf(FONTS.rowTitle, ' fill="#111827"');
const ROW_DETAIL_ATTRS = attrsOf(FONTS.rowDetail, ' fill="#4b5563"');

function textLines(out: Out, lines: readonly string[], x: number, top: number, lineHeight: number, size: number, attrs: string): void {
  const offset = (lineHeight - size) / 2 + size * 0.86;
  const xs = num(x);
  for (let i = 0; i < lines.length; i++) out.push('<text x="', xs, '" y="', num(top + i * lineHeight + offset), '" ', attrs, '>', escapeXml(lines[i]), '</text>');
}

function rect(out: Out, x: number, y: number, width: number, height: number): void {
  out.push('<rect x="', num(x), '" y="', num(y), '" width="', num(width), '" height="', num(height), '"');
}

function frameSvg(out: Out, n: UnitFrameNode): void {
  out.push('<g class="unit" data-unit="', escapeXml(n.unitId), '">');
  rect(out, n.x, n.y, n.width, n.height);
  out.push(' rx="6" fill="', n.depth === 0 ? '#f8fafc' : '#ffffff', '" stroke="#94a3b8" stroke-width="1"/>');
  textLines(out, n.name, n.x + FRAME.pad, n.y + 10, FONTS.unitName.lineHeight, FONTS.unitName.size, UNIT_NAME_ATTRS);
  out.push('</g>');
}

function officialSvg(out: Out, n: OfficialNode): void {
  const cx = n.x + n.width / 2;
  const titleTop = n.y + OFFICIAL.padY;
  const detailTop = titleTop + n.title.length * FONTS.title.lineHeight + OFFICIAL.gap;
  out.push('<g class="official" data-position="', escapeXml(n.positionId), '">');
  rect(out, n.x, n.y, n.width, n.height);
  out.push(' rx="3" fill="', n.isUnitHead ? '#eef2f7' : '#ffffff', '" stroke="#111827" stroke-width="', n.isUnitHead ? '2' : '1.2', '"/>');
  textLines(out, n.title, cx, titleTop, FONTS.title.lineHeight, FONTS.title.size, TITLE_ATTRS);
  textLines(out, n.detail, cx, detailTop, FONTS.detail.lineHeight, FONTS.detail.size, DETAIL_ATTRS);
  if (n.collapsedCount) {
    out.push(`<rect x="${num(n.x + n.width - 34)}" y="${num(n.y + n.height - 9)}" width="30" height="16" rx="8" fill="#1f2937"/><text x="${num(n.x + n.width - 19)}" y="${num(n.y + n.height + 3)}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">+${n.collapsedCount}</text>`);
  }
  out.push('</g>');
}

function groupSvg(out: Out, n: StaffGroupNode): void {
  out.push('<g class="staff-group" data-parent="', escapeXml(n.parentPositionId), '">');
  rect(out, n.x, n.y, n.width, n.height);
  out.push(' rx="3" fill="#ffffff" stroke="#111827" stroke-width="1.2"/>');
  rect(out, n.x + 0.6, n.y + 0.6, n.width - 1.2, n.headingHeight - 0.6);
  out.push(' fill="#e5e7eb"/>');
  textLines(out, [n.heading], n.x + n.width / 2, n.y + (n.headingHeight - FONTS.heading.lineHeight) / 2, FONTS.heading.lineHeight, FONTS.heading.size, HEADING_ATTRS);
  for (const r of n.rows) {
    out.push('<g class="staff-row" data-position="', escapeXml(r.positionId), '">');
    out.push('<line x1="', num(r.x), '" y1="', num(r.y), '" x2="', num(r.x + r.width), '" y2="', num(r.y), '" stroke="#9ca3af" stroke-width="0.8"/>');
    const titleTop = r.y + GROUP.padY;
    textLines(out, r.title, r.x + GROUP.padX, titleTop, FONTS.rowTitle.lineHeight, FONTS.rowTitle.size, ROW_TITLE_ATTRS);
    textLines(out, r.detail, r.x + GROUP.padX, titleTop + r.title.length * FONTS.rowTitle.lineHeight, FONTS.rowDetail.lineHeight, FONTS.rowDetail.size, ROW_DETAIL_ATTRS);
    out.push('</g>');
  }
  out.push('</g>');
}

/**
 * Arrowheads are drawn as small triangles, not SVG markers: markers inside clipped page tiles crash
 * resvg (PNG export) and render unevenly in office suites.
 */
export function arrowHead(tip: Point, from: Point, color: string, size = 9): string {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (len < 0.01) return '';
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.45;
  return `<path d="M${num(tip.x)},${num(tip.y)} L${num(bx - uy * half)},${num(by + ux * half)} L${num(bx + uy * half)},${num(by - ux * half)} z" fill="${color}"/>`;
}

export function edgeSvg(e: SceneEdge, factor = 1): string {
  const out: Out = [];
  pushEdge(out, e, factor);
  return out.join('');
}

function pushEdge(out: Out, e: SceneEdge, factor: number): void {
  const pts = e.points;
  const n = pts.length;
  if (n < 2) return;
  const s = LINE_STYLES[e.kind];
  const width = s.width * factor * (e.optional ? OPTIONAL_LINE.widthFactor : 1);
  const head = s.arrow ? arrowHead(pts[n - 1], pts[n - 2], s.color, 9 * Math.max(1, factor * 0.8)) : '';
  if (head) out.push('<g class="line">');
  out.push('<path d="M', num(pts[0].x), ',', num(pts[0].y));
  for (let i = 1; i < n; i++) out.push(' L', num(pts[i].x), ',', num(pts[i].y));
  out.push('" fill="none" stroke="', s.color, '" stroke-width="', num(width), '"');
  if (s.dash) out.push(' stroke-dasharray="', s.dash, '"');
  if (e.optional) out.push(' stroke-opacity="', String(OPTIONAL_LINE.opacity), '"');
  out.push(' data-kind="', e.kind, '"');
  if (e.subKind) out.push(' data-subkind="', escapeXml(e.subKind), '"');
  out.push(' data-from="', escapeXml(e.from), '" data-to="', escapeXml(e.to), '"/>');
  if (head) out.push(head, '</g>');
}

export function chartSvg(scene: Scene, opts: ChartOptions = {}): string {
  const factor = opts.lineWidthFactor ?? 1;
  const out: Out = ['<g class="frames">'];
  for (const n of scene.nodes) if (n.kind === 'unitFrame') frameSvg(out, n);
  out.push('</g><g class="tree">');
  if (opts.kedudukan !== false) for (const e of scene.edges) if (e.kind === 'kedudukan') pushEdge(out, e, factor);
  out.push('</g><g class="boxes">');
  for (const n of scene.nodes) {
    if (n.kind === 'official') officialSvg(out, n);
    else if (n.kind === 'staffGroup') groupSvg(out, n);
  }
  out.push('</g><g class="overlays">');
  for (const e of scene.edges) if (e.kind !== 'kedudukan') pushEdge(out, e, factor);
  out.push(teamLayerSvg(scene.teams, factor), '</g>');
  return out.join('');
}
