// The facts about a structure that the layout reads, in two passes over the positions. The full
// StructureIndex also works out every position's structural depth (for the engine), which the layout
// never reads: at 10,000 positions that is most of the index's time, paid again on every edit. Kedudukan
// children (read only for collapsed subtrees) and the depths are built on first use.
import type { Position, Structure, Unit } from '../domain/structure.ts';
import { indexStructure, type StructureIndex } from '../domain/structure-index.ts';

export interface LayoutIndex {
  index: StructureIndex;
  /** Each unit's position records, in file order. */
  records: ReadonlyMap<string, readonly Position[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function layoutIndex(structure: Structure): LayoutIndex {
  const positions = new Map<string, Position>();
  const records = new Map<string, Position[]>();
  for (const p of structure.positions) {
    positions.set(p.id, p);
    push(records, p.unit, p);
  }
  const units = new Map<string, Unit>();
  for (const u of structure.units) units.set(u.id, u);
  const headsOfUnit = new Map<string, string[]>();
  const headedUnit = new Map<string, string>();
  for (const p of structure.positions) {
    const parent = p.parent === null ? undefined : positions.get(p.parent);
    if (!parent || parent.unit !== p.unit) {
      push(headsOfUnit, p.unit, p.id);
      headedUnit.set(p.id, p.unit);
    }
  }
  let children: Map<string, string[]> | undefined;
  let positionsOfUnit: Map<string, string[]> | undefined;
  let full: StructureIndex | undefined;
  const index: StructureIndex = {
    structure,
    positions,
    units,
    headsOfUnit,
    headedUnit,
    get children() {
      if (!children) {
        children = new Map();
        for (const p of structure.positions) if (p.parent !== null && positions.has(p.parent)) push(children, p.parent, p.id);
      }
      return children;
    },
    get positionsOfUnit() {
      positionsOfUnit ??= new Map([...records].map(([unit, list]) => [unit, list.map((p) => p.id)]));
      return positionsOfUnit;
    },
    get depth() {
      full ??= indexStructure(structure);
      return full.depth;
    }
  };
  return { index, records };
}
