// The whole result from per-unit parts, in exactly the order compute() has always given: line-rule lines
// rule by rule in file order, then team lines; rater findings, coverage, NO_RATER, checks in variant
// order, Ketua findings; roles in file order. Part outputs are concatenated, never copied or rebuilt.
import type { Structure } from './structure.ts';
import type { Check } from './variant.ts';
import type { UnitType } from './vocabulary.ts';
import type { ComputeResult, Finding, Line } from './result.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import type { EngineContext } from './compute.ts';
import type { EngineLookups } from './engine-lookup.ts';
import { externalFrom, type PartOutput, type PosState, type UnitPart } from './engine-state.ts';
import { PART_CHECKS, UNIT_SCOPED_CHECKS } from './engine-part-checks.ts';
import { runChecks } from './checks.ts';
import { ketuaFindings } from './ketua.ts';
import { teamLines, type TeamCache } from './engine-teams.ts';
import { collidingGroups, repeatsOf, spliceRule, type ExternalLines, type PartChange } from './engine-line-splice.ts';
import { IntSet } from './int-set.ts';
import { rolesLookup, type RolesCache } from './engine-roles.ts';
import { lowerBound } from './sorted.ts';

/** A stretch of the file's positions that belongs to one part: its states [from, to). */
export interface Run {
  part: UnitPart;
  from: number;
  to: number;
}

/** Appends the items of `list` derived for the run's positions. */
function take<T>(list: { items: readonly T[]; at: readonly number[] }, run: Run, out: T[]): void {
  const { items, at } = list;
  for (let i = run.from === 0 ? 0 : lowerBound(at, run.from); i < items.length && at[i] < run.to; i++) out.push(items[i]);
}

/**
 * Line-rule lines of all parts, rule by rule in file order. Collected in one pass over the runs (a part
 * has lines for a few rules only), for the rules whose lines may have changed; the others are reused.
 * A part deduplicates its own lines; a line can only repeat another part's line when one of the two
 * reaches outside its part, so only those (and the lines of a part holding both ends of such a line)
 * are checked against the lines before them, rule by rule.
 */
