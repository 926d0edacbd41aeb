// After an edit, a rule's lines change only where the recomputed parts' lines were or are: those are
// spliced into the previous list instead of gathering every part's lines again. Lines are deduplicated
// per (kind|subKind, from, to) across the whole list; a part's line can only repeat another part's line
// when one of the two reaches outside its part, so a registry of such "external" lines tells when a
// splice could change which duplicate is kept — then the whole group is gathered again instead.
import type { Line } from './result.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import { externalFrom, forEachExternal, linesOf, type PartOutput, type UnitPart } from './engine-state.ts';
import type { Run } from './engine-assemble.ts';

/** Where lines of different parts can repeat each other (see ruleLines in engine-assemble.ts). */
export interface Repeats {
  mayRepeat(group: number): boolean;
  isHome(part: UnitPart, group: number): boolean;
}

/** For one computation from scratch: read off the parts' external lines, without counting keys. */
export function repeatsOf(c: CompiledVariant, parts: Iterable<UnitPart>): Repeats {
  const groups = new Set<number>();
  const homes = new Map<UnitPart, Set<number>>();
  for (const part of parts)
    forEachExternal(c, part.out, (g, _key, home) => {
      groups.add(g);
      if (!home || home === part) return;
      let h = homes.get(home);
      if (!h) homes.set(home, (h = new Set()));
      h.add(g);
    });
  return { mayRepeat: (g) => groups.has(g), isHome: (part, g) => homes.get(part)?.has(g) ?? false };
}

/** Kept up to date across incremental recomputations: how many external lines hold each key. */
export class ExternalLines implements Repeats {
  private counts: Map<number, number>[];
  /** Per group: keys held by two or more external lines, and external lines with both ends in another part. */
  private repeated: number[];
  private homed: number[];
  /** Per part: per group, how many other parts' external lines have both ends in it. */
  private homes = new Map<UnitPart, Map<number, number>>();
  constructor(private readonly c: CompiledVariant) {
    this.counts = Array.from({ length: c.groupCount }, () => new Map());
    this.repeated = new Array(c.groupCount).fill(0);
    this.homed = new Array(c.groupCount).fill(0);
  }
  /** Whether lines of the group can repeat across parts at all (else no part's line needs checking). */
  mayRepeat(group: number): boolean {
    return this.repeated[group] > 0 || this.homed[group] > 0;
  }
  update(part: UnitPart, out: PartOutput | undefined, sign: 1 | -1): void {
    forEachExternal(this.c, out, (g, key, home) => {
      const counts = this.counts[g];
      const before = counts.get(key) ?? 0;
      counts.set(key, before + sign);
      if (sign > 0 ? before === 1 : before === 2) this.repeated[g] += sign;
      if (!home || home === part) return;
      this.homed[g] += sign;
      let h = this.homes.get(home);
      if (!h) this.homes.set(home, (h = new Map()));
      h.set(g, (h.get(g) ?? 0) + sign);
    });
  }
  count(group: number, key: number): number {
    return this.counts[group].get(key) ?? 0;
  }
  isHome(part: UnitPart, group: number): boolean {
    return (this.homes.get(part)?.get(group) ?? 0) > 0;
  }
}

export interface PartChange {
  part: UnitPart;
  old: PartOutput | undefined;
}

/** Groups in which a changed part's lines may repeat (or have repeated) another part's line. */
export function collidingGroups(c: CompiledVariant, changes: readonly PartChange[], ext: ExternalLines, keyOf: (line: Line) => number): Set<number> {
  const out = new Set<number>();
  // Whether one of the part's lines of the group that stays inside its part has this key.
  const hasLocalKey = (h: UnitPart, group: number, key: number) => {
    const o = h.out;
    if (!o) return false;
    for (let j = 0; j < o.ruleList.length; j++)
      if (c.lineRules[o.ruleList[j]].group === group && someInside(o, j, (line) => keyOf(line) === key)) return true;
    return false;
  };
  for (const { part, old } of changes) {
    // A part's own keys are unique per group, so its new external lines count once in the registry.
    const own = new Set<string>();
    forEachExternal(c, part.out, (g, key) => own.add(`${g}:${key}`));
    for (const o of [old, part.out]) {
      if (!o) continue;
      forEachExternal(c, o, (g, key, home) => {
        const others = ext.count(g, key) - (own.has(`${g}:${key}`) ? 1 : 0);
        if (others > 0 || (home && home !== part && hasLocalKey(home, g, key))) out.add(g);
      });
      for (let j = 0; j < o.ruleList.length; j++) {
        const g = c.lineRules[o.ruleList[j]].group;
        if (out.has(g) || !ext.isHome(part, g)) continue;
        if (someInside(o, j, (line) => ext.count(g, keyOf(line)) > 0)) out.add(g);
      }
    }
  }
  return out;
}

/** Whether one of the lines of the part's j-th rule that stay inside the part passes the test. */
function someInside(o: PartOutput, j: number, test: (line: Line) => boolean): boolean {
  const pairs = o.external ?? [];
  let e = externalFrom(pairs, o.starts[j]);
  for (let i = o.starts[j]; i < o.starts[j + 1]; i++) {
    if (e < pairs.length && pairs[e] === i) {
      e += 2;
      continue;
    }
    if (test(o.items[i])) return true;
  }
  return false;
}

/** Replaces the part's previous lines of rule r in `segment` by its new ones; false when it cannot. */
export function spliceRule(segment: Line[], r: number, change: PartChange, runs: readonly Run[]): boolean {
  const { part, old } = change;
  if (part.runCount > 1) return false;
  const before = linesOf(old, r)?.items ?? [];
  const after = linesOf(part.out, r)?.items ?? [];
  let start: number;
  if (before.length > 0) {
    start = segment.indexOf(before[0]);
    if (start < 0 || start + before.length > segment.length) return false;
    for (let j = 1; j < before.length; j++) if (segment[start + j] !== before[j]) return false;
  } else {
    if (after.length === 0) return true;
    start = 0;
    for (let j = part.firstRun - 1; j >= 0; j--) {
      const run = runs[j];
      const l = linesOf(run.part.out, r);
      if (!l) continue;
      let last = l.at ? -1 : l.items.length - 1;
      if (l.at)
        for (let i = l.at.length - 1; i >= 0; i--)
          if (l.at[i] >= run.from && l.at[i] < run.to) {
            last = i;
            break;
          }
      if (last < 0) continue;
      const at = segment.lastIndexOf(l.items[last]);
      if (at < 0) return false;
      start = at + 1;
      break;
    }
  }
  segment.splice(start, before.length, ...after);
  return true;
}
