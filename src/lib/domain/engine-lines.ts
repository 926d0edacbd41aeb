// Per part (one unit): Pejabat Penilai Kinerja of each position, the line-rule lines of its positions
// and their roles. Reads other parts' states (ancestors, parent unit head) but writes only its own.
import type { Basis, FindingTemplate } from './variant.ts';
import type { Line, PositionRoles } from './result.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import type { Selector } from './engine-match.ts';
import type { IntSet } from './int-set.ts';
import { RuleLine } from './rule-line.ts';
import { EMPTY_LISTS, findStructuralParent, type PosState, type PartOutput, type UnitPart } from './engine-state.ts';

export type FillTemplate = (template: string, ids: readonly string[]) => string;

/** Structural parents and raters of a part's positions; rater-rule findings and staff without a rater. */
export function findRaters(part: UnitPart, c: CompiledVariant, limit: number, fill: FillTemplate): void {
  let findings = EMPTY_LISTS.findings;
  let noRater = EMPTY_LISTS.ids;
  const emit = (rule: { id: string; basis: Basis }, t: FindingTemplate, ids: string[], at: number) => {
    if (findings === EMPTY_LISTS.findings) findings = { items: [], at: [] };
    findings.items.push({ severity: t.severity, code: t.code, positions: ids, message: fill(t.message, ids), rule: rule.id, basis: rule.basis });
    findings.at.push(at);
  };
  for (const st of part.states) st.structuralParent = findStructuralParent(st, limit);
  for (let i = 0; i < part.states.length; i++) {
    const st = part.states[i];
    if (!st.staff) {
      st.rater = st.structuralParent;
      continue;
    }
    st.rater = undefined;
    let refused = false;
    let candidate = st.parent;
    let steps = 0;
    while (candidate && steps++ <= limit) {
      let rule: CompiledVariant['raterRules'][number] | undefined;
      for (const r of c.raterRules)
        if (r.candidate(candidate) && r.staff(st)) {
          rule = r;
          break;
        }
      const effect = rule ? rule.rule.effect : candidate.official ? 'allow' : 'skip';
      if (rule?.rule.finding) emit(rule.rule, rule.rule.finding, [st.id, candidate.id], i);
      if (effect === 'allow') {
        st.rater = candidate;
        break;
      }
      if (effect === 'refuse') {
        refused = true;
        break;
      }
      candidate = candidate.parent;
    }
    if (!st.rater && !refused) {
      if (noRater === EMPTY_LISTS.ids) noRater = { items: [], at: [] };
      noRater.items.push(st.id);
      noRater.at.push(i);
    }
  }
  part.raterFindings = findings;
  part.noRater = noRater;
}

/**
 * Whether one of the selectors picks `target`. A plain function: a closure over the loop's `st` and
 * `from` made V8 allocate a context for every subject of the rule, lines or not.
 */
function selectsAny(selectors: readonly Selector[], st: PosState, parentHead: PosState | undefined, target: PosState): boolean {
  for (let i = 0; i < selectors.length; i++) if (selectors[i](st, parentHead) === target) return true;
  return false;
}

/** Scratch dedupe sets, one per line group, cleared for each part; `used`: groups a part has lines in. */
export type Seen = IntSet[] & { used: Uint8Array };

const ITEMS: RuleLine[] = [];
const AT: number[] = [];
// Rule offsets and rule list of the part being derived (written by index, copied out at their length).
const STARTS: number[] = [0];
const RULES: number[] = [];
// The part's lines that reach outside it: (index, key) pairs, and the part holding both ends per pair.
const EXTERNAL: number[] = [];
const HOMES: (UnitPart | undefined)[] = [];

/**
 * Line-rule lines of a part, per rule in variant order and within a rule in file order, deduplicated by
 * (group, from, to) as compute() always did; and the roles of its positions.
 */
