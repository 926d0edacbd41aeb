// The rule engine: compute(structure, variant, options) → roles, lines and findings.
// Pure and deterministic: no DOM, no I/O, iteration in file order. All region-specific behaviour comes
// from the variant data; this file only implements the generic mechanisms the variant format names.
import type { Position, Structure } from './structure.ts';
import { headOfUnit, indexStructure, isOfficial, parentOf, structuralParentOf, type StructureIndex } from './structure-index.ts';
import { assignRoles, buildFacts, compileMatch, optionsHold, type PositionFacts, type PositionPredicate } from './match.ts';
import type { Basis, FindingTemplate, OptionValues, Variant } from './variant.ts';
import type { ComputeResult, Finding, Line, PositionRoles } from './result.ts';
import { resolveOptions } from './options.ts';
import { runChecks } from './checks.ts';
import { ketuaFindings } from './ketua.ts';
import { fillTemplate } from './message.ts';

export interface EngineContext {
  readonly index: StructureIndex;
  readonly variant: Variant;
  readonly options: OptionValues;
  readonly facts: ReadonlyMap<string, PositionFacts>;
  readonly rater: ReadonlyMap<string, string | null>;
  readonly findings: Finding[];
}

/** JF/Pelaksana who are not unit heads: the people the rating rules are about. */
export function isStaff(index: StructureIndex, p: Position): boolean {
  return (p.level === 'fungsional' || p.level === 'pelaksana') && !index.headedUnit.has(p.id);
}

interface CompiledRaterRule {
  rule: Variant['raterRules'][number];
  candidate: PositionPredicate;
  staff: PositionPredicate;
}

function findRater(
  index: StructureIndex,
  facts: ReadonlyMap<string, PositionFacts>,
  rules: readonly CompiledRaterRule[],
  staff: Position,
  emit: (rule: { id: string; basis: Basis }, template: FindingTemplate, positions: string[]) => void
): { rater: Position | null; refused: boolean } {
  const sf = facts.get(staff.id)!;
  let candidate = parentOf(index, staff);
  let steps = 0;
  while (candidate && steps++ <= index.positions.size) {
    const cf = facts.get(candidate.id)!;
    const rule = rules.find((r) => r.candidate(cf) && r.staff(sf));
    const effect = rule ? rule.rule.effect : isOfficial(index, candidate) ? 'allow' : 'skip';
    if (rule?.rule.finding) emit(rule.rule, rule.rule.finding, [staff.id, candidate.id]);
    if (effect === 'allow') return { rater: candidate, refused: false };
    if (effect === 'refuse') return { rater: null, refused: true };
    candidate = parentOf(index, candidate);
  }
  return { rater: null, refused: false };
}

/** A variant with its options resolved and its matchers compiled: shared by every part of a computation. */
export interface CompiledVariant {
  readonly variant: Variant;
  readonly options: OptionValues;
  readonly roleTests: readonly { role: Variant['roles'][number]; test: PositionPredicate }[];
  readonly raterRules: readonly CompiledRaterRule[];
  /** Line rules whose options hold, in variant order, each with its dedupe group. */
  readonly lineRules: readonly { rule: Variant['lineRules'][number]; subject: PositionPredicate; group: string }[];
}

export function compileVariant(variant: Variant, given: Record<string, string> = {}): CompiledVariant {
  const { values: options } = resolveOptions(variant, given);
  return {
    variant,
    options,
    roleTests: variant.roles.map((role) => ({ role, test: compileMatch(role.match) })),
    raterRules: variant.raterRules
      .filter((r) => optionsHold(r.when, options))
      .map((rule) => ({ rule, candidate: compileMatch(rule.candidate), staff: rule.staff ? compileMatch(rule.staff) : () => true })),
    lineRules: variant.lineRules.filter((rule) => optionsHold(rule.when, options)).map((rule) => ({ rule, subject: compileMatch(rule.subject), group: `${rule.kind}|${rule.subKind}` }))
  };
}

/**
 * What the engine derives from one set of positions on its own: facts, raters, rater-search findings and
 * line-rule lines (per rule, deduplicated). compute() runs it once over all positions; the incremental
 * engine runs it per Perangkat Daerah and reuses a part whose units and positions did not change.
 */
