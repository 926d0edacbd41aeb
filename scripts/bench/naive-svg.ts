// Naive baseline for the whole-chart SVG export figure (issue 7): the chart as nested template strings,
// one `.map().join()` per list and six regex replaces per escaped string: how svg-chart.ts wrote it
// before it became one array of pieces joined once. Same markup, byte for byte (checked by the bench).
import { FONTS, FRAME, GROUP, OFFICIAL } from '../../src/lib/layout/box-content.ts';
import type { OfficialNode, Scene, SceneEdge, StaffGroupNode, UnitFrameNode } from '../../src/lib/layout/scene.ts';
import { escapeXmlReference as esc, num } from '../../src/lib/render/escape.ts';
import { arrowHead } from '../../src/lib/render/svg-chart.ts';
import { LINE_STYLES, OPTIONAL_LINE } from '../../src/lib/render/line-styles.ts';
import { teamLayerSvg } from '../../src/lib/render/team-layer-svg.ts';

const lines = (ls: readonly string[], x: number, top: number, lh: number, size: number, attrs: string) =>
  ls.map((l, i) => `<text x="${num(x)}" y="${num(top + i * lh + (lh - size) / 2 + size * 0.86)}" ${attrs}>${esc(l)}</text>`).join('');

const frame = (n: UnitFrameNode) =>
  `<g class="unit" data-unit="${esc(n.unitId)}"><rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="6" fill="${n.depth === 0 ? '#f8fafc' : '#ffffff'}" stroke="#94a3b8" stroke-width="1"/>` +
  lines(n.name, n.x + FRAME.pad, n.y + 10, FONTS.unitName.lineHeight, FONTS.unitName.size, `font-size="${FONTS.unitName.size}" font-weight="bold" fill="#334155"`) +
  `</g>`;

function official(n: OfficialNode): string {
  const cx = n.x + n.width / 2;
  const top = n.y + OFFICIAL.padY;
  const badge = n.collapsedCount
    ? `<rect x="${num(n.x + n.width - 34)}" y="${num(n.y + n.height - 9)}" width="30" height="16" rx="8" fill="#1f2937"/><text x="${num(n.x + n.width - 19)}" y="${num(n.y + n.height + 3)}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">+${n.collapsedCount}</text>`
    : '';
  return (
    `<g class="official" data-position="${esc(n.positionId)}"><rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="3" fill="${n.isUnitHead ? '#eef2f7' : '#ffffff'}" stroke="#111827" stroke-width="${n.isUnitHead ? 2 : 1.2}"/>` +
    lines(n.title, cx, top, FONTS.title.lineHeight, FONTS.title.size, `font-size="${FONTS.title.size}" font-weight="bold" text-anchor="middle" fill="#111827"`) +
    lines(n.detail, cx, top + n.title.length * FONTS.title.lineHeight + OFFICIAL.gap, FONTS.detail.lineHeight, FONTS.detail.size, `font-size="${FONTS.detail.size}" text-anchor="middle" fill="#374151"`) +
    badge +
    `</g>`
  );
}

function group(n: StaffGroupNode): string {
  let out = `<g class="staff-group" data-parent="${esc(n.parentPositionId)}"><rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="3" fill="#ffffff" stroke="#111827" stroke-width="1.2"/>`;
  out += `<rect x="${num(n.x + 0.6)}" y="${num(n.y + 0.6)}" width="${num(n.width - 1.2)}" height="${num(n.headingHeight - 0.6)}" fill="#e5e7eb"/>`;
  out += lines([n.heading], n.x + n.width / 2, n.y + (n.headingHeight - FONTS.heading.lineHeight) / 2, FONTS.heading.lineHeight, FONTS.heading.size, `font-size="${FONTS.heading.size}" font-weight="bold" text-anchor="middle" fill="#111827"`);
  for (const r of n.rows) {
    const top = r.y + GROUP.padY;
    out += `<g class="staff-row" data-position="${esc(r.positionId)}"><line x1="${num(r.x)}" y1="${num(r.y)}" x2="${num(r.x + r.width)}" y2="${num(r.y)}" stroke="#9ca3af" stroke-width="0.8"/>`;
    out += lines(r.title, r.x + GROUP.padX, top, FONTS.rowTitle.lineHeight, FONTS.rowTitle.size, `font-size="${FONTS.rowTitle.size}" fill="#111827"`);
    out += lines(r.detail, r.x + GROUP.padX, top + r.title.length * FONTS.rowTitle.lineHeight, FONTS.rowDetail.lineHeight, FONTS.rowDetail.size, `font-size="${FONTS.rowDetail.size}" fill="#4b5563"`);
    out += `</g>`;
  }
  return out + `</g>`;
}

function edge(e: SceneEdge): string {
  if (e.points.length < 2) return '';
  const s = LINE_STYLES[e.kind];
  const attrs = [
    `d="${e.points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)},${num(p.y)}`).join(' ')}"`,
    'fill="none"',
    `stroke="${s.color}"`,
    `stroke-width="${num(s.width * (e.optional ? OPTIONAL_LINE.widthFactor : 1))}"`,
    s.dash ? `stroke-dasharray="${s.dash}"` : '',
    e.optional ? `stroke-opacity="${OPTIONAL_LINE.opacity}"` : '',
    `data-kind="${e.kind}"`,
    e.subKind ? `data-subkind="${esc(e.subKind)}"` : '',
    `data-from="${esc(e.from)}" data-to="${esc(e.to)}"`
  ].filter(Boolean);
  const n = e.points.length;
  const head = s.arrow ? arrowHead(e.points[n - 1], e.points[n - 2], s.color, 9) : '';
  return head ? `<g class="line"><path ${attrs.join(' ')}/>${head}</g>` : `<path ${attrs.join(' ')}/>`;
}

export function naiveChartSvg(scene: Scene): string {
  const frames = scene.nodes.filter((n): n is UnitFrameNode => n.kind === 'unitFrame').map(frame).join('');
  const tree = scene.edges.filter((e) => e.kind === 'kedudukan').map(edge).join('');
  const boxes = scene.nodes.map((n) => (n.kind === 'official' ? official(n) : n.kind === 'staffGroup' ? group(n) : '')).join('');
  const overlays = scene.edges.filter((e) => e.kind !== 'kedudukan').map(edge).join('');
  return `<g class="frames">${frames}</g><g class="tree">${tree}</g><g class="boxes">${boxes}</g><g class="overlays">${overlays}${teamLayerSvg(scene.teams, 1)}</g>`;
}
