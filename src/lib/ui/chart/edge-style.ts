// Screen styling of scene edges, from the one shared table in src/lib/render/line-styles.ts so the
// screen, the export and the legend cannot disagree. Projector (high-contrast) mode only thickens.
import type { EdgeKind } from '$lib/layout/scene.ts';
import { LINE_STYLES, PROJECTOR_WIDTH_FACTOR } from '$lib/render/line-styles.ts';

export interface EdgeStyle {
  stroke: string;
  dash: string;
  width: number;
  label: string;
}

export function edgeStyle(kind: EdgeKind, highContrast = false): EdgeStyle {
  const s = LINE_STYLES[kind];
  return { stroke: s.color, dash: s.dash, width: highContrast ? s.width * PROJECTOR_WIDTH_FACTOR : s.width, label: s.label };
}
