// A variant with its options resolved and every matcher compiled once, shared by all parts of a
// computation. Rules are pre-filtered by unit type, so a part (one unit) only visits the rules that can
// match it, and by level, so a rule skips positions of other levels without calling its predicate.
import type { Variant, OptionValues, Check, PositionMatch } from './variant.ts';
import { compileStateMatch, decomposeMatch, MAX_ROLE_BITS, selectorFor, type MatchParts, type Selector, type StatePredicate } from './engine-match.ts';
import { optionsHold } from './match.ts';
import { resolveOptions } from './options.ts';

export interface CompiledRaterRule {
  rule: Variant['raterRules'][number];
  candidate: StatePredicate;
  staff: StatePredicate;
}

export interface CompiledLineRule extends MatchParts {
  rule: Variant['lineRules'][number];
  /** Dedupe group (kind|subKind) as a small integer. */
  group: number;
  /** From or to is the subject itself: one rule never draws the same line twice. */
  selfEndpoint: boolean;
  selFrom: Selector;
  selTo: Selector;
  unless: readonly Selector[] | undefined;
  from: string;
  to: string;
  unlessFromIs: readonly string[] | undefined;
  /** The rule's line fields, copied here: rules come in many shapes, this object in one (monomorphic reads per line). */
  kind: Variant['lineRules'][number]['kind'];
  subKind: string;
  ruleId: string;
  label: string;
  basis: Variant['lineRules'][number]['basis'];
  optional: boolean;
}

export interface CompiledVariant {
  readonly variant: Variant;
  readonly options: OptionValues;
  /** `bit`: the role's roleBit (0 when the variant keeps roles out of bits). */
  readonly roleTests: readonly ({ id: string; bit: number } & MatchParts)[];
  /** Roles that can match a unit of this type (indices into roleTests), memoised per type. */
  rolesForUnitType(unitType: string): readonly number[];
  readonly raterRules: readonly CompiledRaterRule[];
  readonly lineRules: readonly CompiledLineRule[];
  readonly groupCount: number;
  /** Checks whose options hold, in variant order. */
  readonly checks: readonly Check[];
  /** Every performance rule draws to the subject itself: performance owners are then found per part. */
  readonly performanceToSelf: boolean;
  /**
   * Line rules that can match a unit of this type (indices into lineRules), memoised per type, each
   * saying whether it is the last such rule of its dedupe group.
   */
  rulesForUnitType(unitType: string): readonly { rule: number; lastInGroup: boolean }[];
  /** One shared frozen array per distinct set of role ids. */
  rolesArray(ids: string[]): readonly string[];
  /**
   * The shared role-id array of the roleTests whose indices are the set bits of `mask`, in index order;
   * undefined when the variant has more roles than an int has bits.
   */
  rolesOfTests(mask: number): readonly string[] | undefined;
  /** Bit of a variant role (PosState.roleMask), or undefined when the variant has too many roles for bits. */
  roleBit(id: string): number | undefined;
  /** A matcher over engine states, compiled once per matcher object. */
  stateMatcher(m: PositionMatch): StatePredicate;
  /** The same matcher taken apart (decomposeMatch), memoised: what a whole part can be ruled out by. */
  matchParts(m: PositionMatch): MatchParts;
}

function fitsUnitType(m: { unitTypes?: readonly string[]; unitTypesExcept?: readonly string[] }, unitType: string): boolean {
  if (m.unitTypes && !m.unitTypes.includes(unitType)) return false;
  return !(m.unitTypesExcept && m.unitTypesExcept.includes(unitType));
}

/** Role tests indexable by the bits of an int (rolesOfTests). */
const MAX_TEST_BITS = 31;

