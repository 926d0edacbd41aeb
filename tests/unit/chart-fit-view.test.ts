import { describe, expect, it } from 'vitest';
import { FIT_MARGIN_PX, fitView } from '../../src/lib/ui/chart/fit-view.ts';

describe('fitView ("Paskan ke layar")', () => {
  const inside = (chart: { width: number; height: number }, vp: { width: number; height: number }) => {
    const v = fitView(chart, vp);
    const box = { left: v.x, top: v.y, right: v.x + chart.width * v.k, bottom: v.y + chart.height * v.k };
    return { v, box };
  };

  it('fits a whole kabupaten (far larger than the screen) inside the margin, centred on both axes', () => {
    const vp = { width: 1240, height: 988 };
    const { box } = inside({ width: 8113, height: 8541 }, vp);
    expect(box.top).toBeGreaterThanOrEqual(FIT_MARGIN_PX - 1e-9);
    expect(box.bottom).toBeLessThanOrEqual(vp.height - FIT_MARGIN_PX + 1e-9);
    expect(box.left).toBeGreaterThanOrEqual(FIT_MARGIN_PX);
    expect(box.right).toBeLessThanOrEqual(vp.width - FIT_MARGIN_PX);
    expect((box.left + box.right) / 2).toBeCloseTo(vp.width / 2);
    expect((box.top + box.bottom) / 2).toBeCloseTo(vp.height / 2);
  });

  it('goes below any fixed minimum zoom for a very large chart (10,000 positions) rather than clip it', () => {
    const { v, box } = inside({ width: 60000, height: 30000 }, { width: 1200, height: 900 });
    expect(v.k).toBeLessThan(0.05);
    expect(box.right - box.left).toBeLessThanOrEqual(1200 - 2 * FIT_MARGIN_PX + 1e-9);
  });

  it('does not blow a small chart up past the maximum scale, and centres it', () => {
    const { v, box } = inside({ width: 200, height: 100 }, { width: 1200, height: 900 });
    expect(v.k).toBe(1.6);
    expect((box.top + box.bottom) / 2).toBeCloseTo(450);
  });
});
