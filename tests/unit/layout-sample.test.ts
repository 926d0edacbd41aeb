// The invariants of a clean SOTK chart, checked on the whole sample kabupaten with every overlay layer.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readStructureText } from '../../src/lib/io/read-structure.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { OVERLAY_LAYERS } from '../../src/lib/layout/scene.ts';
import { rectsOverlap } from '../../src/lib/layout/geometry.ts';
import { boxes, boxesCrossed, isOrthogonal } from './layout-helpers/fixtures.ts';

const SAMPLE = resolve(import.meta.dirname, '../../models/samples/kabupaten-contoh.json');

describe.runIf(existsSync(SAMPLE))('the sample kabupaten, all layers', () => {
  it('has no overlapping boxes and no line (tree or overlay) through a box', { timeout: 240_000 }, async () => {
    const read = readStructureText(readFileSync(SAMPLE, 'utf8'));
    if (!read.ok) throw new Error('sampel tidak sah');
    const s = read.value;
    const scene = routeOverlays(await layoutStructure(s, { elk: nodeElk(), cache: new LayoutCache() }), compute(s, loadBuiltinVariant('karanganyar-2023-50')), [...OVERLAY_LAYERS]);
    for (const p of s.positions) expect(scene.places[p.id], p.id).toBeDefined();
    const all = boxes(scene);
    // Sweep by x so the pairwise check stays fast on ~500 boxes.
    const sorted = [...all].sort((a, b) => a.x - b.x);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && sorted[j].x < sorted[i].x + sorted[i].width; j++)
        expect(rectsOverlap(sorted[i], sorted[j]), `${sorted[i].id} / ${sorted[j].id}`).toBe(false);
    expect(scene.edges.filter((e) => e.kind !== 'kedudukan').length).toBeGreaterThan(100);
    const crossing: string[] = [];
    for (const e of scene.edges) {
      expect(isOrthogonal(e.points), e.id).toBe(true);
      if (e.unrouted) crossing.push(`${e.id} (tanpa rute)`);
      for (const b of boxesCrossed(e.points, all)) crossing.push(`${e.id} × ${b.id}`);
    }
    expect(crossing).toEqual([]);
  });
});
