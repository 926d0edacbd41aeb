// Level of detail and virtualisation choices of the chart canvas (issue 7).
import { describe, expect, it } from 'vitest';
import { LOD_MIN_BOXES, SHAPES_MAX_ZOOM, SpatialIndex, lodApplies, TEXT_MIN_ZOOM, boundsOf, detailLevel, intersects, polylinesPath, rectsPath, sameItems, viewportRect } from '../../src/lib/ui/chart/level-of-detail.ts';
import type { Rect } from '../../src/lib/layout/scene.ts';

const grid = (n: number, w = 200, h = 60, gap = 40): (Rect & { id: string })[] =>
  Array.from({ length: n * n }, (_, i) => ({ id: `b${i}`, x: (i % n) * (w + gap), y: Math.floor(i / n) * (h + gap), width: w, height: h }));

describe('detail level', () => {
  it('keeps text while a 10.5 px detail line stays at least ~4.5 px on screen', () => {
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(TEXT_MIN_ZOOM)).toBe('full');
    expect(10.5 * TEXT_MIN_ZOOM).toBeGreaterThanOrEqual(4.4);
    expect(detailLevel(TEXT_MIN_ZOOM - 0.01)).toBe('boxes');
  });
  it('draws shared shapes far out, and everything in full when LOD is switched off', () => {
    expect(detailLevel(SHAPES_MAX_ZOOM)).toBe('boxes');
    expect(detailLevel(SHAPES_MAX_ZOOM - 0.01)).toBe('shapes');
    expect(detailLevel(0.05)).toBe('shapes');
    expect(detailLevel(0.05, false)).toBe('full');
  });
});

describe('when level of detail applies', () => {
  it('only on large charts, so the sample (~400 boxes) stays whole and clickable at the fitted zoom', () => {
    expect(lodApplies(null, 400)).toBe(false);
    expect(lodApplies(null, LOD_MIN_BOXES)).toBe(true);
    expect(lodApplies(null, 5000)).toBe(true);
  });
  it('?lod=off and ?lod=on override the size', () => {
    expect(lodApplies('off', 5000)).toBe(false);
    expect(lodApplies('on', 10)).toBe(true);
  });
});

describe('viewport rectangle', () => {
  it('covers the screen in scene units, with the margin, snapped outward', () => {
    const r = viewportRect({ x: -1000, y: -500, k: 2 }, { width: 800, height: 600 }, 0, 1);
    expect(r).toEqual({ x: 500, y: 250, width: 400, height: 300 });
    const snapped = viewportRect({ x: -1000, y: -500, k: 2 }, { width: 800, height: 600 }, 100, 256);
    expect(snapped.x).toBeLessThanOrEqual(450);
    expect(snapped.y).toBeLessThanOrEqual(200);
    expect(snapped.x + snapped.width).toBeGreaterThanOrEqual(950);
    expect(snapped.y + snapped.height).toBeGreaterThanOrEqual(600);
    expect(snapped.x % 256).toBe(0);
  });
  it('does not change for a pan smaller than the snap cell', () => {
    const a = viewportRect({ x: -1000, y: -500, k: 1 }, { width: 800, height: 600 });
    const b = viewportRect({ x: -1003, y: -498, k: 1 }, { width: 800, height: 600 });
    expect(b).toEqual(a);
  });
});

describe('spatial index', () => {
  const boxes = grid(100); // 10,000 boxes
  const index = new SpatialIndex(boxes, (b) => b);

  it('returns exactly the boxes that intersect the view, in their original order', () => {
    for (const view of [
      { x: 0, y: 0, width: 500, height: 300 },
      { x: 1234, y: 5678, width: 1600, height: 900 },
      { x: -300, y: -300, width: 200, height: 200 },
      { x: 23000, y: 9000, width: 2000, height: 2000 },
      { x: -1e6, y: -1e6, width: 2e6, height: 2e6 }
    ]) {
      const want = boxes.filter((b) => intersects(b, view));
      expect(index.query(view)).toEqual(want);
    }
  });

  it('keeps a screenful of a 10,000-box chart to a few dozen elements', () => {
    const view = viewportRect({ x: -5000, y: -3000, k: 1 }, { width: 1280, height: 800 });
    const shown = index.query(view);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.length).toBeLessThan(300);
  });

  it('answers an unchanged view with the same array, so nothing is redrawn', () => {
    const view = { x: 0, y: 0, width: 1024, height: 1024 };
    const first = index.query(view);
    expect(index.query({ ...view })).toBe(first);
    // A different view with the same boxes also keeps the array.
    expect(index.query({ x: 0, y: 0, width: 1025, height: 1024 })).toBe(first);
    expect(index.query({ x: 5000, y: 0, width: 1024, height: 1024 })).not.toBe(first);
  });

  it('finds a box spanning many cells from any cell it covers', () => {
    const wide = [{ x: 0, y: 0, width: 5000, height: 3000 }];
    const i = new SpatialIndex(wide, (b) => b, 512);
    expect(i.query({ x: 4000, y: 2500, width: 10, height: 10 })).toEqual(wide);
    expect(i.query({ x: 5100, y: 2500, width: 10, height: 10 })).toEqual([]);
  });
});

describe('shapes', () => {
  it('edge bounds include every point, straight edges stay intersectable', () => {
    expect(boundsOf([{ x: 10, y: 5 }, { x: 10, y: 50 }, { x: 40, y: 50 }])).toEqual({ x: 10, y: 5, width: 30, height: 45 });
    expect(boundsOf([{ x: 10, y: 5 }, { x: 10, y: 50 }]).width).toBe(1);
  });
  it('draws many rectangles and polylines as one path each', () => {
    expect(rectsPath([{ x: 1, y: 2, width: 3, height: 4 }, { x: 10, y: 0, width: 1, height: 1 }])).toBe('M1,2h3v4h-3zM10,0h1v1h-1z');
    expect(polylinesPath([[{ x: 0, y: 0 }, { x: 0, y: 5 }], [{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 2 }]])).toBe('M0,0L0,5M1,1L2,2L3,2');
  });
});

describe('kept across a rename', () => {
  it('sameItems gives back the old array only when every object is the same', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const prev = [a, b];
    expect(sameItems(prev, [a, b])).toBe(prev);
    const renamed = [a, { id: 'b' }];
    expect(sameItems(prev, renamed)).toBe(renamed);
    expect(sameItems(prev, [a])).not.toBe(prev);
  });

  it('SpatialIndex.update keeps the grid when the rectangles are unchanged and answers with the new objects', () => {
    const boxes = [
      { id: 'a', x: 0, y: 0, width: 100, height: 50 },
      { id: 'b', x: 2000, y: 2000, width: 100, height: 50 }
    ];
    const first = new SpatialIndex(boxes, (n) => n);
    const renamed = [boxes[0], { ...boxes[1], title: 'baru' }];
    const second = SpatialIndex.update(first, renamed, (n) => n);
    expect(second.query({ x: 1900, y: 1900, width: 400, height: 400 })).toEqual([renamed[1]]);
    expect(second.query({ x: 1900, y: 1900, width: 400, height: 400 })[0]).toBe(renamed[1]);
    const moved = [boxes[0], { ...boxes[1], x: 5000 }];
    const third = SpatialIndex.update(second, moved, (n) => n);
    expect(third.query({ x: 1900, y: 1900, width: 400, height: 400 })).toEqual([]);
    expect(third.query({ x: 4900, y: 1900, width: 400, height: 400 })).toEqual([moved[1]]);
  });
});