function ruleLines(c: CompiledVariant, runs: readonly Run[], parts: Iterable<UnitPart>, cache: LineCache, after: readonly Line[]): Line[] {
  const R = c.lineRules.length;
  const ext = cache.external ?? repeatsOf(c, parts);
  const rebuildGroups = new Set<number>();
  const changes = cache.changes;
  if (changes === null) for (let g = 0; g < c.groupCount; g++) rebuildGroups.add(g);
  else if (changes.length > MAX_SPLICED_PARTS)
    for (const { part, old } of changes) for (const o of [old, part.out]) for (const r of o?.ruleList ?? []) rebuildGroups.add(c.lineRules[r].group);
  else {
    for (const g of collidingGroups(c, changes, cache.external!, cache.keyOf)) rebuildGroups.add(g);
    const ordered = [...changes].sort((a, b) => a.part.firstRun - b.part.firstRun);
    for (const change of ordered) {
      const rules = new Set([...(change.old?.ruleList ?? []), ...(change.part.out?.ruleList ?? [])]);
      for (const r of rules) {
        const g = c.lineRules[r].group;
        if (!rebuildGroups.has(g) && !spliceRule(cache.segments[r], r, change, runs)) rebuildGroups.add(g);
      }
    }
  }
  const rebuild: boolean[] = new Array(R);
  const segments: Line[][] = new Array(R);
  for (let r = 0; r < R; r++) {
    if (rebuildGroups.has(c.lineRules[r].group)) {
      rebuild[r] = true;
      segments[r] = [];
    } else segments[r] = cache.segments[r];
  }
  if (rebuildGroups.size === 0) {
    cache.segments = segments;
    return ([] as Line[]).concat(...segments, after);
  }
  if (cache.seen?.length !== c.groupCount) cache.seen = Array.from({ length: c.groupCount }, () => new IntSet());
  const seen = cache.seen;
  for (const set of seen) set.clear();
  // Rule by rule, each run's lines of the rule (the runs walk their ascending rule lists with a cursor),
  // written straight into the result: one array of the final length for a one-off computation (nothing
  // spliced later), else a segment per rebuilt rule.
  const oneOff = cache.external === null;
  let total = after.length;
  if (oneOff) for (let q = 0; q < runs.length; q++) if (runs[q].part.firstRun === q) total += runs[q].part.out!.items.length;
  const all: Line[] = oneOff ? new Array(total) : [];
  let n = 0;
  // Per run: index into its rule list and the rule there (R when done), so that a run without lines of
  // rule r costs one typed-array read; rules no part has lines of are skipped whole.
  const cursor = new Int32Array(runs.length);
  const next = new Int32Array(runs.length);
  const present = new Uint8Array(R);
  for (let q = 0; q < runs.length; q++) {
    const list = runs[q].part.out!.ruleList;
    next[q] = list.length > 0 ? list[0] : R;
    for (let j = 0; j < list.length; j++) present[list[j]] = 1;
  }
  for (let r = 0; r < R; r++) {
    if (!rebuild[r]) continue;
    if (present[r] === 0) continue;
    const group = c.lineRules[r].group;
    const may = ext.mayRepeat(group);
    const set = seen[group];
    const out = oneOff ? all : segments[r];
    let m = oneOff ? n : 0;
    for (let q = 0; q < runs.length; q++) {
      const nq = next[q];
      if (nq > r) continue;
      const run = runs[q];
      const o = run.part.out!;
      const list = o.ruleList;
      let j = cursor[q];
      if (nq < r) {
        // Rules skipped (not rebuilt after an edit) are passed over here.
        while (j < list.length && list[j] < r) j++;
        if (j === list.length || list[j] !== r) {
          cursor[q] = j;
          next[q] = j < list.length ? list[j] : R;
          continue;
        }
      }
      cursor[q] = j + 1;
      next[q] = j + 1 < list.length ? list[j + 1] : R;
      let from = o.starts[j];
      let to = o.starts[j + 1];
      if (run.from !== 0 || run.to !== run.part.states.length) {
        if (run.from !== 0) from = lowerBound(o.at!, run.from, from, to);
        to = lowerBound(o.at!, run.to, from, to);
      }
      const mode = !may ? CHECK_NONE : ext.isHome(run.part, group) ? CHECK_ALL : o.external ? CHECK_EXTERNAL : CHECK_NONE;
      m = copyLines(o, from, to, mode, set, cache.keyOf, out, m);
    }
    if (oneOff) n = m;
    else out.length = m;
  }
  if (oneOff) {
    for (let i = 0; i < after.length; i++) all[n++] = after[i];
    all.length = n;
    cache.segments = [];
    return all;
  }
  cache.segments = segments;
  // One allocation at the final length, team lines included (pushing them afterwards regrew the array).
  return ([] as Line[]).concat(...segments, after);
}

/** How a stretch of lines is checked against the lines before it: never, those reaching outside their part, all. */
const CHECK_NONE = 0;
const CHECK_EXTERNAL = 1;
const CHECK_ALL = 2;

/** Writes the part's lines [from, to) into `out` from index n, dropping repeats where checked; the new end. */
function copyLines(o: PartOutput, from: number, to: number, mode: number, set: IntSet, keyOf: (line: Line) => number, out: Line[], n: number): number {
  const { items, external } = o;
  if (mode === CHECK_NONE) {
    for (let i = from; i < to; i++) out[n++] = items[i];
    return n;
  }
  // The stretch's external lines in step with its lines (pairs ascending by line index).
  let e = external ? externalFrom(external, from) : 0;
  for (let i = from; i < to; i++) {
    const line = items[i];
    let key = -1;
    if (external !== undefined && e < external.length && external[e] === i) {
      key = external[e + 1];
      e += 2;
    } else if (mode === CHECK_ALL) key = keyOf(line);
    if (key >= 0 && !set.add(key)) continue;
    out[n++] = line;
  }
  return n;
}

/** More recomputed parts than this: their groups are gathered again rather than spliced. */
const MAX_SPLICED_PARTS = 32;

