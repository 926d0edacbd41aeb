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

function textLines(lines: readonly string[], x: number, top: number, lineHeight: number, size: number, attrs: string): string {
  const offset = (lineHeight - size) / 2 + size * 0.86;
  return lines.map((l, i) => `<text x="${num(x)}" y="${num(top + i * lineHeight + offset)}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

function frameSvg(n: UnitFrameNode): string {
  const fill = n.depth === 0 ? '#f8fafc' : '#ffffff';
  return (
    `<g class="unit" data-unit="${escapeXml(n.unitId)}">` +
    `<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="6" fill="${fill}" stroke="#94a3b8" stroke-width="1"/>` +
    textLines(n.name, n.x + FRAME.pad, n.y + 10, FONTS.unitName.lineHeight, FONTS.unitName.size, `font-size="${FONTS.unitName.size}" font-weight="bold" fill="#334155"`) +
    `</g>`
  );
}

function officialSvg(n: OfficialNode): string {
  const cx = n.x + n.width / 2;
  const titleTop = n.y + OFFICIAL.padY;
  const detailTop = titleTop + n.title.length * FONTS.title.lineHeight + OFFICIAL.gap;
  const badge = n.collapsedCount
    ? `<rect x="${num(n.x + n.width - 34)}" y="${num(n.y + n.height - 9)}" width="30" height="16" rx="8" fill="#1f2937"/><text x="${num(n.x + n.width - 19)}" y="${num(n.y + n.height + 3)}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">+${n.collapsedCount}</text>`
    : '';
  return (
    `<g class="official" data-position="${escapeXml(n.positionId)}">` +
    `<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="3" fill="${n.isUnitHead ? '#eef2f7' : '#ffffff'}" stroke="#111827" stroke-width="${n.isUnitHead ? 2 : 1.2}"/>` +
    textLines(n.title, cx, titleTop, FONTS.title.lineHeight, FONTS.title.size, `font-size="${FONTS.title.size}" font-weight="bold" text-anchor="middle" fill="#111827"`) +
    textLines(n.detail, cx, detailTop, FONTS.detail.lineHeight, FONTS.detail.size, `font-size="${FONTS.detail.size}" text-anchor="middle" fill="#374151"`) +
    badge +
    `</g>`
  );
}

function groupSvg(n: StaffGroupNode): string {
  let out = `<g class="staff-group" data-parent="${escapeXml(n.parentPositionId)}">`;
  out += `<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="3" fill="#ffffff" stroke="#111827" stroke-width="1.2"/>`;
  out += `<rect x="${num(n.x + 0.6)}" y="${num(n.y + 0.6)}" width="${num(n.width - 1.2)}" height="${num(n.headingHeight - 0.6)}" fill="#e5e7eb"/>`;
  out += textLines([n.heading], n.x + n.width / 2, n.y + (n.headingHeight - FONTS.heading.lineHeight) / 2, FONTS.heading.lineHeight, FONTS.heading.size, `font-size="${FONTS.heading.size}" font-weight="bold" text-anchor="middle" fill="#111827"`);
  for (const r of n.rows) {
    out += `<g class="staff-row" data-position="${escapeXml(r.positionId)}">`;
    out += `<line x1="${num(r.x)}" y1="${num(r.y)}" x2="${num(r.x + r.width)}" y2="${num(r.y)}" stroke="#9ca3af" stroke-width="0.8"/>`;
    const titleTop = r.y + GROUP.padY;
    out += textLines(r.title, r.x + GROUP.padX, titleTop, FONTS.rowTitle.lineHeight, FONTS.rowTitle.size, `font-size="${FONTS.rowTitle.size}" fill="#111827"`);
    out += textLines(r.detail, r.x + GROUP.padX, titleTop + r.title.length * FONTS.rowTitle.lineHeight, FONTS.rowDetail.lineHeight, FONTS.rowDetail.size, `font-size="${FONTS.rowDetail.size}" fill="#4b5563"`);
    out += `</g>`;
  }
  return out + `</g>`;
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
  if (e.points.length < 2) return '';
  const s = LINE_STYLES[e.kind];
  const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)},${num(p.y)}`).join(' ');
  const width = s.width * factor * (e.optional ? OPTIONAL_LINE.widthFactor : 1);
  const attrs = [
    `d="${d}"`,
    'fill="none"',
    `stroke="${s.color}"`,
    `stroke-width="${num(width)}"`,
    s.dash ? `stroke-dasharray="${s.dash}"` : '',
    e.optional ? `stroke-opacity="${OPTIONAL_LINE.opacity}"` : '',
    `data-kind="${e.kind}"`,
    e.subKind ? `data-subkind="${escapeXml(e.subKind)}"` : '',
    `data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"`
  ].filter(Boolean);
  const n = e.points.length;
  const head = s.arrow ? arrowHead(e.points[n - 1], e.points[n - 2], s.color, 9 * Math.max(1, factor * 0.8)) : '';
  return head ? `<g class="line"><path ${attrs.join(' ')}/>${head}</g>` : `<path ${attrs.join(' ')}/>`;
}

export function chartSvg(scene: Scene, opts: ChartOptions = {}): string {
  const factor = opts.lineWidthFactor ?? 1;
  const frames = scene.nodes.filter((n): n is UnitFrameNode => n.kind === 'unitFrame').map(frameSvg).join('');
  const tree = opts.kedudukan === false ? '' : scene.edges.filter((e) => e.kind === 'kedudukan').map((e) => edgeSvg(e, factor)).join('');
  const boxes = scene.nodes.map((n) => (n.kind === 'official' ? officialSvg(n) : n.kind === 'staffGroup' ? groupSvg(n) : '')).join('');
  const overlays = scene.edges.filter((e) => e.kind !== 'kedudukan').map((e) => edgeSvg(e, factor)).join('');
  return `<g class="frames">${frames}</g><g class="tree">${tree}</g><g class="boxes">${boxes}</g><g class="overlays">${overlays}${teamLayerSvg(scene.teams, factor)}</g>`;
}
