// The compare overlay: the laid-out chart (boxes and kedudukan tree, from src/lib/render) with only the
// lines that differ drawn over it: lines only in A in red dashes, lines only in B in solid green, and a
// ring around every position whose rater, assigner or reporting changes. Pure: scene in, SVG text out.
import type { Line } from '../../domain/result.ts';
import { routeOverlays } from '../../layout/route-overlays.ts';
import { anchorRect, OVERLAY_LAYERS, type Scene, type SceneEdge } from '../../layout/scene.ts';
import { FONT_FAMILY } from '../../layout/box-content.ts';
import { chartSvg } from '../../render/svg-chart.ts';
import { escapeXml, num } from '../../render/escape.ts';
import { LINE_KIND_LABEL } from '../../domain/vocabulary.ts';

export type DiffSide = 'a' | 'b' | 'mixed';

export const DIFF_STYLE: Record<DiffSide, { color: string; dash: string; label: string }> = {
  a: { color: '#b91c1c', dash: '7 4', label: 'hanya di A' },
  b: { color: '#15803d', dash: '', label: 'hanya di B' },
  mixed: { color: '#a16207', dash: '2 3', label: 'berbeda tim' }
};

export interface DiffEdge {
  edge: SceneEdge;
  side: DiffSide;
}

/** Routes the differing lines over the scene; each routed edge knows which side its lines come from. */
export function diffEdges(scene: Scene, onlyA: readonly Line[], onlyB: readonly Line[]): DiffEdge[] {
  const inA = new Set<Line>(onlyA);
  const routed = routeOverlays({ ...scene, edges: scene.edges.filter((e) => e.kind === 'kedudukan') }, { lines: [...onlyA, ...onlyB] }, [...OVERLAY_LAYERS]);
  return routed.edges
    .filter((e) => e.kind !== 'kedudukan' && e.points.length >= 2)
    .map((edge) => {
      const a = edge.lines.filter((l) => inA.has(l)).length;
      const side: DiffSide = a === edge.lines.length ? 'a' : a === 0 ? 'b' : 'mixed';
      return { edge, side };
    });
}

function pathSvg({ edge, side }: DiffEdge): string {
  const s = DIFF_STYLE[side];
  const d = edge.points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)},${num(p.y)}`).join(' ');
  const title = edge.lines.map((l) => `${LINE_KIND_LABEL[l.kind]} — ${l.label} (${s.label}; ${l.basis.ref})`).join('\n');
  return (
    `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${edge.optional ? 1.4 : 2.4}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} ` +
    `marker-end="url(#beda-${side})" data-side="${side}" data-kind="${edge.kind}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}">` +
    `<title>${escapeXml(title)}</title></path>`
  );
}

export function diffSvg(scene: Scene, edges: readonly DiffEdge[], changed: Iterable<string>): string {
  const pad = 16;
  const rings = [...new Set(changed)]
    .map((id) => ({ id, r: anchorRect(scene, id) }))
    .filter((x) => x.r !== undefined)
    .map(({ id, r }) => `<rect class="changed" data-position="${escapeXml(id)}" x="${num(r!.x - 3)}" y="${num(r!.y - 3)}" width="${num(r!.width + 6)}" height="${num(r!.height + 6)}" rx="5" fill="#fde68a" fill-opacity="0.3" stroke="#d97706" stroke-width="2.5"/>`)
    .join('');
  const markers = (Object.keys(DIFF_STYLE) as DiffSide[])
    .map((k) => `<marker id="beda-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${DIFF_STYLE[k].color}"/></marker>`)
    .join('');
  const base = chartSvg({ ...scene, edges: scene.edges.filter((e) => e.kind === 'kedudukan') });
  const w = scene.width + 2 * pad;
  const h = scene.height + 2 * pad;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(-pad)} ${num(-pad)} ${num(w)} ${num(h)}" width="${num(w)}" height="${num(h)}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="Bagan perbandingan">` +
    `<defs>${markers}</defs><rect x="${num(-pad)}" y="${num(-pad)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>` +
    `${base}<g class="rings">${rings}</g><g class="diff">${edges.map(pathSvg).join('')}</g></svg>`
  );
}
