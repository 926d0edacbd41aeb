// How each Tim Kerja looks, shared by the screen (src/lib/ui/chart/TeamLayer.svelte), the SVG/PNG export
// and the legend. Dark enough for a projector and for white badge text; each colour also has its own
// dash pattern so teams stay apart on a greyscale print.
export interface TeamStyle {
  color: string;
  /** SVG stroke-dasharray, '' for solid. */
  dash: string;
}

export const TEAM_PALETTE: readonly TeamStyle[] = [
  { color: '#c2410c', dash: '' },
  { color: '#0e7490', dash: '10 4' },
  { color: '#a21caf', dash: '3 3' },
  { color: '#4d7c0f', dash: '12 3 3 3' },
  { color: '#78350f', dash: '6 3' },
  { color: '#475569', dash: '14 3 3 3 3 3' }
];

/** Stroke widths (px): the trunk carries the whole team, branches one member each. */
export const TEAM_WIDTH = { trunk: 3.2, branch: 1.8, link: 2, halo: 2.2, knot: 3.6 } as const;

export function teamStyle(palette: number): TeamStyle {
  return TEAM_PALETTE[palette % TEAM_PALETTE.length];
}
