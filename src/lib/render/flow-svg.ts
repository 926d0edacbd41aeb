// Flow scene → standalone SVG: plain <text> in the chart's font stack, every text escaped, arrowheads
// defined inside the file, so the figure opens anywhere and goes into a lampiran as it is.
import { FONT_FAMILY } from '../layout/box-content.ts';
import type { FlowArrow, FlowScene, FlowText } from '../layout/flow-layout.ts';
import { escapeXml, num } from './escape.ts';

const ARROW_COLOUR: Record<FlowArrow['kind'], string> = { next: '#1f2937', approve: '#047857', reject: '#b91c1c' };

function text(t: FlowText): string {
  const attrs = [
    `x="${num(t.x)}"`,
    `y="${num(t.y)}"`,
    `font-size="${num(t.size)}"`,
    t.bold ? 'font-weight="bold"' : '',
    t.italic ? 'font-style="italic"' : '',
    t.anchor && t.anchor !== 'start' ? `text-anchor="${t.anchor}"` : '',
    `fill="${t.fill ?? '#111827'}"`
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(t.text)}</text>`;
}

function markers(): string {
  return (Object.keys(ARROW_COLOUR) as FlowArrow['kind'][])
    .map((k) => `<marker id="flow-arrow-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${ARROW_COLOUR[k]}"/></marker>`)
    .join('');
}

export interface FlowSvgOptions {
  /** A step to mark as where the assignment stands now (screen view of one penugasan). */
  current?: string;
}

export function flowSvg(scene: FlowScene, title: string, opts: FlowSvgOptions = {}): string {
  let body = '';
  scene.lanes.forEach((l, i) => {
    body +=
      `<g class="lane" data-actor="${escapeXml(l.key)}">` +
      `<rect x="${num(l.x)}" y="${num(l.y)}" width="${num(l.width)}" height="${num(l.height)}" fill="${i % 2 ? '#f8fafc' : '#ffffff'}" stroke="#94a3b8" stroke-width="1"/>` +
      `<line x1="${num(l.x + l.labelWidth)}" y1="${num(l.y)}" x2="${num(l.x + l.labelWidth)}" y2="${num(l.y + l.height)}" stroke="#94a3b8" stroke-width="1"/>` +
      l.texts.map(text).join('') +
      `</g>`;
  });
  for (const b of scene.boxes) {
    const stroke = b.branch === 'reject' ? '#b91c1c' : b.branch === 'approve' ? '#047857' : '#1e3a8a';
    body +=
      `<g class="step${b.stepId === opts.current ? ' current' : ''}" data-step="${escapeXml(b.stepId)}" data-actor="${escapeXml(b.lane)}">` +
      (b.stepId === opts.current ? `<rect x="${num(b.x - 5)}" y="${num(b.y - 5)}" width="${num(b.width + 10)}" height="${num(b.height + 10)}" rx="9" fill="#fef3c7" stroke="#d97706" stroke-width="2"/>` : '') +
      `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="6" fill="#ffffff" stroke="${stroke}" stroke-width="1.5"${b.branch === 'reject' ? ' stroke-dasharray="6 3"' : ''}/>` +
      b.texts.map(text).join('') +
      `</g>`;
  }
  for (const a of scene.arrows) {
    const d = a.points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)},${num(p.y)}`).join(' ');
    body +=
      `<g class="arrow" data-from="${escapeXml(a.from)}" data-to="${escapeXml(a.to)}" data-kind="${a.kind}">` +
      `<path d="${d}" fill="none" stroke="${ARROW_COLOUR[a.kind]}" stroke-width="1.4"${a.kind === 'reject' ? ' stroke-dasharray="6 3"' : ''} marker-end="url(#flow-arrow-${a.kind})"/>` +
      (a.label ? `<rect x="${num(a.label.x - 24)}" y="${num(a.label.y - 11)}" width="48" height="13" fill="#ffffff" opacity="0.9"/>` + text(a.label) : '') +
      `</g>`;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(title)}</title><defs>${markers()}</defs>` +
    `<rect x="0" y="0" width="${num(scene.width)}" height="${num(scene.height)}" fill="#ffffff"/>` +
    scene.texts.map(text).join('') +
    body +
    `</svg>\n`
  );
}
