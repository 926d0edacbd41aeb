// Matchers over engine states: the cheap parts of a PositionMatch (level, unit head, workUnder, variant
// roles) become bit and flag tests, the unit's parts (type, name) are decided once per unit, and only
// what is left (titles, grades, depth, …) goes through the generic compiled matcher of match.ts.
import type { PositionMatch } from './variant.ts';
import { compileMatch, type PositionPredicate } from './match.ts';
import { GRADES, LEVELS } from './vocabulary.ts';
import type { PosState, UnitPart } from './engine-state.ts';

/** Bit of each level (PosState.levelBit). */
export const LEVEL_BIT: Readonly<Record<string, number>> = Object.fromEntries(LEVELS.map((l, i) => [l, 1 << i]));
export const ALL_LEVELS = (1 << LEVELS.length) - 1;
/** Bit of each jenjang (PosState.gradeBit; 0 without one). */
export const GRADE_BIT: Readonly<Record<string, number>> = Object.fromEntries(GRADES.map((g, i) => [g, 1 << i]));
/** Variants with more roles than this keep role tests in the generic matcher. */
export const MAX_ROLE_BITS = 30;

export type StatePredicate = (st: PosState) => boolean;

export function levelMaskOf(levels: readonly string[] | undefined): number {
  return levels ? levels.reduce((mask, l) => mask | (LEVEL_BIT[l] ?? 0), 0) : ALL_LEVELS;
}

/** A PositionMatch taken apart: bit and flag tests, the unit-only test, and the generic rest. */
export interface MatchParts {
  levelMask: number;
  unitHead: boolean | undefined;
  hasWorkUnder: boolean | undefined;
  /** -1: no role test here. */
  roleMask: number;
  /** -1: no jenjang test here (a rule by jenjang, as Karanganyar's raters of JF, tested per rule and position). */
  gradeMask: number;
  /** Reads only the unit's type and name: the same for every position of a part. */
  unitTest: PositionPredicate | null;
  rest: PositionPredicate | null;
}

const asked = (m: object) => Object.values(m).some((v) => v !== undefined);

/** `roleBit(id)`: the bit of a variant role, or null when the variant keeps roles out of bits. */
export function decomposeMatch(m: PositionMatch, roleBit: ((id: string) => number | undefined) | null): MatchParts {
  const { levels, unitTypes, unitTypesExcept, unitNameIncludes, unitNameExcludes, unitHead, hasWorkUnder, roles, grades, ...others } = m;
  const unitFields = { unitTypes, unitTypesExcept, unitNameIncludes, unitNameExcludes };
  let roleMask = -1;
  const rest: PositionMatch = { ...others };
  if (roles !== undefined) {
    if (roleBit) roleMask = roles.reduce((mask, id) => mask | (roleBit(id) ?? 0), 0);
    else rest.roles = roles;
  }
  return {
    levelMask: levelMaskOf(levels),
    unitHead,
    hasWorkUnder,
    roleMask,
    gradeMask: grades ? grades.reduce((mask, g) => mask | (GRADE_BIT[g] ?? 0), 0) : -1,
    unitTest: asked(unitFields) ? compileMatch(unitFields) : null,
    rest: asked(rest) ? compileMatch(rest) : null
  };
}

export function compileStateMatch(m: PositionMatch, roleBit: ((id: string) => number | undefined) | null): StatePredicate {
  const { levelMask, unitHead, hasWorkUnder, roleMask, gradeMask, unitTest, rest } = decomposeMatch(m, roleBit);
  // The unit test is decided once per part, remembered for the last part seen.
  let lastPart: UnitPart | undefined;
  let lastUnitOk = true;
  return (st) => {
    if ((st.levelBit & levelMask) === 0) return false;
    if (unitHead !== undefined && st.unitHead !== unitHead) return false;
    if (hasWorkUnder !== undefined && st.hasWorkUnder !== hasWorkUnder) return false;
    if (roleMask !== -1 && (st.roleMask & roleMask) === 0) return false;
    if (gradeMask !== -1 && (st.gradeBit & gradeMask) === 0) return false;
    if (unitTest !== null) {
      if (st.part !== lastPart) {
        lastPart = st.part;
        lastUnitOk = unitTest(st);
      }
      if (!lastUnitOk) return false;
    }
    return rest === null || rest(st);
  };
}

export type Selector = (st: PosState, parentHead: PosState | undefined) => PosState | undefined;

/** Line-rule selectors, each as its own small function, chosen once per rule instead of switching per position. */
const SELECTORS: Readonly<Record<string, Selector>> = {
  self: (st) => st,
  kedudukanParent: (st) => st.parent,
  structuralParent: (st) => st.structuralParent,
  rater: (st) => st.rater,
  unitHead: (st) => st.part.head,
  workUnitHead: (st) => st.workUnder ?? st.rater,
  parentUnitHead: (_, parentHead) => parentHead,
  raterOfRater: (st) => st.rater?.rater,
  coordinator: (st) => st.coordinator
};
const NOTHING: Selector = () => undefined;
export const selectorFor = (name: string): Selector => SELECTORS[name] ?? NOTHING;

