// The layout reads its own, lighter index (no structural depths unless asked): it must state every fact
// exactly as the domain's StructureIndex does, or the two would drift apart when one of them changes.
import { describe, expect, it } from 'vitest';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import { layoutIndex } from '../../src/lib/layout/layout-index.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { randomStructure } from './helpers/random-structure.ts';

describe('layoutIndex', () => {
  it('gives the same facts as indexStructure, and each unit its records in file order', () => {
    const structures = [...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => randomStructure(seed, 80)), generateKabupaten({ positions: 500, seed: 9 })];
    // A parent that is missing, and a unit whose positions come before its head in the file.
    const odd = randomStructure(10, 40);
    structures.push({ ...odd, positions: [...odd.positions.slice(20), ...odd.positions.slice(0, 20)].map((p, i) => (i === 3 ? { ...p, parent: 'hilang' } : p)) });
    for (const s of structures) {
      const full = indexStructure(s);
      const { index, records } = layoutIndex(s);
      expect(index.positions).toEqual(full.positions);
      expect(index.units).toEqual(full.units);
      expect(index.headsOfUnit).toEqual(full.headsOfUnit);
      expect(index.headedUnit).toEqual(full.headedUnit);
      expect(index.children).toEqual(full.children);
      expect(index.positionsOfUnit).toEqual(full.positionsOfUnit);
      expect(index.depth).toEqual(full.depth);
      for (const [unit, ids] of full.positionsOfUnit) expect(records.get(unit)!.map((p) => p.id)).toEqual(ids);
    }
  });
});
