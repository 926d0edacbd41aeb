// Recompute after an edit without redoing the whole kabupaten: the edits in edit*.ts copy only the
// objects they change, so a Perangkat Daerah whose unit and position objects are all the same objects
// as last time has the same facts, raters and line-rule lines, and its part is reused. Team lines,
// checks, Ketua findings and roles read across Perangkat Daerah and are recomputed every time.
//
// Parts are only used when closed: every kedudukan parent and workUnder of their positions lies inside
// them (and exists), so nothing a part derives can read another part. Otherwise the whole structure is
// computed as one part, which is exactly compute(). Parts may interleave in the file (a UPT appended
// after other Dinas): the runs put every list back in file order, as compute() gives it.
import type { Position, Structure, Unit } from './structure.ts';
import type { Variant } from './variant.ts';
import type { ComputeResult } from './result.ts';
import { indexStructure, type StructureIndex } from './structure-index.ts';
import { assembleResult, compileVariant, computePart, type CompiledVariant, type PartResult, type PartRun } from './compute.ts';

interface CachedPart {
  units: readonly Unit[];
  positions: readonly Position[];
  result: PartResult;
}

export interface IncrementalStats {
  /** Parts (Perangkat Daerah) taken from the previous computation unchanged. */
  reused: number;
  /** Parts computed anew. */
  computed: number;
  /** True when the structure could not be split and was computed whole. */
  whole: boolean;
}

export interface IncrementalEngine {
  compute(structure: Structure, variant: Variant, options?: Record<string, string>): ComputeResult;
  readonly stats: IncrementalStats;
}

interface Split {
  /** Root unit id of each part, in file order of the part's first position. */
  roots: string[];
  /** Stretches of the file's positions by part (part = index in roots). */
  runs: PartRun[];
  units: Map<string, Unit[]>;
  positions: Map<string, Position[]>;
}

/** Perangkat Daerah = top-level unit with its sub-units; null when the structure does not split cleanly. */
export function splitByPerangkatDaerah(structure: Structure, index: StructureIndex): Split | null {
  const rootOf = new Map<string, string>();
  const root = (unitId: string): string | null => {
    const known = rootOf.get(unitId);
    if (known !== undefined) return known;
    let cur = index.units.get(unitId);
    let steps = 0;
    while (cur && cur.parent !== null) {
      const next = index.units.get(cur.parent);
      if (!next || steps++ > index.units.size) return null;
      cur = next;
    }
    if (!cur) return null;
    rootOf.set(unitId, cur.id);
    return cur.id;
  };
  const units = new Map<string, Unit[]>();
  for (const u of structure.units) {
    const r = root(u.id);
    if (r === null) return null;
    const list = units.get(r);
    if (list) list.push(u);
    else units.set(r, [u]);
  }
  const roots: string[] = [];
  const runs: { part: number; from: number; to: number }[] = [];
  const partNumber = new Map<string, number>();
  const positions = new Map<string, Position[]>();
  let current: string | null = null;
  let currentList: Position[] = [];
  let run: { part: number; from: number; to: number } | undefined;
  for (const p of structure.positions) {
    const r = rootOf.get(p.unit);
    if (r === undefined) return null;
    if (p.parent !== null) {
      const parent = index.positions.get(p.parent);
      if (!parent || rootOf.get(parent.unit) !== r) return null;
    }
    if (p.workUnder !== undefined) {
      const w = index.positions.get(p.workUnder);
      if (!w || rootOf.get(w.unit) !== r) return null;
    }
    if (r !== current) {
      current = r;
      let list = positions.get(r);
      if (!list) {
        positions.set(r, (list = []));
        partNumber.set(r, roots.length);
        roots.push(r);
      }
      currentList = list;
      run = { part: partNumber.get(r)!, from: list.length, to: list.length };
      runs.push(run);
    }
    currentList.push(p);
    run!.to++;
  }
  return { roots, runs, units, positions };
}

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function createIncrementalEngine(): IncrementalEngine {
  let compiled: CompiledVariant | undefined;
  let compiledFor: { variant: Variant; options: string } | undefined;
  let cache = new Map<string, CachedPart>();
  const stats: IncrementalStats = { reused: 0, computed: 0, whole: false };

  return {
    stats,
    compute(structure, variant, given = {}) {
      const optionsKey = JSON.stringify(Object.entries(given).sort(([a], [b]) => (a < b ? -1 : 1)));
      if (!compiled || compiledFor?.variant !== variant || compiledFor.options !== optionsKey) {
        compiled = compileVariant(variant, given);
        compiledFor = { variant, options: optionsKey };
        cache = new Map();
      }
      const index = indexStructure(structure);
      const split = splitByPerangkatDaerah(structure, index);
      if (!split) {
        Object.assign(stats, { reused: 0, computed: 1, whole: true });
        cache = new Map();
        return assembleResult(structure, index, compiled, [computePart(index, compiled, structure.positions)]);
      }
      const next = new Map<string, CachedPart>();
      const parts: PartResult[] = [];
      let reused = 0;
      for (const r of split.roots) {
        const units = split.units.get(r) ?? [];
        const positions = split.positions.get(r)!;
        const old = cache.get(r);
        let entry: CachedPart;
        if (old && sameItems(old.units, units) && sameItems(old.positions, positions)) {
          entry = old;
          reused++;
        } else {
          entry = { units, positions, result: computePart(index, compiled, positions) };
        }
        next.set(r, entry);
        parts.push(entry.result);
      }
      cache = next;
      Object.assign(stats, { reused, computed: split.roots.length - reused, whole: false });
      return assembleResult(structure, index, compiled, parts, split.runs);
    }
  };
}