export function partLines(part: UnitPart, c: CompiledVariant, parentHead: PosState | undefined, keyWidth: number, seen: Seen): PartOutput {
  for (const s of seen) s.clear();
  const withAt = part.runCount > 1;
  // Scratch arrays are written by index, never emptied by `length = 0` (which drops their storage).
  let rules = 0;
  let externals = 0;
  // Lines of all rules are gathered in shared scratch arrays and copied out once, at their exact length.
  let count = 0;
  let homed = false;
  for (const st of part.states) st.performanceOwner = null;
  const applicable = c.rulesForUnitType(part.states.length ? part.states[0].unitType : (part.unit?.type ?? 'lainnya'));
  const groupUsed = seen.used;
  groupUsed.fill(0);
  for (const { rule: r, lastInGroup } of applicable) {
    const cr = c.lineRules[r];
    if ((cr.levelMask & part.levelMask) === 0) continue;
    if (cr.unitTest !== null && (part.states.length === 0 || !cr.unitTest(part.states[0]))) continue;
    const set = seen[cr.group];
    // Dedupe by set only where a line can repeat: within the rule (no self end) or across its group.
    const check = !cr.selfEndpoint || groupUsed[cr.group] === 1;
    const record = check || !lastInGroup;
    const first = count;
    const ownsPerformance = cr.kind === 'performance' && !cr.optional;
    const { levelMask, unitHead, hasWorkUnder, roleMask, gradeMask, rest } = cr;
    const { selFrom, selTo, unless } = cr;
    // A rule about unit heads visits the part's heads only.
    const subjects = unitHead === true ? part.heads : part.states;
    for (let n = 0; n < subjects.length; n++) {
      const st = subjects[n];
      const i = st.local;
      if ((st.levelBit & levelMask) === 0) continue;
      if (unitHead !== undefined && st.unitHead !== unitHead) continue;
      if (hasWorkUnder !== undefined && st.hasWorkUnder !== hasWorkUnder) continue;
      if (roleMask !== -1 && (st.roleMask & roleMask) === 0) continue;
      if (gradeMask !== -1 && (st.gradeBit & gradeMask) === 0) continue;
      if (rest !== null && !rest(st)) continue;
      const from = selFrom(st, parentHead);
      const to = selTo(st, parentHead);
      if (!from || !to || from === to) continue;
      if (unless && selectsAny(unless, st, parentHead, from)) continue;
      const key = from.serial * keyWidth + to.serial;
      if (check ? !set.add(key) : record && !set.add(key)) continue;
      const line = new RuleLine(from.id, to.id, cr);
      if (from.part !== part || to.part !== part) {
        EXTERNAL[2 * externals] = count;
        EXTERNAL[2 * externals + 1] = key;
        const home = from.part === to.part ? from.part : undefined;
        if (home) homed = true;
        HOMES[externals++] = home;
      }
      ITEMS[count] = line;
      if (withAt) AT[count] = i;
      count++;
      if (ownsPerformance && to.part === part && to.performanceOwner === null) to.performanceOwner = line.from;
    }
    if (count === first) continue;
    RULES[rules++] = r;
    STARTS[rules] = count;
    groupUsed[cr.group] = 1;
  }
  const head = part.head?.id ?? null;
  const roles: PositionRoles[] = new Array(part.states.length);
  // Siblings usually have the same roles (same rater, owner and role set): they share one object.
  let last: PositionRoles | undefined;
  for (let i = 0; i < part.states.length; i++) {
    const st = part.states[i];
    const workUnitHead = (st.workUnder ?? st.rater)?.id ?? null;
    const rater = st.rater?.id ?? null;
    if (last !== undefined && last.workUnitHead === workUnitHead && last.rater === rater && last.performanceOwner === st.performanceOwner && last.roles === st.roles) {
      roles[i] = last;
      continue;
    }
    // Shared, frozen: one array per distinct set of role ids (see CompiledVariant.rolesArray).
    roles[i] = last = { unitHead: head, workUnitHead, rater, performanceOwner: st.performanceOwner, roles: st.roles as string[] };
  }
  // The whole output in one shape; the caller fills in the part's checks.
  return {
    items: ITEMS.slice(0, count),
    starts: STARTS.slice(0, rules + 1),
    ruleList: RULES.slice(0, rules),
    at: withAt ? AT.slice(0, count) : undefined,
    external: externals > 0 ? EXTERNAL.slice(0, 2 * externals) : undefined,
    homes: homed ? HOMES.slice(0, externals) : undefined,
    roles,
    withAt,
    checks: NO_CHECKS,
    positionFindings: false
  };
}

const NO_CHECKS: PartOutput['checks'] = [];

/** Scratch lists of assignPartRoles (one part at a time). */
const CANDIDATES: number[] = [];
const IDS: string[] = [];

/** Variant roles of each position of a part (after its facts); only the roles its unit type allows. */
export function assignPartRoles(part: UnitPart, c: CompiledVariant): void {
  if (part.states.length === 0) return;
  const first = part.states[0];
  const forType = c.rolesForUnitType(first.unitType);
  // Scratch lists written by index (emptying one by `length = 0` drops its storage: an allocation per position).
  const candidates = CANDIDATES;
  let nc = 0;
  for (const k of forType) if (c.roleTests[k].unitTest?.(first) ?? true) candidates[nc++] = k;
  const byTests = c.rolesOfTests(0) !== undefined;
  const ids = IDS;
  for (const st of part.states) {
    let ni = 0;
    let mask = 0;
    let tests = 0;
    for (let j = 0; j < nc; j++) {
      const k = candidates[j];
      const r = c.roleTests[k];
      if ((st.levelBit & r.levelMask) === 0 || (r.unitHead !== undefined && st.unitHead !== r.unitHead)) continue;
      if (r.hasWorkUnder !== undefined && st.hasWorkUnder !== r.hasWorkUnder) continue;
      if (r.gradeMask !== -1 && (st.gradeBit & r.gradeMask) === 0) continue;
      if (r.rest === null || r.rest(st)) {
        if (byTests) tests |= 1 << k;
        else ids[ni++] = r.id;
        mask |= r.bit;
      }
    }
    st.roleMask = mask;
    st.roles = byTests ? c.rolesOfTests(tests)! : c.rolesArray(ids.slice(0, ni));
  }
}
