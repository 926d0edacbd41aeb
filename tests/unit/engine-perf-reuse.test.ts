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
      { s: small, v: variants[0] },
      // One id renamed: the kept id map holds the old id too; then one id repeated.
      { s: { ...small, positions: small.positions.map((p, i) => (i === 5 ? { ...p, id: `${p.id}-baru` } : p)) }, v: variants[0] },
      { s: { ...small, positions: small.positions.map((p, i) => (i === 9 ? { ...p, id: small.positions[8].id } : p)) }, v: variants[3] },
      { s: small, v: variants[4] }
    ];
    for (const { s, v } of sequence) expect(compute(s, v)).toEqual(new Engine(false).compute(s, v));
  });

  it('compares lines by every field, not only their ends', () => {
    const s = generateKabupaten({ positions: 300, seed: 7 });
    const a = compute(s, variants[0]);
    const b = compute(s, variants[1]);
    const i = a.lines.findIndex((l) => b.lines.some((m) => m.from === l.from && m.to === l.to && m.rule !== l.rule));
    expect(i).toBeGreaterThanOrEqual(0);
    const other = b.lines.find((m) => m.from === a.lines[i].from && m.to === a.lines[i].to && m.rule !== a.lines[i].rule);
    expect(a.lines[i]).not.toEqual(other);
  });
});
