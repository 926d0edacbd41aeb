import { describe, expect, it } from 'vitest';
import { defersCommit, gestureCss } from '../../src/lib/ui/chart/view-gesture.ts';

/** Applies `translate(tx,ty) scale(r)` (origin 0 0) as CSS does. */
function applyCss(css: string, p: { x: number; y: number }): { x: number; y: number } {
  const m = /translate\(([-\d.e]+)px,([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(css)!;
  const [tx, ty, r] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { x: r * p.x + tx, y: r * p.y + ty };
}

describe('gestureCss', () => {
  it('moves what the SVG drew at the committed view to where the current view puts it', () => {
    const committed = { x: 120, y: -40, k: 0.5 };
    const current = { x: -300, y: 75, k: 1.35 };
    const css = gestureCss(current, committed)!;
    for (const scene of [{ x: 0, y: 0 }, { x: 800, y: 1200 }, { x: -50, y: 33 }]) {
      const drawn = { x: scene.x * committed.k + committed.x, y: scene.y * committed.k + committed.y };
      const seen = applyCss(css, drawn);
      expect(seen.x).toBeCloseTo(scene.x * current.k + current.x, 6);
      expect(seen.y).toBeCloseTo(scene.y * current.k + current.y, 6);
    }
  });

  it('is nothing once the view is committed', () => {
    expect(gestureCss({ x: 1, y: 2, k: 3 }, { x: 1, y: 2, k: 3 })).toBeUndefined();
  });
});

describe('defersCommit', () => {
  it('defers zooms by wheel, drag or touch, and every gesture when the chart is a layer without text', () => {
    expect(defersCommit('wheel', true, false)).toBe(true);
    expect(defersCommit('touchmove', true, false)).toBe(true);
    expect(defersCommit('mousemove', false, false)).toBe(false);
    expect(defersCommit('mousemove', false, true)).toBe(true);
    expect(defersCommit('wheel', false, true)).toBe(true);
  });

  it('draws programmatic views (fit, centre, zoom buttons) at once', () => {
    expect(defersCommit('', true, false)).toBe(false);
    expect(defersCommit('', true, true)).toBe(false);
  });
});
