// Properties every variant must keep on any valid structure (issue 2, "Done means").
import { describe, expect, it } from 'vitest';
import { compute, isStaff } from '../../src/lib/domain/compute.ts';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { builtinVariantFiles, loadBuiltinVariants, loadVariantFile } from '../../src/cli/variant-files.ts';
import { randomStructure } from './helpers/random-structure.ts';

const variants = loadBuiltinVariants();
const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 13);

describe('engine properties over generated structures', () => {
  it('every built-in variant file validates (schema and cross-references)', () => {
    for (const f of builtinVariantFiles()) expect(() => loadVariantFile(f)).not.toThrow();
  });

  for (const variant of variants) {
    describe(variant.id, () => {
      it('gives every JF/Pelaksana (unit heads such as a Kepala Puskesmas included) exactly one non-optional rating line, or an error finding naming it', () => {
        for (const seed of SEEDS) {
          const s = randomStructure(seed);
          expect(checkIntegrity(s)).toEqual([]);
          const index = indexStructure(s);
          const r = compute(s, variant);
          for (const p of s.positions) {
            // A JF heading a unit (Puskesmas, Sekolah, UPT) is a JF too: someone rates it (its kedudukan parent).
            const jfHead = index.headedUnit.has(p.id) && p.level === 'fungsional' && p.parent !== null;
            if (!isStaff(index, p) && !jfHead) continue;
            const raters = r.lines.filter((l) => l.kind === 'rating' && l.to === p.id && !l.optional);
            const erred = r.findings.some((f) => f.severity === 'error' && f.positions.includes(p.id));
            expect(raters.length === 1 || (raters.length === 0 && erred), `seed ${seed}, ${p.id} "${p.title}": ${raters.length} raters`).toBe(true);
          }
        }
      });

      it('never throws, and is deterministic', () => {
        for (const seed of SEEDS.slice(0, 10)) {
          const s = randomStructure(seed, 120);
          expect(JSON.stringify(compute(s, variant))).toBe(JSON.stringify(compute(s, variant)));
        }
      });

      it('only draws lines between positions of the structure, each with a basis quote', () => {
        const s = randomStructure(99, 150);
        const ids = new Set(s.positions.map((p) => p.id));
        for (const l of compute(s, variant).lines) {
          expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
          expect(l.basis.quote.length).toBeGreaterThan(10);
        }
      });

      it('every option value computes without throwing', () => {
        const s = randomStructure(5, 100);
        for (const o of variant.options) for (const c of o.choices) expect(() => compute(s, variant, { [o.key]: c.value })).not.toThrow();
      });
    });
  }
});

describe('built-in variant files', () => {
  it('are the five regulations of ../shared/seeds', () => {
    expect(variants.map((v) => v.id).sort()).toEqual(['cilegon-2023-17', 'karanganyar-2023-50', 'pangkalpinang-2023-51', 'sambas-2024-18', 'tabanan-2023-107']);
    expect(variants.map((v) => v.identity.sourceFile).sort()).toEqual(['000_5160156151055c28.txt', '001_af01d94e9933b5a2.txt', '002_b2fafd602f7c55ec.txt', '003_b96cd7a6ade3edd9.txt', '004_061da618499b6039.txt']);
  });

  it('are named by their id', () => {
    for (const f of builtinVariantFiles()) expect(f.endsWith(`/${loadVariantFile(f).id}.json`)).toBe(true);
  });
});
