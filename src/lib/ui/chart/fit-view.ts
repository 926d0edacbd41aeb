// "Paskan ke layar": the zoom that shows the whole chart centred in the viewport with a margin. The
// margin is in screen pixels, not chart units: a whole kabupaten is drawn at ~0.1×, where a margin in
// chart units would shrink to nothing and a fixed top offset would push the bottom off screen.
export const FIT_MARGIN_PX = 24;
export const FIT_MAX_SCALE = 1.6;

export interface FitView {
  x: number;
  y: number;
  k: number;
}

export function fitView(chart: { width: number; height: number }, viewport: { width: number; height: number }, margin = FIT_MARGIN_PX, maxScale = FIT_MAX_SCALE): FitView {
  const room = (n: number) => Math.max(1, n - 2 * margin);
  const k = Math.min(maxScale, room(viewport.width) / Math.max(1, chart.width), room(viewport.height) / Math.max(1, chart.height));
  return { k, x: (viewport.width - chart.width * k) / 2, y: (viewport.height - chart.height * k) / 2 };
}
