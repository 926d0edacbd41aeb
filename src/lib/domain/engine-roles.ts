// ComputeResult.roles: the roles of each position by id, read from the parts' role arrays instead of a
// 10,000-key record built on every computation. From scratch the id index is made on first use (most
// results are asked about a few positions, or none); after an edit the new lookup keeps the previous
// one and holds only the positions whose roles changed, so an edit costs what it changed. Every lookup
// is a snapshot: it reads only arrays the engine never writes again.
import type { Position, Structure } from './structure.ts';
import type { Line, PositionRoles } from './result.ts';
import type { PosState, UnitPart } from './engine-state.ts';
import type { Run } from './engine-assemble.ts';
import { DerivedReadonlyMap } from './readonly-map.ts';

/** Layers kept before a lookup starts again from the parts (bounds get() and the memory kept alive). */
const MAX_DEPTH = 8;

export class PositionRolesLookup extends DerivedReadonlyMap<PositionRoles> {
  readonly #positions: readonly Position[];
  #index: Map<string, PositionRoles> | undefined = undefined;
  #fill: (() => Map<string, PositionRoles>) | undefined;
  readonly #base: PositionRolesLookup | undefined;
  /** Positions whose roles differ from #base's (undefined: the position is gone). */
  readonly #changes: ReadonlyMap<string, PositionRoles | undefined> | undefined;
  readonly #depth: number;
  #size = -1;

  private constructor(positions: readonly Position[], fill: (() => Map<string, PositionRoles>) | undefined, base: PositionRolesLookup | undefined, changes: ReadonlyMap<string, PositionRoles | undefined> | undefined) {
    super();
    this.#positions = positions;
    this.#fill = fill;
    this.#base = base;
    this.#changes = changes;
    this.#depth = base ? base.#depth + 1 : 0;
  }

  /** A lookup whose index `fill` makes on first use, for the structure's positions (file order). */
  static lazy(positions: readonly Position[], fill: () => Map<string, PositionRoles>): PositionRolesLookup {
    return new PositionRolesLookup(positions, fill, undefined, undefined);
  }

  /** `base` with these positions' roles replaced; undefined when `base` is too deep to build on. */
  static layered(positions: readonly Position[], base: PositionRolesLookup, changes: ReadonlyMap<string, PositionRoles | undefined>): PositionRolesLookup | undefined {
    return base.#depth >= MAX_DEPTH ? undefined : new PositionRolesLookup(positions, undefined, base, changes);
  }

  get(id: string): PositionRoles | undefined {
    let at: PositionRolesLookup = this;
    while (at.#changes) {
      if (at.#changes.has(id)) return at.#changes.get(id);
      at = at.#base!;
    }
    if (!at.#index) {
      at.#index = at.#fill!();
      at.#fill = undefined;
    }
    return at.#index.get(id);
  }

  override get size(): number {
    if (this.#size < 0) this.#size = super.size;
    return this.#size;
  }

  /** In file order, each id once. */
  *entries(): MapIterator<[string, PositionRoles]> {
    const seen = new Set<string>();
    for (const p of this.#positions) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      const roles = this.get(p.id);
      if (roles) yield [p.id, roles];
    }
  }

  /** Plain object for JSON (file order), as the roles were given before they became a lookup. */
  toJSON(): Record<string, PositionRoles> {
    return Object.fromEntries(this.entries());
  }
}

/** What the previous assembly's roles were made of (incremental engine only). */
export interface RolesCache {
  lookup: PositionRolesLookup | undefined;
  /** Performance owners taken from team lines (applied on top of the parts' roles). */
  patches: Map<string, string>;
  /** Parts recomputed since (null: all), and ids of the positions removed since. */
  changed: readonly UnitPart[] | null;
  removed: readonly string[];
}

/**
 * The roles of the result. Line-rule performance owners were settled per part (every performance rule
 * draws to its subject); a team line gives the owner of a position that has none from the rules. When
 * some performance rule draws elsewhere, owners come from the whole line list instead.
 */
export function rolesLookup(structure: Structure, runs: readonly Run[], lines: readonly Line[], fromRules: number, states: ReadonlyMap<string, PosState>, performanceToSelf: boolean, cache: RolesCache | null): ReadonlyMap<string, PositionRoles> {
  const positions = structure.positions;
  if (!performanceToSelf) {
    const owner = new Map<string, string>();
    for (const l of lines) if (l.kind === 'performance' && !l.optional && !owner.has(l.to)) owner.set(l.to, l.from);
    if (cache) cache.lookup = undefined;
    return PositionRolesLookup.lazy(positions, fillFrom(positions, runs, (id, r) => {
      const want = owner.get(id) ?? null;
      return r.performanceOwner === want ? r : { ...r, performanceOwner: want };
    }));
  }
  const patches = new Map<string, string>();
  for (let i = fromRules; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'performance' || l.optional || patches.has(l.to)) continue;
    const st = states.get(l.to);
    if (st && st.part.out!.roles[st.local].performanceOwner === null) patches.set(l.to, l.from);
  }
  const patched = (id: string, r: PositionRoles) => {
    const owner = patches.get(id);
    return owner === undefined ? r : { ...r, performanceOwner: owner };
  };
  let lookup: PositionRolesLookup | undefined;
  if (cache?.lookup && cache.changed !== null) {
    const changes = new Map<string, PositionRoles | undefined>();
    const take = (st: PosState) => changes.set(st.id, patched(st.id, st.part.out!.roles[st.local]));
    for (const id of cache.removed) changes.set(id, undefined);
    for (const part of cache.changed) for (const st of part.states) take(st);
    const retake = (id: string) => {
      const st = changes.has(id) ? undefined : states.get(id);
      if (st) take(st);
    };
    for (const [to, from] of patches) if (cache.patches.get(to) !== from) retake(to);
    for (const to of cache.patches.keys()) if (!patches.has(to)) retake(to);
    lookup = PositionRolesLookup.layered(positions, cache.lookup, changes);
  }
  lookup ??= PositionRolesLookup.lazy(positions, fillFrom(positions, runs, patched));
  if (cache) {
    cache.lookup = lookup;
    cache.patches = patches;
  }
  return lookup;
}

/** The index of the parts' roles as they are now (the arrays, never written again, are all it keeps). */
function fillFrom(positions: readonly Position[], runs: readonly Run[], adjust: (id: string, r: PositionRoles) => PositionRoles): () => Map<string, PositionRoles> {
  const arrays = runs.map((run) => run.part.out!.roles);
  const bounds = runs.map((run) => [run.from, run.to] as const);
  return () => {
    const index = new Map<string, PositionRoles>();
    let i = 0;
    for (let k = 0; k < arrays.length; k++) {
      const rs = arrays[k];
      for (let j = bounds[k][0]; j < bounds[k][1]; j++) {
        const id = positions[i++].id;
        index.set(id, adjust(id, rs[j]));
      }
    }
    return index;
  };
}
