// One place for how every line type looks, used by the screen (src/lib/ui), SVG/PNG export and the CLI.
// Each layer differs in colour AND dash pattern, so a black-and-white print still tells them apart.
import type { EdgeKind } from '../layout/scene.ts';
import { LINE_KIND_LABEL } from '../domain/vocabulary.ts';

export interface LineStyle {
  label: string;
  color: string;
  /** SVG stroke-dasharray, '' for solid. */
  dash: string;
  width: number;
  /** Arrowhead at the target end. */
  arrow: boolean;
}

export const LINE_STYLES: Record<EdgeKind, LineStyle> = {
  kedudukan: { label: 'Kedudukan (garis struktur)', color: '#1f2937', dash: '', width: 1.4, arrow: false },
  performance: { label: LINE_KIND_LABEL.performance, color: '#1d4ed8', dash: '9 4', width: 1.6, arrow: true },
  rating: { label: LINE_KIND_LABEL.rating, color: '#b91c1c', dash: '2 3', width: 1.8, arrow: true },
  assignment: { label: LINE_KIND_LABEL.assignment, color: '#047857', dash: '10 3 2 3', width: 1.6, arrow: true },
  reporting: { label: LINE_KIND_LABEL.reporting, color: '#7c3aed', dash: '6 3 2 3 2 3', width: 1.6, arrow: true },
  team: { label: 'Tim Kerja', color: '#c2410c', dash: '14 4', width: 1.8, arrow: true }
};

/** "dan/atau" lines: same pattern, thinner and lighter. */
export const OPTIONAL_LINE = { widthFactor: 0.6, opacity: 0.75, label: 'garis tipis: dan/atau (pilihan)' } as const;

/** High-contrast variant for projectors (presentation mode). */
export const PROJECTOR_WIDTH_FACTOR = 1.6;

export function lineStyle(kind: EdgeKind): LineStyle {
  return LINE_STYLES[kind];
}
