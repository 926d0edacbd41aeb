// Layout pins (issue 3): a top-level unit holding a pinned box is placed so that box sits at the pin;
// the other units keep their flow and go around it.
import { describe, expect, it } from 'vitest';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { rectsOverlap } from '../../src/lib/layout/geometry.ts';
import type { Scene, UnitFrameNode } from '../../src/lib/layout/scene.ts';
import { boxes, nodeOf, twoAgencies } from './layout-helpers/fixtures.ts';

const elk = nodeElk();
const frame = (scene: Scene, unitId: string) => scene.nodes.find((n): n is UnitFrameNode => n.kind === 'unitFrame' && n.unitId === unitId)!;

function noOverlaps(scene: Scene) {
  const all = boxes(scene);
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(rectsOverlap(all[i], all[j]), `${all[i].id} / ${all[j].id}`).toBe(false);
}

describe('layout pins', () => {
  it('puts the pinned box where it was pinned and leaves the other unit where the flow puts it', async () => {
    const s = twoAgencies();
    const free = await layoutStructure(s, { elk, cache: new LayoutCache() });
    const pinned = await layoutStructure(s, { elk, cache: new LayoutCache(), pins: { kaban: { x: 3000, y: 1200 } } });
    const kaban = nodeOf(pinned, 'kaban')!;
    expect({ x: kaban.x, y: kaban.y }).toEqual({ x: 3000, y: 1200 });
    // The whole Bappeda moved with its head; the Dinas kept its place.
    expect(nodeOf(pinned, 'kabid-bap-1')!.x - kaban.x).toBe(nodeOf(free, 'kabid-bap-1')!.x - nodeOf(free, 'kaban')!.x);
    expect(frame(pinned, frame(free, 'bappeda').unitId)).toBeDefined();
    expect(nodeOf(pinned, 'kadis-dik')).toEqual(nodeOf(free, 'kadis-dik'));
    expect(pinned.width).toBeGreaterThanOrEqual(kaban.x + kaban.width);
    expect(pinned.height).toBeGreaterThan(kaban.y + kaban.height);
    noOverlaps(pinned);
  });

  it('moves an unpinned unit out of the way of a unit pinned onto its place', async () => {
    const s = twoAgencies();
    const free = await layoutStructure(s, { elk, cache: new LayoutCache() });
    const dinasUnit = (nodeOf(free, 'kadis-dik') as { unitId: string }).unitId;
    const kaban = nodeOf(free, 'kaban')!;
    const bappedaFree = frame(free, 'bappeda');
    // Pin the Bappeda head so that the Bappeda lands exactly where the Dinas is drawn without pins.
    const at = { x: frame(free, dinasUnit).x + (kaban.x - bappedaFree.x), y: frame(free, dinasUnit).y + (kaban.y - bappedaFree.y) };
    const pinned = await layoutStructure(s, { elk, cache: new LayoutCache(), pins: { kaban: at } });
    expect(nodeOf(pinned, 'kaban')).toMatchObject(at);
    const dinas = frame(pinned, dinasUnit);
    const bappeda = frame(pinned, 'bappeda');
    expect(rectsOverlap(dinas, bappeda)).toBe(false);
    noOverlaps(pinned);
  });

  it('ignores pins of positions that are not drawn', async () => {
    const s = twoAgencies();
    const free = await layoutStructure(s, { elk, cache: new LayoutCache() });
    const pinned = await layoutStructure(s, { elk, cache: new LayoutCache(), pins: { 'tidak-ada': { x: 5000, y: 5000 } } });
    expect(pinned).toEqual(free);
  });
});
