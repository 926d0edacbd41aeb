// Pan/zoom gestures (issue 7). Chromium lays out every SVG <text> again whenever the SVG's screen scale
// changes, so a zoom gesture is shown as a CSS transform of an HTML wrapper around the SVG (the
// difference between where the view is and where the SVG was last drawn), and the SVG's own transform
// is committed once the gesture rests. Pure, so the arithmetic is unit-tested.
import type { ViewTransform } from './level-of-detail.ts';

/** The CSS transform (origin 0 0) taking the SVG drawn at `committed` to the view `current`. */
export function gestureCss(current: ViewTransform, committed: ViewTransform): string | undefined {
  if (current.x === committed.x && current.y === committed.y && current.k === committed.k) return undefined;
  const r = current.k / committed.k;
  return `translate(${current.x - r * committed.x}px,${current.y - r * committed.y}px) scale(${r})`;
}

/**
 * Whether a zoom event waits for the gesture to rest before the SVG is redrawn: wheel, drag and touch
 * that change the scale (text would be laid out again every frame), and every gesture when the chart is
 * drawn without text as its own compositor layer (moving the picture is cheaper than painting it).
 * Programmatic views (fit, centre, +/−) are drawn at once.
 */
export function defersCommit(sourceType: string, scaleChanged: boolean, layered: boolean): boolean {
  const gesture = sourceType === 'wheel' || sourceType === 'mousemove' || sourceType.startsWith('touch');
  return gesture && (scaleChanged || layered);
}