/** The line-rule lines of each rule from the previous assembly, and the parts recomputed since (null: all). */
export interface LineCache {
  segments: Line[][];
  changes: readonly PartChange[] | null;
  /** Null for a one-off computation (compute()): nothing is spliced later. */
  external: ExternalLines | null;
  /** The numeric (from, to) key of a line (computed only for lines of a part other parts' lines may repeat). */
  keyOf: (line: Line) => number;
  /** Dedupe sets per group, kept grown between assemblies. */
  seen?: IntSet[];
}

export interface AssembleInput {
  structure: Structure;
  c: CompiledVariant;
  runs: readonly Run[];
  /** Parts of structure.units, in unit order (unit-scoped findings come in that order). */
  unitParts: readonly UnitPart[];
  parts: ReadonlyMap<string, UnitPart>;
  states: ReadonlyMap<string, PosState>;
  lookups: EngineLookups;
  lineCache: LineCache;
  /** Null for a one-off computation: no later result builds on this one's roles. */
  rolesCache: RolesCache | null;
  teamCache: TeamCache;
  /** Heads of the units the variant does not cover, by type; kept while no such unit is recomputed. */
  silentCache: { heads?: Map<UnitType, string[]> };
}

export function assemble({ structure, c, runs, unitParts, parts, states, lookups, lineCache, rolesCache, teamCache, silentCache }: AssembleInput): ComputeResult {
  const { variant, options } = c;
  const team = teamLines(structure, c, states, parts, teamCache, lineCache.changes && lineCache.changes.map((ch) => ch.part));
  const lines = ruleLines(c, runs, parts.values(), lineCache, team);
  const fromRules = lines.length - team.length;

  // Findings the parts derived per position, each list in file order, gathered in one pass.
  const raterFindings: Finding[] = [];
  const noRater: string[] = [];
  const byCheck: Finding[][] = c.checks.map(() => []);
  for (const run of runs) {
    const part = run.part;
    if (part.raterFindings.items.length) take(part.raterFindings, run, raterFindings);
    if (part.noRater.items.length) take(part.noRater, run, noRater);
    const out = part.out!;
    if (out.positionFindings)
      for (let k = 0; k < out.checks.length; k++) {
        const l = out.checks[k];
        if (l && !UNIT_SCOPED_CHECKS.has(c.checks[k].check)) take(l, run, byCheck[k]);
      }
  }
  const findings: Finding[] = raterFindings;
  const checkIndex = new Map<Check, number>(c.checks.map((ch, k) => [ch, k]));
  const changed = lineCache.changes;
  if (!silentCache.heads || changed === null || changed.some((ch) => ch.part.unit && !variant.coverage[ch.part.unit.type])) {
    const heads = new Map<UnitType, string[]>();
    for (const part of unitParts) {
      const u = part.unit!;
      if (variant.coverage[u.type]) continue;
      let list = heads.get(u.type);
      if (!list) heads.set(u.type, (list = []));
      if (part.head) list.push(part.head.id);
    }
    silentCache.heads = heads;
  }
  const ctx: EngineContext = {
    index: lookups.index,
    variant,
    options,
    facts: lookups.facts,
    rater: lookups.rater,
    findings,
    silentHeads: () => new Map([...silentCache.heads!].map(([type, ids]) => [type, [...ids]])),
    fromParts(check) {
      const k = checkIndex.get(check);
      if (k === undefined || !PART_CHECKS.has(check.check)) return false;
      if (UNIT_SCOPED_CHECKS.has(check.check)) {
        for (const part of unitParts) {
          const l = part.out?.checks[k];
          if (l) for (const f of l.items) findings.push(f);
        }
      } else for (const f of byCheck[k]) findings.push(f);
      return true;
    }
  };
  runChecks(ctx, noRater);
  for (const f of ketuaFindings(structure, variant, options, lookups.index.positions)) findings.push(f);

  const roles = rolesLookup(structure, runs, lines, fromRules, states, c.performanceToSelf, rolesCache);
  return { variant: variant.id, options, lines, findings, roles };
}