export interface PartResult {
  readonly facts: ReadonlyMap<string, PositionFacts>;
  readonly rater: ReadonlyMap<string, string | null>;
  /** Each list comes with the index (in the part's positions) of the position it was derived for. */
  readonly noRater: Subjects<string>;
  readonly findings: Subjects<Finding>;
  readonly linesByRule: readonly Subjects<Line>[];
}

export interface Subjects<T> {
  readonly items: readonly T[];
  readonly at: readonly number[];
}

/** A stretch of the file's positions that belongs to one part: its positions [from, to) in part order. */
export interface PartRun {
  readonly part: number;
  readonly from: number;
  readonly to: number;
}

export function computePart(index: StructureIndex, c: CompiledVariant, positions: readonly Position[]): PartResult {
  const findings: Finding[] = [];
  const findingsAt: number[] = [];
  let current = 0; // index of the position being worked on, for the findings it emits
  const facts = new Map<string, PositionFacts>();
  for (const p of positions) {
    const f = buildFacts(index, p);
    assignRoles(f, c.roleTests);
    facts.set(p.id, f);
  }
  const emit = (rule: { id: string; basis: Basis }, t: FindingTemplate, ids: string[]) => {
    findings.push({ severity: t.severity, code: t.code, positions: ids, message: fillTemplate(t.message, index, ids), rule: rule.id, basis: rule.basis });
    findingsAt.push(current);
  };

  // 1. Pejabat Penilai Kinerja of every staff member.
  const rater = new Map<string, string | null>();
  const noRater: string[] = [];
  const noRaterAt: number[] = [];
  for (const p of positions) {
    if (isStaff(index, p)) {
      const found = findRater(index, facts, c.raterRules, p, emit);
      rater.set(p.id, found.rater?.id ?? null);
      if (!found.rater && !found.refused) {
        noRater.push(p.id);
        noRaterAt.push(current);
      }
    } else {
      rater.set(p.id, structuralParentOf(index, p)?.id ?? null);
    }
    current++;
  }

  // 2. Line-rule lines. Dedupe by numeric (from, to) keys per kind/subKind: 50,000 lines for 10,000
  // positions, and string keys in one big Set were the engine's hottest spot.
  const order = new Map<string, number>();
  positions.forEach((p, i) => order.set(p.id, i));
  const width = positions.length + 1;
  const seen = new Map<string, Set<number>>();
  const select = makeSelector({ index, rater });
  const buckets = bucketByLevelAndUnitType(positions, facts);
  const linesByRule: Subjects<Line>[] = [];
  for (const { rule, subject, group } of c.lineRules) {
    const out: Line[] = [];
    const at: number[] = [];
    linesByRule.push({ items: out, at });
    let set = seen.get(group);
    if (!set) seen.set(group, (set = new Set()));
    for (const f of candidatesFor(buckets, rule.subject)) {
      const p = f.position;
      if (!subject(f)) continue;
      const from = select(rule.from, p);
      const to = select(rule.to, p);
      if (!from || !to || from === to) continue;
      if (rule.unlessFromIs?.some((s) => select(s, p) === from)) continue;
      const key = order.get(from)! * width + order.get(to)!;
      if (set.has(key)) continue;
      set.add(key);
      const line: Line = { kind: rule.kind, subKind: rule.subKind, from, to, rule: rule.id, label: rule.label, basis: rule.basis };
      if (rule.optional) line.optional = true;
      out.push(line);
      at.push(order.get(p.id)!);
    }
  }
  return { facts, rater, noRater: { items: noRater, at: noRaterAt }, findings: { items: findings, at: findingsAt }, linesByRule };
}

function joinMaps<V>(maps: readonly ReadonlyMap<string, V>[]): ReadonlyMap<string, V> {
  if (maps.length === 1) return maps[0];
  const out = new Map<string, V>();
  for (const m of maps) for (const [k, v] of m) out.set(k, v);
  return out;
}

