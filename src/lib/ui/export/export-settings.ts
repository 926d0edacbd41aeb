// What the "Ekspor gambar" dialog asks, and how it maps onto the render layer's options (the same
// SvgOptions `bagan render` builds from its flags), so the app and the CLI draw the same figure.
import type { OverlayLayer } from '../../layout/scene.ts';
import type { Lampiran } from '../../render/figure-parts.ts';
import { parsePaper, type Orientation, type Paper, type PaperName } from '../../render/paper.ts';
import type { SvgOptions } from '../../render/svg.ts';
import type { EmbeddedFont } from '../../render/font-embed.ts';

export type PaperChoice = PaperName | 'asli';

export interface ExportSettings {
  /** Unit id (with its sub-units), or '' for the whole chart. */
  unit: string;
  kedudukan: boolean;
  layers: OverlayLayer[];
  legend: boolean;
  paper: PaperChoice;
  orientation: Orientation;
  marginMm: number;
  mode: 'fit' | 'tile';
  /** Drawing scale when tiling (1 = natural size, as `--skala`). */
  tileScale: number;
  withLampiran: boolean;
  lampiran: Lampiran;
  dpi: number;
  /** "Sematkan huruf": the font inside the file (lampiran figures); off for quick, small copies. */
  embedFont: boolean;
}

export const DPI_CHOICES = [150, 300, 600] as const;
export const MARGIN_LIMITS = { min: 0, max: 60 } as const;
export const SCALE_LIMITS = { min: 0.2, max: 4 } as const;

function clamp(n: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function paperOf(s: ExportSettings): Paper | undefined {
  if (s.paper === 'asli') return undefined;
  return parsePaper(`${s.paper}-${s.orientation}`, clamp(s.marginMm, MARGIN_LIMITS.min, MARGIN_LIMITS.max, 15)) ?? undefined;
}

/** Empty fields are left out, so the title block shows only what the analyst filled in. */
function filled(l: Lampiran): Lampiran {
  const out: Lampiran = {};
  for (const [k, v] of Object.entries(l) as [keyof Lampiran, string | undefined][]) if (v && v.trim()) out[k] = v.trim();
  return out;
}

/** `font`: the loaded font files, used only when the settings ask to embed them. */
export function svgOptionsOf(s: ExportSettings, structure: unknown, font?: EmbeddedFont): SvgOptions {
  const paper = paperOf(s);
  return {
    paper,
    mode: paper && s.mode === 'tile' ? 'tile' : 'fit',
    tileScale: clamp(s.tileScale, SCALE_LIMITS.min, SCALE_LIMITS.max, 1),
    lampiran: s.withLampiran ? filled(s.lampiran) : {},
    structure,
    kedudukan: s.kedudukan,
    legend: s.legend,
    font: s.embedFont ? font : undefined
  };
}

/** A file name from a title: letters, digits and dashes only (titles are user text). */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w\- ]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80);
  return stem || 'bagan';
}

/** bagan.svg for one page; bagan-hal-1.svg, bagan-hal-2.svg, … for tiled pages. */
export function pageFileNames(stem: string, pages: number, ext: 'svg' | 'png'): string[] {
  if (pages === 1) return [`${stem}.${ext}`];
  return Array.from({ length: pages }, (_, i) => `${stem}-hal-${i + 1}.${ext}`);
}
