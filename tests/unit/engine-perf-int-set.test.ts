// IntSet (the engine's per-unit line dedupe) must behave exactly like a Set<number>, across clears,
// growth and keys beyond 32 bits (line keys of structures above 16,384 positions).
import { describe, expect, it } from 'vitest';
import { IntSet } from '../../src/lib/domain/int-set.ts';
import { rng } from './helpers/random-structure.ts';

describe('IntSet', () => {
  it('agrees with Set<number> on random adds, lookups and clears', () => {
    const r = rng(42);
    const s = new IntSet();
    const ref = new Set<number>();
    for (let round = 0; round < 40; round++) {
      s.clear();
      ref.clear();
      const wide = round % 3 === 0;
      for (let i = 0; i < 2000; i++) {
        const key = wide ? Math.floor(r() * 2 ** 40) + (i % 5) : Math.floor(r() * 700);
        expect(s.add(key)).toBe(!ref.has(key));
        ref.add(key);
      }
      for (let i = 0; i < 300; i++) {
        const key = Math.floor(r() * 800);
        expect(s.has(key)).toBe(ref.has(key));
      }
      for (const key of ref) expect(s.has(key)).toBe(true);
    }
  });

  it('holds line keys that share their low bits (many lines to one head) like a Set<number>', () => {
    const s = new IntSet();
    const width = 1 << 15;
    for (let from = 0; from < 5000; from++) expect(s.add(from * width + 7)).toBe(true);
    for (let from = 0; from < 5000; from++) expect(s.add(from * width + 7)).toBe(false);
    expect(s.has(5000 * width + 7)).toBe(false);
    expect(s.has(7 * width)).toBe(false);
  });
});
