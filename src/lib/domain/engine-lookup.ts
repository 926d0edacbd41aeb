// A StructureIndex served from the engine's states instead of maps built per call: the whole-structure
// checks (teams, penugasan, Ketua) keep their index-based code, and an incremental recompute does not
// rebuild 10,000-entry maps to run them. Lookups are O(1); iteration walks the structure when asked.
import type { Position, Structure, Unit } from './structure.ts';
import type { StructureIndex } from './structure-index.ts';
import type { PositionFacts } from './match.ts';
import type { PosState, UnitPart } from './engine-state.ts';
import { DerivedReadonlyMap } from './readonly-map.ts';

class LookupMap<V> extends DerivedReadonlyMap<V> {
  constructor(
    private readonly read: (key: string) => V | undefined,
    private readonly keys_: () => Iterable<string>,
    private readonly count?: () => number
  ) {
    super();
  }
  get(key: string): V | undefined {
    return this.read(key);
  }
  override get size(): number {
    return this.count ? this.count() : super.size;
  }
  *entries(): MapIterator<[string, V]> {
    for (const k of this.keys_()) {
      const v = this.read(k);
      if (v !== undefined) yield [k, v];
    }
  }
}

export interface EngineLookups {
  index: StructureIndex;
  facts: ReadonlyMap<string, PositionFacts>;
  rater: ReadonlyMap<string, string | null>;
}

export function engineLookups(structure: Structure, states: ReadonlyMap<string, PosState>, parts: ReadonlyMap<string, UnitPart>, units: ReadonlyMap<string, Unit>): EngineLookups {
  const positionIds = function* () {
    for (const p of structure.positions) yield p.id;
  };
  const unitIds = () => parts.keys();
  let children: Map<string, string[]> | undefined;
  const index: StructureIndex = {
    structure,
    positions: new LookupMap<Position>((id) => states.get(id)?.position, positionIds, () => states.size),
    units,
    get children() {
      if (!children) {
        children = new Map();
        for (const p of structure.positions)
          if (p.parent !== null && states.has(p.parent)) {
            const list = children.get(p.parent);
            if (list) list.push(p.id);
            else children.set(p.parent, [p.id]);
          }
      }
      return children;
    },
    headsOfUnit: new LookupMap<readonly string[]>((u) => {
      const part = parts.get(u);
      return part && part.heads.length ? part.headIds() : undefined;
    }, unitIds),
    headedUnit: new LookupMap<string>((id) => {
      const st = states.get(id);
      return st?.unitHead ? st.position.unit : undefined;
    }, positionIds),
    depth: new LookupMap<number>((id) => states.get(id)?.depth, positionIds),
    positionsOfUnit: new LookupMap<readonly string[]>((u) => {
      const part = parts.get(u);
      return part && part.states.length ? part.states.map((s) => s.id) : undefined;
    }, unitIds)
  };
  return {
    index,
    facts: new LookupMap<PositionFacts>((id) => states.get(id), positionIds),
    rater: new LookupMap<string | null>((id) => {
      const st = states.get(id);
      return st ? (st.rater?.id ?? null) : undefined;
    }, positionIds)
  };
}
