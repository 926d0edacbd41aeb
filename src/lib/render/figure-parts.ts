// The lampiran furniture around a chart: header ("LAMPIRAN PERATURAN BUPATI … NOMOR … TAHUN … TENTANG …"),
// caption ("Gambar N …"), legend ("Keterangan") and signature block ("BUPATI …, ttd, NAMA").
// Each part is measured without a DOM and drawn at a given origin.
import { wrapText, textWidth } from '../layout/text-measure.ts';
import type { EdgeKind, Scene } from '../layout/scene.ts';
import { escapeXml, num } from './escape.ts';
import { LINE_STYLES, OPTIONAL_LINE } from './line-styles.ts';
import { arrowHead } from './svg-chart.ts';
import { teamLegendRows } from './team-layer-svg.ts';

export interface Lampiran {
  /** e.g. "PERATURAN BUPATI KARANGANYAR". */
  regulation?: string;
  number?: string;
  year?: string;
  /** TENTANG … */
  about?: string;
  /** "Gambar 1 Bagan Sistem Kerja Dinas Kesehatan". */
  caption?: string;
  /** e.g. "BUPATI KARANGANYAR". */
  signerOffice?: string;
  signerName?: string;
}

export interface Part {
  width: number;
  height: number;
  draw(x: number, y: number): string;
}

const HEADER_FONT = { size: 12 };
const HEADER_LH = 16;
const HEADER_WIDTH = 340;

function lines(texts: readonly string[], x: number, y: number, lh: number, size: number, extra = ''): string {
  return texts.map((t, i) => `<text x="${num(x)}" y="${num(y + i * lh + size)}" font-size="${size}"${extra}>${escapeXml(t)}</text>`).join('');
}

export function headerPart(l: Lampiran): Part | null {
  if (!l.regulation && !l.about && !l.number) return null;
  const texts = ['LAMPIRAN'];
  if (l.regulation) texts.push(...wrapText(l.regulation.toUpperCase(), HEADER_WIDTH, HEADER_FONT));
  if (l.number || l.year) texts.push(`NOMOR ${l.number ?? '…'} TAHUN ${l.year ?? '…'}`);
  if (l.about) texts.push('TENTANG', ...wrapText(l.about.toUpperCase(), HEADER_WIDTH, HEADER_FONT));
  const width = Math.max(...texts.map((t) => textWidth(t, HEADER_FONT)));
  return { width, height: texts.length * HEADER_LH + 4, draw: (x, y) => `<g class="lampiran-header">${lines(texts, x, y, HEADER_LH, HEADER_FONT.size)}</g>` };
}

export function captionPart(l: Lampiran, maxWidth: number): Part | null {
  if (!l.caption) return null;
  const font = { size: 14, bold: true };
  const texts = wrapText(l.caption, Math.max(200, maxWidth), font);
  const width = Math.max(...texts.map((t) => textWidth(t, font)));
  return {
    width,
    height: texts.length * 18 + 6,
    draw: (x, y) => `<g class="caption">${texts.map((t, i) => `<text x="${num(x + width / 2)}" y="${num(y + i * 18 + 14)}" font-size="14" font-weight="bold" text-anchor="middle">${escapeXml(t)}</text>`).join('')}</g>`
  };
}

export function legendKinds(scene: Scene, kedudukan: boolean): EdgeKind[] {
  const kinds: EdgeKind[] = [];
  if (kedudukan && scene.edges.some((e) => e.kind === 'kedudukan')) kinds.push('kedudukan');
  for (const l of scene.layers) if (scene.edges.some((e) => e.kind === l)) kinds.push(l);
  return kinds;
}

export function legendPart(scene: Scene, kedudukan: boolean): Part | null {
  const kinds = legendKinds(scene, kedudukan);
  // Tim Kerja drawn as groups: one row per team (its colour, dash and badge) instead of one "Tim Kerja" row.
  const teams = teamLegendRows(scene.teams);
  if (kinds.length === 0 && teams.length === 0) return null;
  const optional = scene.edges.some((e) => e.optional && kinds.includes(e.kind));
  const entries = kinds.map((k) => ({ kind: k, label: LINE_STYLES[k].label }));
  const rowH = 18;
  const sample = 46;
  const labelW = Math.max(...entries.map((e) => textWidth(e.label, { size: 11 })), ...teams.map((t) => textWidth(t.label, { size: 11 })), optional ? textWidth(OPTIONAL_LINE.label, { size: 11 }) : 0);
  const width = sample + 10 + labelW + 16;
  const height = 22 + (entries.length + teams.length + (optional ? 1 : 0)) * rowH + 8;
  return {
    width,
    height,
    draw: (x, y) => {
      let out = `<g class="legend"><rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="#ffffff" stroke="#6b7280" stroke-width="0.8"/>`;
      out += `<text x="${num(x + 8)}" y="${num(y + 16)}" font-size="12" font-weight="bold">Keterangan</text>`;
      entries.forEach((e, i) => {
        const s = LINE_STYLES[e.kind];
        const ly = y + 22 + i * rowH + rowH / 2;
        out += `<line x1="${num(x + 8)}" y1="${num(ly)}" x2="${num(x + 8 + sample)}" y2="${num(ly)}" stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
        if (s.arrow) out += arrowHead({ x: x + 8 + sample, y: ly }, { x: x + 8, y: ly }, s.color);
        out += `<text x="${num(x + sample + 18)}" y="${num(ly + 4)}" font-size="11">${escapeXml(e.label)}</text>`;
      });
      teams.forEach((t, i) => {
        const ly = y + 22 + (entries.length + i) * rowH + rowH / 2;
        out += t.draw(x + 8, ly, sample) + `<text x="${num(x + sample + 18)}" y="${num(ly + 4)}" font-size="11">${escapeXml(t.label)}</text>`;
      });
      if (optional) {
        const ly = y + 22 + (entries.length + teams.length) * rowH + rowH / 2;
        out += `<line x1="${num(x + 8)}" y1="${num(ly)}" x2="${num(x + 8 + sample)}" y2="${num(ly)}" stroke="#374151" stroke-width="${OPTIONAL_LINE.widthFactor * 1.6}" stroke-opacity="${OPTIONAL_LINE.opacity}"/>`;
        out += `<text x="${num(x + sample + 18)}" y="${num(ly + 4)}" font-size="11">${escapeXml(OPTIONAL_LINE.label)}</text>`;
      }
      return out + '</g>';
    }
  };
}

export function signaturePart(l: Lampiran): Part | null {
  if (!l.signerOffice && !l.signerName) return null;
  const office = `${(l.signerOffice ?? '').toUpperCase()},`;
  const name = (l.signerName ?? '').toUpperCase();
  const font = { size: 12 };
  const width = Math.max(textWidth(office, font), textWidth(name, { size: 12, bold: true }), 120);
  const height = 16 * 6;
  return {
    width,
    height,
    draw: (x, y) => {
      const cx = x + width / 2;
      return (
        `<g class="signature">` +
        `<text x="${num(cx)}" y="${num(y + 12)}" font-size="12" text-anchor="middle">${escapeXml(office)}</text>` +
        `<text x="${num(cx)}" y="${num(y + 12 + 32)}" font-size="12" text-anchor="middle">ttd</text>` +
        `<text x="${num(cx)}" y="${num(y + 12 + 80)}" font-size="12" font-weight="bold" text-anchor="middle">${escapeXml(name)}</text>` +
        `</g>`
      );
    }
  };
}