/** Items of every part back in file order: each run takes its part's items derived for the run's positions. */
function inFileOrder<T>(runs: readonly PartRun[], lists: readonly Subjects<T>[], out: T[]): void {
  const cursor = new Array<number>(lists.length).fill(0);
  for (const run of runs) {
    const { items, at } = lists[run.part];
    let i = cursor[run.part];
    while (i < items.length && at[i] < run.to) out.push(items[i++]);
    cursor[run.part] = i;
  }
}

/**
 * The whole result from parts that together hold every position; `runs` say how the parts' positions
 * interleave in the file, so every list comes out in file order exactly as one part would give it.
 * Team lines, checks, Ketua findings and roles read the whole structure and are always recomputed.
 */
export function assembleResult(structure: Structure, index: StructureIndex, c: CompiledVariant, parts: readonly PartResult[], runs: readonly PartRun[] = [{ part: 0, from: 0, to: structure.positions.length }]): ComputeResult {
  const { variant, options } = c;
  const facts = joinMaps(parts.map((p) => p.facts));
  const rater = joinMaps(parts.map((p) => p.rater));
  const findings: Finding[] = [];
  inFileOrder(runs, parts.map((p) => p.findings), findings);
  const noRater: string[] = [];
  inFileOrder(runs, parts.map((p) => p.noRater), noRater);
  const ctx: EngineContext = { index, variant, options, facts, rater, findings };

  const lines: Line[] = [];
  for (let r = 0; r < c.lineRules.length; r++) inFileOrder(runs, parts.map((p) => p.linesByRule[r]), lines);

  // Team lines always carry their team, so they never collide with line-rule lines (other groups).
  let order: Map<string, number> | undefined;
  const width = structure.positions.length + 1;
  const seen = new Map<string, Set<number>>();
  const addLine = (line: Line) => {
    if (line.from === line.to) return;
    if (!order) {
      order = new Map();
      structure.positions.forEach((p, i) => order!.set(p.id, i));
    }
    const group = `${line.kind}|${line.subKind}|${line.team}`;
    let set = seen.get(group);
    if (!set) seen.set(group, (set = new Set()));
    const key = order.get(line.from)! * width + order.get(line.to)!;
    if (set.has(key)) return;
    set.add(key);
    lines.push(line);
  };
  for (const team of structure.teams) {
    const ownerHead = headOfUnit(index, team.owner)?.id;
    const lead = team.lead ?? undefined;
    for (const rule of variant.teamLineRules) {
      if (!optionsHold(rule.when, options)) continue;
      const subjects = rule.each === 'lead' ? (lead ? [lead] : []) : team.members.filter((m) => m !== lead);
      for (const member of subjects) {
        const pick = (s: (typeof rule)['from']): string | undefined => {
          switch (s) {
            case 'member':
              return member;
            case 'lead':
              return lead;
            case 'ownerHead':
              return ownerHead;
            case 'leadRater':
              return lead ? (rater.get(lead) ?? undefined) : undefined;
            case 'memberRater':
              return rater.get(member) ?? undefined;
            case 'memberUnitHead': {
              const m = index.positions.get(member);
              return m ? headOfUnit(index, m.unit)?.id : undefined;
            }
            case 'memberWorkUnder': {
              const w = index.positions.get(member)?.workUnder;
              return w !== undefined && index.positions.has(w) ? w : undefined;
            }
            case 'memberStructuralParent': {
              const m = index.positions.get(member);
              return m ? structuralParentOf(index, m)?.id : undefined;
            }
            case 'leadOrOwnerHead':
              return lead ?? ownerHead;
          }
        };
        const from = pick(rule.from);
        const to = pick(rule.to);
        if (!from || !to) continue;
        addLine({ kind: rule.kind, subKind: rule.subKind, from, to, rule: rule.id, label: rule.label, basis: rule.basis, team: team.id, ...(rule.optional ? { optional: true } : {}) });
      }
    }
  }

  // 3. Findings.
  runChecks(ctx, noRater);
  findings.push(...ketuaFindings(structure, variant, options));

  // 4. Roles.
  const select = makeSelector(ctx);
  const roles: Record<string, PositionRoles> = {};
  const performanceOwner = new Map<string, string>();
  for (const l of lines) if (l.kind === 'performance' && !l.optional && !performanceOwner.has(l.to)) performanceOwner.set(l.to, l.from);
  for (const p of structure.positions) {
    const r = rater.get(p.id) ?? null;
    roles[p.id] = {
      unitHead: headOfUnit(index, p.unit)?.id ?? null,
      workUnitHead: select('workUnitHead', p) ?? null,
      rater: r,
      performanceOwner: performanceOwner.get(p.id) ?? null,
      roles: [...facts.get(p.id)!.roles]
    };
  }

  return { variant: variant.id, options, lines, findings, roles };
}

