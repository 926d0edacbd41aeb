// Derived, read-only facts about a valid structure: who heads which unit, structural depth, children.
// Built once per structure (O(n)); the engine and the layout read from it instead of re-walking the tree.
import type { Position, Structure, Unit } from './structure.ts';
import { isStructural } from './vocabulary.ts';

export interface StructureIndex {
  readonly structure: Structure;
  readonly positions: ReadonlyMap<string, Position>;
  readonly units: ReadonlyMap<string, Unit>;
  /** Kedudukan children of a position, in file order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Heads of each unit (a position whose parent is null or outside its unit), in file order. */
  readonly headsOfUnit: ReadonlyMap<string, readonly string[]>;
  /** Unit id for each position that heads a unit. */
  readonly headedUnit: ReadonlyMap<string, string>;
  /** Structural depth inside the unit: head = 1, officials under it = 2, …; staff share their parent's. */
  readonly depth: ReadonlyMap<string, number>;
  /** Positions of each unit, in file order. */
  readonly positionsOfUnit: ReadonlyMap<string, readonly string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexStructure(structure: Structure): StructureIndex {
  const positions = new Map(structure.positions.map((p) => [p.id, p]));
  const units = new Map(structure.units.map((u) => [u.id, u]));
  const children = new Map<string, string[]>();
  const headsOfUnit = new Map<string, string[]>();
  const headedUnit = new Map<string, string>();
  const positionsOfUnit = new Map<string, string[]>();

  for (const p of structure.positions) {
    push(positionsOfUnit, p.unit, p.id);
    if (p.parent !== null && positions.has(p.parent)) push(children, p.parent, p.id);
    const parent = p.parent === null ? undefined : positions.get(p.parent);
    if (!parent || parent.unit !== p.unit) {
      push(headsOfUnit, p.unit, p.id);
      headedUnit.set(p.id, p.unit);
    }
  }

  const depth = new Map<string, number>();
  // Iterative so that a 10,000-deep chain cannot overflow the stack.
  for (const p of structure.positions) {
    if (depth.has(p.id)) continue;
    const chain: Position[] = [];
    let cur: Position | undefined = p;
    while (cur && !depth.has(cur.id) && !headedUnit.has(cur.id)) {
      chain.push(cur);
      cur = cur.parent === null ? undefined : positions.get(cur.parent);
      if (chain.length > positions.size) break; // cycles are refused on input; never loop here
    }
    let d = 1;
    if (cur && headedUnit.has(cur.id) && !depth.has(cur.id)) depth.set(cur.id, 1);
    if (cur) d = depth.get(cur.id) ?? 1;
    for (let i = chain.length - 1; i >= 0; i--) {
      const q = chain[i];
      if (isStructural(q.level)) d += 1;
      depth.set(q.id, d);
    }
  }

  return { structure, positions, units, children, headsOfUnit, headedUnit, depth, positionsOfUnit };
}

/** The head (Pimpinan Unit Organisasi) of a unit: the first head in file order. */
export function headOfUnit(index: StructureIndex, unitId: string): Position | undefined {
  const id = index.headsOfUnit.get(unitId)?.[0];
  return id === undefined ? undefined : index.positions.get(id);
}

export function parentOf(index: StructureIndex, p: Position): Position | undefined {
  return p.parent === null ? undefined : index.positions.get(p.parent);
}

/** An official who can lead others: a structural position or the (JF) head of a unit. */
export function isOfficial(index: StructureIndex, p: Position): boolean {
  return isStructural(p.level) || index.headedUnit.has(p.id);
}

const structuralParentMemo = new WeakMap<StructureIndex, Map<string, Position | undefined>>();

/** Nearest ancestor that is an official (the direct superior in the structural sense). Memoised per index. */
export function structuralParentOf(index: StructureIndex, p: Position): Position | undefined {
  let memo = structuralParentMemo.get(index);
  if (!memo) structuralParentMemo.set(index, (memo = new Map()));
  if (memo.has(p.id)) return memo.get(p.id);
  const found = findStructuralParent(index, p);
  memo.set(p.id, found);
  return found;
}

function findStructuralParent(index: StructureIndex, p: Position): Position | undefined {
  let cur = parentOf(index, p);
  let guard = 0;
  while (cur && !isOfficial(index, cur) && guard++ < index.positions.size) cur = parentOf(index, cur);
  return cur;
}