export function compileVariant(variant: Variant, given: Record<string, string> = {}): CompiledVariant {
  const { values: options } = resolveOptions(variant, given);
  const bits = new Map<string, number>();
  if (variant.roles.length <= MAX_ROLE_BITS) variant.roles.forEach((r, i) => bits.has(r.id) || bits.set(r.id, 1 << i));
  const roleBit = variant.roles.length <= MAX_ROLE_BITS ? (id: string) => bits.get(id) : null;
  const matchers = new WeakMap<PositionMatch, StatePredicate>();
  const decomposed = new WeakMap<PositionMatch, MatchParts>();
  const matchParts = (m: PositionMatch) => {
    let parts = decomposed.get(m);
    if (!parts) decomposed.set(m, (parts = decomposeMatch(m, roleBit)));
    return parts;
  };
  const stateMatcher = (m: PositionMatch) => {
    let p = matchers.get(m);
    if (!p) matchers.set(m, (p = compileStateMatch(m, roleBit)));
    return p;
  };
  // Unit types are sorted out per part type (rulesForUnitType, rolesForUnitType).
  const splitMatch = (m: PositionMatch): MatchParts => decomposeMatch({ ...m, unitTypes: undefined, unitTypesExcept: undefined }, roleBit);
  const groups = new Map<string, number>();
  const lineRules: CompiledLineRule[] = variant.lineRules
    .filter((rule) => optionsHold(rule.when, options))
    .map((rule) => {
      const g = `${rule.kind}|${rule.subKind}`;
      if (!groups.has(g)) groups.set(g, groups.size);
      return {
        rule,
        ...splitMatch(rule.subject),
        group: groups.get(g)!,
        selfEndpoint: rule.from === 'self' || rule.to === 'self',
        selFrom: selectorFor(rule.from),
        selTo: selectorFor(rule.to),
        unless: rule.unlessFromIs?.map(selectorFor),
        from: rule.from,
        to: rule.to,
        unlessFromIs: rule.unlessFromIs,
        kind: rule.kind,
        subKind: rule.subKind,
        ruleId: rule.id,
        label: rule.label,
        basis: rule.basis,
        optional: rule.optional === true
      };
    });
  const byType = new Map<string, { rule: number; lastInGroup: boolean }[]>();
  const rolesByType = new Map<string, number[]>();
  const interned = new Map<string, readonly string[]>();
  const none: readonly string[] = Object.freeze([]);
  const rolesArray = (ids: string[]): readonly string[] => {
    if (ids.length === 0) return none;
    const key = ids.join('\u0000');
    let hit = interned.get(key);
    if (!hit) interned.set(key, (hit = Object.freeze(ids)));
    return hit;
  };
  // Role sets by the mask of the role tests that matched: no id list or joined key per position.
  const byTests = new Map<number, readonly string[]>();
  return {
    variant,
    options,
    roleTests: variant.roles.map((role) => ({ id: role.id, bit: roleBit?.(role.id) ?? 0, ...splitMatch(role.match) })),
    rolesForUnitType(unitType) {
      let list = rolesByType.get(unitType);
      if (!list) {
        list = [];
        variant.roles.forEach((role, i) => {
          if (fitsUnitType(role.match, unitType)) list!.push(i);
        });
        rolesByType.set(unitType, list);
      }
      return list;
    },
    raterRules: variant.raterRules
      .filter((r) => optionsHold(r.when, options))
      .map((rule) => ({ rule, candidate: stateMatcher(rule.candidate), staff: rule.staff ? stateMatcher(rule.staff) : () => true })),
    lineRules,
    groupCount: groups.size,
    checks: variant.checks.filter((c) => optionsHold(c.when, options)),
    performanceToSelf: lineRules.every((r) => r.rule.kind !== 'performance' || r.to === 'self'),
    rulesForUnitType(unitType) {
      let list = byType.get(unitType);
      if (!list) {
        list = [];
        lineRules.forEach((r, i) => {
          if (fitsUnitType(r.rule.subject, unitType)) list!.push({ rule: i, lastInGroup: true });
        });
        const lastSeen = new Map<number, { lastInGroup: boolean }>();
        for (const entry of list) {
          const prev = lastSeen.get(lineRules[entry.rule].group);
          if (prev) prev.lastInGroup = false;
          lastSeen.set(lineRules[entry.rule].group, entry);
        }
        byType.set(unitType, list);
      }
      return list;
    },
    roleBit: (id) => roleBit?.(id),
    stateMatcher,
    matchParts,
    rolesArray,
    rolesOfTests(mask) {
      if (variant.roles.length > MAX_TEST_BITS) return undefined;
      let hit = byTests.get(mask);
      if (!hit) {
        const ids: string[] = [];
        for (let k = 0; k < variant.roles.length; k++) if (mask & (1 << k)) ids.push(variant.roles[k].id);
        byTests.set(mask, (hit = rolesArray(ids)));
      }
      return hit;
    }
  };
}

/** Option values as a stable key (order of the given keys does not matter). */
export const optionsKey = (given: Record<string, string>) => JSON.stringify(Object.entries(given).sort(([a], [b]) => (a < b ? -1 : 1)));

const cache = new WeakMap<Variant, Map<string, CompiledVariant>>();

/**
 * The compiled variant for these options, kept per variant object: compiled matchers stay warm (their
 * JIT feedback too) across computations. Variants are treated as immutable values, as everywhere in the
 * app (the variant editor previews a fresh parsed copy); an edited variant is a new object.
 */
export function compiledVariant(variant: Variant, given: Record<string, string> = {}): CompiledVariant {
  let byOptions = cache.get(variant);
  if (!byOptions) cache.set(variant, (byOptions = new Map()));
  const key = optionsKey(given);
  let c = byOptions.get(key);
  if (!c) byOptions.set(key, (c = compileVariant(variant, given)));
  return c;
}