export function compute(structure: Structure, variant: Variant, given: Record<string, string> = {}): ComputeResult {
  const c = compileVariant(variant, given);
  const index = indexStructure(structure);
  return assembleResult(structure, index, c, [computePart(index, c, structure.positions)]);
}

function makeSelector(ctx: Pick<EngineContext, 'index' | 'rater'>) {
  const { index, rater } = ctx;
  const byId = (id: string | null | undefined) => (id ? index.positions.get(id) : undefined);
  return function select(selector: Variant['lineRules'][number]['from'], p: Position): string | undefined {
    switch (selector) {
      case 'self':
        return p.id;
      case 'kedudukanParent':
        return p.parent ?? undefined;
      case 'structuralParent':
        return structuralParentOf(index, p)?.id;
      case 'rater':
        return rater.get(p.id) ?? undefined;
      case 'unitHead':
        return headOfUnit(index, p.unit)?.id;
      case 'workUnitHead': {
        const w = byId(p.workUnder);
        return w ? w.id : (rater.get(p.id) ?? undefined);
      }
      case 'parentUnitHead': {
        const parentUnit = index.units.get(p.unit)?.parent;
        return parentUnit ? headOfUnit(index, parentUnit)?.id : undefined;
      }
      case 'raterOfRater': {
        const r = byId(rater.get(p.id));
        return r ? (rater.get(r.id) ?? undefined) : undefined;
      }
      case 'coordinator':
        return byId(p.coordinator)?.id;
    }
  };
}

/**
 * Positions grouped by level and unit type, each group in file order. A line rule almost always names
 * levels (and often unit types), so it only visits the groups it can match: this keeps 70 rules over
 * 10,000 positions well under the 20 ms budget instead of 700,000 predicate calls.
 */
interface Buckets {
  groups: Map<string, { order: number; facts: PositionFacts }[]>;
  /** Rules share subjects (same levels and unit types): merge each combination once. */
  cache: Map<string, PositionFacts[]>;
  levels: readonly string[];
  unitTypes: readonly string[];
}

function bucketByLevelAndUnitType(positions: readonly Position[], facts: ReadonlyMap<string, PositionFacts>): Buckets {
  const groups = new Map<string, { order: number; facts: PositionFacts }[]>();
  const levels = new Set<string>();
  const unitTypes = new Set<string>();
  positions.forEach((p, order) => {
    const f = facts.get(p.id)!;
    levels.add(p.level);
    unitTypes.add(f.unitType);
    const key = `${p.level}|${f.unitType}`;
    const list = groups.get(key);
    if (list) list.push({ order, facts: f });
    else groups.set(key, [{ order, facts: f }]);
  });
  return { groups, cache: new Map(), levels: [...levels], unitTypes: [...unitTypes] };
}

function candidatesFor(b: Buckets, m: { levels?: readonly string[]; unitTypes?: readonly string[] }): PositionFacts[] {
  const key = `${m.levels?.join(',') ?? '*'}|${m.unitTypes?.join(',') ?? '*'}`;
  let hit = b.cache.get(key);
  if (!hit) b.cache.set(key, (hit = mergeGroups(b, m)));
  return hit;
}

function mergeGroups(b: Buckets, m: { levels?: readonly string[]; unitTypes?: readonly string[] }): PositionFacts[] {
  const picked: { order: number; facts: PositionFacts }[][] = [];
  for (const level of m.levels ?? b.levels) for (const type of m.unitTypes ?? b.unitTypes) {
    const g = b.groups.get(`${level}|${type}`);
    if (g) picked.push(g);
  }
  if (picked.length === 1) return picked[0].map((x) => x.facts);
  // Merge back into file order so the output order does not depend on the grouping.
  return picked.flat().sort((x, y) => x.order - y.order).map((x) => x.facts);
}
