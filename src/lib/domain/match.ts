// Compiles the variant's declarative matchers (PositionMatch, option conditions) into predicates,
// once per variant, so that evaluating rules over 10,000 positions stays cheap.
import type { Position } from './structure.ts';
import type { StructureIndex } from './structure-index.ts';
import type { OptionCondition, OptionValues, PositionMatch, Role } from './variant.ts';

/** Per-position facts the matchers read; computed once per compute() call. */
export interface PositionFacts {
  readonly position: Position;
  readonly unitType: string;
  readonly unitName: string;
  readonly title: string;
  readonly unitHead: boolean;
  readonly depth: number;
  readonly headOfUnitType: string | undefined;
  readonly hasWorkUnder: boolean;
  roles: readonly string[];
}

export type PositionPredicate = (facts: PositionFacts) => boolean;

// Plain toLowerCase: Indonesian has no locale-specific casing, and the locale-aware call is ~10× slower.
const lower = (s: string) => s.toLowerCase();

export function buildFacts(index: StructureIndex, p: Position): PositionFacts {
  const unit = index.units.get(p.unit);
  const headed = index.headedUnit.get(p.id);
  return {
    position: p,
    unitType: unit?.type ?? 'lainnya',
    unitName: lower(unit?.name ?? ''),
    title: lower(p.title),
    unitHead: headed !== undefined,
    depth: index.depth.get(p.id) ?? 1,
    headOfUnitType: headed === undefined ? undefined : index.units.get(headed)?.type,
    hasWorkUnder: p.workUnder !== undefined && index.positions.has(p.workUnder),
    roles: []
  };
}

function containsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

export function compileMatch(m: PositionMatch): PositionPredicate {
  const tests: PositionPredicate[] = [];
  if (m.levels) {
    const s = new Set<string>(m.levels);
    tests.push((f) => s.has(f.position.level));
  }
  if (m.grades) {
    const s = new Set<string>(m.grades);
    tests.push((f) => f.position.grade !== undefined && s.has(f.position.grade));
  }
  if (m.unitTypes) {
    const s = new Set<string>(m.unitTypes);
    tests.push((f) => s.has(f.unitType));
  }
  if (m.unitTypesExcept) {
    const s = new Set<string>(m.unitTypesExcept);
    tests.push((f) => !s.has(f.unitType));
  }
  // Word tests are plain loops: `words.some((w) => …)` made a closure per call (~2 MB per 10,000-position computation).
  if (m.unitNameIncludes) {
    const words = m.unitNameIncludes.map(lower);
    tests.push((f) => containsAny(f.unitName, words));
  }
  if (m.unitNameExcludes) {
    const words = m.unitNameExcludes.map(lower);
    tests.push((f) => !containsAny(f.unitName, words));
  }
  if (m.titleIncludes) {
    const words = m.titleIncludes.map(lower);
    tests.push((f) => containsAny(f.title, words));
  }
  if (m.titleExcludes) {
    const words = m.titleExcludes.map(lower);
    tests.push((f) => !containsAny(f.title, words));
  }
  if (m.unitHead !== undefined) {
    const want = m.unitHead;
    tests.push((f) => f.unitHead === want);
  }
  if (m.depth) {
    const s = new Set(m.depth);
    tests.push((f) => s.has(f.depth));
  }
  if (m.roles) {
    const want = m.roles;
    tests.push((f) => {
      for (const r of want) if (f.roles.includes(r)) return true;
      return false;
    });
  }
  if (m.headOfUnitTypes) {
    const s = new Set<string>(m.headOfUnitTypes);
    tests.push((f) => f.headOfUnitType !== undefined && s.has(f.headOfUnitType));
  }
  if (m.hasWorkUnder !== undefined) {
    const want = m.hasWorkUnder;
    tests.push((f) => f.hasWorkUnder === want);
  }
  if (m.delegatedPpk !== undefined) {
    const want = m.delegatedPpk;
    tests.push((f) => (f.position.delegatedPpk === true) === want);
  }
  if (m.existsOnOrAfter !== undefined) {
    const date = m.existsOnOrAfter;
    tests.push((f) => f.position.effectiveUntil === undefined || f.position.effectiveUntil >= date);
  }
  // Specialised by count: most matchers have one or two tests, and a loop per call costs more than they do.
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  if (tests.length === 2) {
    const [a, b] = tests;
    return (f) => a(f) && b(f);
  }
  return (f) => {
    for (const t of tests) if (!t(f)) return false;
    return true;
  };
}

export function optionsHold(cond: OptionCondition | undefined, values: OptionValues): boolean {
  if (!cond) return true;
  for (const [key, want] of Object.entries(cond)) {
    const have = values[key];
    if (Array.isArray(want) ? !want.includes(have) : have !== want) return false;
  }
  return true;
}

export function assignRoles(facts: PositionFacts, roles: readonly { role: Role; test: PositionPredicate }[]): void {
  const out: string[] = [];
  for (const r of roles) if (r.test(facts)) out.push(r.role.id);
  facts.roles = out;
}
