// compute() keeps one engine and reuses its position states between computations: a computation must
// not see anything of the one before it (another structure, size or variant), so each result equals a
// fresh engine's.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { Engine } from '../../src/lib/domain/engine.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';

const variants = loadBuiltinVariants();

describe('compute() with a reused engine', () => {
  it('gives a fresh engine’s result after computing other structures and variants', () => {
    const big = generateKabupaten({ positions: 900, seed: 3 });
    const small = generateKabupaten({ positions: 300, seed: 7 });
    // Same ids, other places: states reused by index now hold other positions, parents and units.
    const shuffled = { ...big, positions: [...big.positions].reverse() };
    const sequence = [
      { s: big, v: variants[0] },
      { s: small, v: variants[1] },
      { s: shuffled, v: variants[0] },
      { s: big, v: variants[2] },
      { s: small, v: variants[0] }
    ];
    for (const { s, v } of sequence) expect(compute(s, v)).toEqual(new Engine(false).compute(s, v));
  });
});
