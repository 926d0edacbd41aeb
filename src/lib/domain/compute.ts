// The rule engine: compute(structure, variant, options) → roles, lines and findings.
// Pure and deterministic: no DOM, no I/O, iteration in file order. All region-specific behaviour comes
// from the variant data; the generic mechanisms the variant format names live in engine*.ts (per unit:
// facts, raters, line rules, per-unit checks) and checks.ts (checks that read the whole structure).
import type { Position, Structure } from './structure.ts';
import type { StructureIndex } from './structure-index.ts';
import type { PositionFacts } from './match.ts';
import type { Check, OptionValues, Variant } from './variant.ts';
import type { ComputeResult, Finding } from './result.ts';
import type { UnitType } from './vocabulary.ts';
import { Engine } from './engine.ts';

export interface EngineContext {
  readonly index: StructureIndex;
  readonly variant: Variant;
  readonly options: OptionValues;
  readonly facts: ReadonlyMap<string, PositionFacts>;
  readonly rater: ReadonlyMap<string, string | null>;
  readonly findings: Finding[];
  /**
   * Adds the findings of a check the engine evaluated per unit (engine-part-checks.ts) at this point of
   * the list, and says so; runChecks then skips its own loop for that check.
   */
  readonly fromParts?: (check: Check) => boolean;
  /** Heads of the units whose type the variant does not cover, by type in unit order (the engine keeps them per unit). */
  readonly silentHeads?: () => Map<UnitType, string[]>;
}

/** JF/Pelaksana who are not unit heads: the people the rating rules are about. */
export function isStaff(index: StructureIndex, p: Position): boolean {
  return (p.level === 'fungsional' || p.level === 'pelaksana') && !index.headedUnit.has(p.id);
}

/** One engine for every one-off computation: it computes from scratch each time, reusing its working objects. */
let oneOff: Engine | undefined;

export function compute(structure: Structure, variant: Variant, given: Record<string, string> = {}): ComputeResult {
  return (oneOff ??= new Engine(false)).compute(structure, variant, given);
}
