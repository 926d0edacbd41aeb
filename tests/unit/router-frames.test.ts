// Routing at kabupaten scale: the bucket index answers like a scan, a line never enters a sub-unit frame
// that holds neither of its ends, many sub-units hang from one bus, and overlay lines to their heads run
// beside that bus.
import { describe, expect, it } from 'vitest';
import { RectIndex } from '../../src/lib/layout/rect-index.ts';
import { FrameObstacles } from '../../src/lib/layout/frame-obstacles.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { BUS_FROM } from '../../src/lib/layout/sub-unit-lines.ts';
import { segmentCrossesRect } from '../../src/lib/layout/geometry.ts';
import type { Line } from '../../src/lib/domain/result.ts';
import type { Rect, UnitFrameNode } from '../../src/lib/layout/scene.ts';
import { boxes, boxesCrossed, dinasWithPuskesmas, isOrthogonal, segments } from './layout-helpers/fixtures.ts';

const elk = nodeElk();

describe('RectIndex', () => {
  it('finds exactly the rectangles a scan finds, for windows of every size', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const rects: Rect[] = Array.from({ length: 400 }, () => ({ x: rnd() * 5000 - 500, y: rnd() * 5000 - 500, width: 10 + rnd() * 900, height: 10 + rnd() * 300 }));
    const index = new RectIndex(rects);
    for (let k = 0; k < 60; k++) {
      const win = { x: rnd() * 5000 - 500, y: rnd() * 5000 - 500, width: rnd() * 2000, height: rnd() * 2000 };
      const scan = rects.flatMap((r, i) => (r.x < win.x + win.width && r.x + r.width > win.x && r.y < win.y + win.height && r.y + r.height > win.y ? [i] : []));
      expect(index.query(win)).toEqual(scan);
    }
  });
});

describe('frame obstacles', () => {
  it('treats a sub-unit frame holding neither end as one solid obstacle, and opens the frames of both ends', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(3), { elk, cache: new LayoutCache() });
    const frames = new FrameObstacles(scene.nodes, 10);
    const pkm = (i: number) => scene.nodes.find((n): n is UnitFrameNode => n.kind === 'unitFrame' && n.unitId === `pkm-${i}`)!;
    const everywhere = { x: -1e5, y: -1e5, width: 2e5, height: 2e5 };
    const inflated = (r: Rect) => ({ x: r.x - 10, y: r.y - 10, width: r.width + 20, height: r.height + 20 });
    const set = frames.between('dinas', 'pkm-1').within(everywhere);
    expect(set).toContainEqual(inflated(pkm(2)));
    expect(set).not.toContainEqual(inflated(pkm(1)));
    expect(set).toContainEqual(inflated(pkm(1).nameRect));
    // No box of a closed Puskesmas is listed one by one.
    const inside = boxes(scene).filter((b) => b.unitId === 'pkm-2');
    for (const b of inside) expect(set).not.toContainEqual(inflated(b));
  });
});

describe('many sub-units', () => {
  const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
  const rating = (from: string, to: string): Line => ({ kind: 'rating', subKind: 'formal', from, to, rule: 'r', label: 'r', basis });
  const n = BUS_FROM + 4;

  it('hangs every sub-unit head from one bus: orthogonal, through no box, into no other sub-unit', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(n), { elk, cache: new LayoutCache() });
    const all = boxes(scene);
    const frames = scene.nodes.filter((f): f is UnitFrameNode => f.kind === 'unitFrame' && f.unitId.startsWith('pkm-'));
    for (let i = 1; i <= n; i++) {
      const e = scene.edges.find((x) => x.from === 'kadis' && x.to === `kapus-${i}`)!;
      expect(e, `kapus-${i}`).toBeDefined();
      expect(isOrthogonal(e.points)).toBe(true);
      expect(boxesCrossed(e.points, all).map((b) => b.id)).toEqual([]);
      const others = frames.filter((f) => f.unitId !== `pkm-${i}`);
      for (const [a, b] of segments(e.points)) for (const f of others) expect(segmentCrossesRect(a, b, f), `kapus-${i} × ${f.unitId}`).toBe(false);
      const head = all.find((b) => b.kind === 'official' && b.positionId === `kapus-${i}`)!;
      expect(e.points[e.points.length - 1]).toEqual({ x: head.x + head.width / 2, y: head.y });
    }
    // One bus: every line leaves the Kepala Dinas the same way.
    const firsts = new Set(scene.edges.filter((x) => x.from === 'kadis' && x.to.startsWith('kapus-')).map((x) => JSON.stringify(x.points.slice(0, 2))));
    expect(firsts.size).toBe(1);
  });

  it('draws a rating line to each of many heads beside its kedudukan bus line, clear of every box', async () => {
    const scene = await layoutStructure(dinasWithPuskesmas(n), { elk, cache: new LayoutCache() });
    const routed = routeOverlays(scene, { lines: [rating('kadis', 'kapus-3'), rating('kabid-kesmas', 'nutri-kesmas')] }, ['rating']);
    const line = routed.edges.find((e) => e.kind === 'rating' && e.to === 'kapus-3')!;
    const tree = routed.edges.find((e) => e.kind === 'kedudukan' && e.to === 'kapus-3')!;
    expect(line.points).toHaveLength(tree.points.length);
    line.points.forEach((p, i) => expect(Math.abs(p.x - tree.points[i].x) + Math.abs(p.y - tree.points[i].y)).toBeGreaterThan(0));
    expect(isOrthogonal(line.points)).toBe(true);
    for (const e of routed.edges.filter((x) => x.kind === 'rating')) expect(boxesCrossed(e.points, boxes(routed)).map((b) => b.id), e.id).toEqual([]);
  });
});
