// Overlay routes per top-level unit, kept between edits: the same answer as routing from scratch, and an
// edit in one unit leaves the other unit's routes as they were (taken from the cache).
import { describe, expect, it } from 'vitest';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { RouteCache } from '../../src/lib/layout/route-cache.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import type { Line } from '../../src/lib/domain/result.ts';
import { twoAgencies } from './layout-helpers/fixtures.ts';

const elk = nodeElk();
const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
const rating = (from: string, to: string): Line => ({ kind: 'rating', subKind: 'formal', from, to, rule: 'r', label: 'r', basis });
const lines = [rating('kadis-dik', 'kabid-dik-1'), rating('kabid-dik-2', 'ptp-2'), rating('sek-dik', 'kasubag-dik'), rating('kaban', 'kabid-bap-1'), rating('kabid-bap-2', 'perencana-2'), rating('kaban', 'kadis-dik')];

describe('route cache', () => {
  it('gives exactly the routes of an uncached run, and reuses them for an unchanged scene', async () => {
    const scene = await layoutStructure(twoAgencies(), { elk, cache: new LayoutCache() });
    const cache = new RouteCache();
    const fresh = routeOverlays(scene, { lines }, ['rating']);
    const first = routeOverlays(scene, { lines }, ['rating'], undefined, cache);
    expect(cache.size).toBe(4); // each unit under its block key and under its drawing
    const second = routeOverlays(scene, { lines }, ['rating'], undefined, cache);
    expect(first.edges).toEqual(fresh.edges);
    expect(second.edges).toEqual(fresh.edges);
  });

  it('after an edit in one unit, routes inside the other unit are the cached ones and still right', async () => {
    const layout = new LayoutCache();
    const cache = new RouteCache();
    const before = routeOverlays(await layoutStructure(twoAgencies(0), { elk, cache: layout }), { lines }, ['rating'], undefined, cache);
    const afterScene = await layoutStructure(twoAgencies(1), { elk, cache: layout });
    const after = routeOverlays(afterScene, { lines }, ['rating'], undefined, cache);
    // The Bappeda changed (a new Bidang), the Dinas did not: one unit routed again (two new keys), not both.
    expect(cache.size).toBe(6);
    expect(after.edges).toEqual(routeOverlays(afterScene, { lines }, ['rating']).edges);
    const inDinas = (s: typeof before) => s.edges.filter((e) => e.kind === 'rating' && ['kadis-dik', 'kabid-dik-2', 'sek-dik'].includes(e.from));
    expect(inDinas(after).map((e) => e.points)).toEqual(inDinas(before).map((e) => e.points));
  });

  it('a rename that leaves the unit drawn as it was reuses the routes inside that very unit; one that moves a box does not', async () => {
    const layout = new LayoutCache();
    const cache = new RouteCache();
    const rename = (s: ReturnType<typeof twoAgencies>, title: string) => ({ ...s, positions: s.positions.map((p) => (p.id === 'kabid-bap-2' ? { ...p, title } : p)) });
    routeOverlays(await layoutStructure(twoAgencies(), { elk, cache: layout }), { lines }, ['rating'], undefined, cache);
    expect(cache.size).toBe(4);
    // One letter changed: the same wrapping, the same boxes — the block is new, the drawing is not.
    const same = await layoutStructure(rename(twoAgencies(), 'Kepala Bidang Perencanaan 9'), { elk, cache: layout });
    const reused = routeOverlays(same, { lines }, ['rating'], undefined, cache);
    expect(cache.size).toBe(5); // found by its drawing, kept under its new block key too
    expect(reused.edges).toEqual(routeOverlays(same, { lines }, ['rating']).edges);
    // A title long enough to wrap onto more lines makes the box taller: the Bappeda's lines are routed again.
    const taller = await layoutStructure(rename(twoAgencies(), 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah Bagian Kedua'), { elk, cache: layout });
    routeOverlays(taller, { lines }, ['rating'], undefined, cache);
    expect(cache.size).toBe(7);
  });
});
