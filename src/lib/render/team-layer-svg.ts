// The Tim Kerja layer in the exported SVG (scene.teams, from src/lib/layout/team-groups.ts): per team,
// halos and badges on the members, the bundled member → Ketua lines with one arrow into the Ketua,
// and the team's other lines once each. Plus the legend rows naming each team.
import type { Point } from '../layout/scene.ts';
import type { TeamGroup, TeamLink } from '../layout/team-groups.ts';
import { textWidth } from '../layout/text-measure.ts';
import { escapeXml, num } from './escape.ts';
import { OPTIONAL_LINE } from './line-styles.ts';
import { TEAM_WIDTH, teamStyle } from './team-styles.ts';

export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)},${num(p.y)}`).join(' ');
}

/** A filled triangle with its tip on `tip`, pointing away from `from` (no markers: see svg-chart.ts). */
export function arrowData(tip: Point, from: Point, size: number): string {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.45;
  return `M${num(tip.x)},${num(tip.y)} L${num(bx - uy * half)},${num(by + ux * half)} L${num(bx + uy * half)},${num(by - ux * half)} z`;
}

/** Arrowheads of a team stroke: at the target end, and at the source end for lines the other way. */
export function arrowsOf(l: TeamLink, width: number): string[] {
  const n = l.points.length;
  if (n < 2) return [];
  const size = 8 + width;
  const out: string[] = [];
  if (l.arrowEnd) out.push(arrowData(l.points[n - 1], l.points[n - 2], size));
  if (l.arrowStart) out.push(arrowData(l.points[0], l.points[1], size));
  return out;
}

function strokeSvg(l: TeamLink, color: string, dash: string, width: number, role: string): string {
  if (l.points.length < 2) return '';
  const w = width * (l.optional ? OPTIONAL_LINE.widthFactor : 1);
  let out = `<path class="team-${role}" d="${pathData(l.points)}" fill="none" stroke="${color}" stroke-width="${num(w)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${l.optional ? ` stroke-opacity="${OPTIONAL_LINE.opacity}"` : ''} stroke-linejoin="round" data-from="${escapeXml(l.from)}" data-to="${escapeXml(l.to)}"/>`;
  for (const d of arrowsOf(l, w)) out += `<path d="${d}" fill="${color}"/>`;
  return out;
}

function teamSvg(g: TeamGroup, factor: number): string {
  const { color, dash } = teamStyle(g.palette);
  let out = `<g class="team" data-team="${escapeXml(g.id)}">`;
  for (const h of g.halos)
    out += `<rect class="team-halo" data-member="${escapeXml(h.positionId)}" x="${num(h.rect.x)}" y="${num(h.rect.y)}" width="${num(h.rect.width)}" height="${num(h.rect.height)}" rx="6" fill="none" stroke="${color}" stroke-width="${num(TEAM_WIDTH.halo * factor)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  for (const l of g.links) out += strokeSvg(l, color, dash, TEAM_WIDTH.link * factor, 'link');
  for (const l of g.branches) out += strokeSvg(l, color, dash, TEAM_WIDTH.branch * factor, 'branch');
  if (g.trunk) out += strokeSvg(g.trunk, color, '', TEAM_WIDTH.trunk * factor, 'trunk');
  for (const k of g.knots) out += `<circle class="team-knot" cx="${num(k.x)}" cy="${num(k.y)}" r="${num(TEAM_WIDTH.knot * factor)}" fill="${color}"/>`;
  for (const h of g.halos) {
    const b = h.badge;
    out += `<g class="team-badge"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="${num(b.height / 2)}" fill="${color}" stroke="#ffffff" stroke-width="1"/>`;
    out += `<text x="${num(b.x + b.width / 2)}" y="${num(b.y + b.height - 3.6)}" font-size="9.5" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(b.text)}</text></g>`;
  }
  return out + '</g>';
}

/** The team layer as one SVG group, in scene coordinates (drawn over the boxes). */
export function teamLayerSvg(groups: readonly TeamGroup[] | undefined, factor = 1): string {
  if (!groups?.length) return '';
  return `<g class="team-layer">${groups.map((g) => teamSvg(g, factor)).join('')}</g>`;
}

export interface TeamLegendRow {
  label: string;
  draw(x: number, y: number, sample: number): string;
}

/** One legend row per team: its halo colour and dash, its badge, its name. */
export function teamLegendRows(groups: readonly TeamGroup[] | undefined): TeamLegendRow[] {
  return (groups ?? []).map((g) => {
    const { color, dash } = teamStyle(g.palette);
    const badgeW = Math.ceil(textWidth(g.short, { size: 9.5, bold: true })) + 10;
    return {
      label: g.name,
      draw: (x, y, sample) => {
        const mid = x + sample / 2;
        return (
          `<g class="legend-team" data-team="${escapeXml(g.id)}">` +
          `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + sample)}" y2="${num(y)}" stroke="${color}" stroke-width="${TEAM_WIDTH.link}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
          `<rect x="${num(mid - badgeW / 2)}" y="${num(y - 7)}" width="${num(badgeW)}" height="14" rx="7" fill="${color}"/>` +
          `<text x="${num(mid)}" y="${num(y + 3.4)}" font-size="9.5" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(g.short)}</text>` +
          `</g>`
        );
      }
    };
  });
}
