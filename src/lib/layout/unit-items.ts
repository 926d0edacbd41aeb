// One unit's drawable items before layout: official boxes, staff group boxes, the blocks of its
// sub-units, and the tree between them (with the SOTK "Sekretariat beside the trunk" and fan-out rules).
import type { Position } from '../domain/structure.ts';
import type { StructureIndex } from '../domain/structure-index.ts';
import { GROUP, GROUP_HEADING, OFFICIAL, officialContent, staffRowContent, type BoxContentMemo } from './box-content.ts';
import { positionFigures, type StaffingView } from './peta-figures.ts';
import type { OfficialNode, StaffGroupNode } from './scene.ts';
import type { Block } from './block.ts';
import { packFan, type FanBlock } from './fan-block.ts';

export type ItemKind = 'official' | 'group' | 'fan' | 'trunk' | 'stack';

export interface Item {
  id: string;
  kind: ItemKind;
  width: number;
  height: number;
  /** x of the north port (where the tree edge enters), relative to the item. */
  northX: number;
  /** y where a fan stub enters the item's left side. */
  attachY: number;
  /** Position id (or group node id) the incoming tree edge points to. */
  target: string;
  node?: OfficialNode | StaffGroupNode;
  fan?: FanBlock;
  members?: Item[];
  /** For a stack: the official on top and its staff group right below it. */
  stack?: { official: Item; group: Item };
}

export interface UnitItems {
  items: Map<string, Item>;
  kids: Map<string, string[]>;
  roots: string[];
  /** Positions of this unit that are drawn, in file order. */
  visible: Position[];
  subUnits: SubUnit[];
}

export interface SubUnit {
  unitId: string;
  block: Block;
  /** Position (in this unit or its head) the sub-unit's head is placed under; null when none. */
  anchor: string | null;
  head: string | null;
}

export interface ItemInputs {
  index: StructureIndex;
  unitId: string;
  hidden: ReadonlySet<string>;
  collapsedCount: ReadonlyMap<string, number>;
  childBlocks: readonly { unitId: string; block: Block }[];
  maxFan: number;
  /** Peta Jabatan view: boxes show kelas jabatan, B, K and ± instead of level and jenjang. */
  view?: StaffingView;
  /** The unit's position records in file order, when the caller has them (else read through the index). */
  records?: readonly Position[];
  /** Wrapped texts kept from earlier layouts (per position record). */
  contents?: BoxContentMemo;
}

const TRUNK_SIZE = 2;

function isGroupedStaff(index: StructureIndex, p: Position): boolean {
  return (p.level === 'fungsional' || p.level === 'pelaksana') && !index.headedUnit.has(p.id);
}

/** SOTK figures draw the Sekretaris/Sekretariat beside the head's trunk, above the Bidang row. */
function isSecretary(p: Position): boolean {
  // Sekretaris (Dinas, Badan, Kecamatan, Kelurahan, DPRD); Kepala (Sub) Bagian Tata Usaha in RSUD, UPT, Puskesmas.
  return /^sekretaris\b/i.test(p.title.trim()) || /^kepala (sub ?)?bagian tata usaha\b/i.test(p.title.trim());
}

export function buildUnitItems(input: ItemInputs): UnitItems {
  const { index, unitId, hidden } = input;
  const visible = (input.records ?? (index.positionsOfUnit.get(unitId) ?? []).map((id) => index.positions.get(id)!)).filter((p) => !hidden.has(p.id));
  const items = new Map<string, Item>();
  const kids = new Map<string, string[]>();
  const parentOfItem = new Map<string, string>();
  const link = (parent: string, child: string) => {
    if (parentOfItem.has(child)) return;
    parentOfItem.set(child, parent);
    const list = kids.get(parent);
    if (list) list.push(child);
    else kids.set(parent, [child]);
  };

  const ownerOf = (p: Position): string => {
    let cur = p;
    let guard = 0;
    while (isGroupedStaff(index, cur) && cur.parent !== null && guard++ < index.positions.size) {
      const parent = index.positions.get(cur.parent);
      if (!parent || parent.unit !== unitId) break;
      cur = parent;
    }
    return cur.id;
  };
  const itemOf = (positionId: string): string => {
    const p = index.positions.get(positionId)!;
    return isGroupedStaff(index, p) ? `g:${ownerOf(p)}` : `p:${p.id}`;
  };

  for (const p of visible) {
    if (isGroupedStaff(index, p)) {
      const owner = ownerOf(p);
      const id = `g:${owner}`;
      let item = items.get(id);
      if (!item) {
        const node: StaffGroupNode = { kind: 'staffGroup', id, unitId, parentPositionId: owner, heading: GROUP_HEADING, headingHeight: GROUP.headingHeight, rows: [], x: 0, y: 0, width: GROUP.width, height: GROUP.headingHeight };
        item = { id, kind: 'group', width: GROUP.width, height: GROUP.headingHeight, northX: GROUP.width / 2, attachY: GROUP.headingHeight / 2, target: id, node };
        items.set(id, item);
      }
      const node = item.node as StaffGroupNode;
      const row = input.contents ? input.contents.staffRowContent(p, input.view) : staffRowContent(p, input.view);
      node.rows.push({ positionId: p.id, title: row.title, detail: row.detail, x: 0, y: node.height, width: GROUP.width, height: row.height, ...(input.view === 'peta' ? { staffing: positionFigures(p) } : {}) });
      node.height += row.height;
      item.height = node.height;
    } else {
      const c = input.contents ? input.contents.officialContent(p, input.view) : officialContent(p, input.view);
      const id = `p:${p.id}`;
      const count = input.collapsedCount.get(p.id);
      const node: OfficialNode = { kind: 'official', id, positionId: p.id, unitId, title: c.title, detail: c.detail, isUnitHead: index.headedUnit.has(p.id), x: 0, y: 0, width: OFFICIAL.width, height: c.height, ...(count ? { collapsedCount: count } : {}), ...(input.view === 'peta' ? { staffing: positionFigures(p) } : {}) };
      items.set(id, { id, kind: 'official', width: OFFICIAL.width, height: c.height, northX: OFFICIAL.width / 2, attachY: c.height / 2, target: p.id, node });
    }
  }

  // Tree inside the unit: groups first under their official (Kelompok JF on the left in SOTK figures),
  // then officials in file order.
  for (const p of visible) if (isGroupedStaff(index, p) && p.parent !== null && index.positions.get(p.parent)?.unit === unitId) link(`p:${ownerOf(p)}`, `g:${ownerOf(p)}`);
  for (const p of visible) if (!isGroupedStaff(index, p) && !index.headedUnit.has(p.id) && p.parent !== null) link(itemOf(p.parent), `p:${p.id}`);

  const firstHead = visible.find((p) => index.headedUnit.has(p.id));
  // Sub-units (UPT, Puskesmas, RSUD, Kelurahan, …) are drawn below the unit's own chart, as in SOTK
  // figures; their kedudukan line is routed from the position they are placed under.
  const subUnits: SubUnit[] = [];
  for (const { unitId: childUnit, block } of input.childBlocks) {
    const headId = index.headsOfUnit.get(childUnit)?.[0];
    const head = headId ? index.positions.get(headId) : undefined;
    const parent = head?.parent;
    // Only a real kedudukan line is drawn: a head placed elsewhere (or nowhere) gets no line from here;
    // a parent in another unit is drawn by the cross-unit routing.
    const anchor = parent && index.positions.get(parent)?.unit === unitId && !hidden.has(parent) ? parent : null;
    subUnits.push({ unitId: childUnit, block, anchor, head: head?.id ?? null });
  }

  applyStacks(items, kids, parentOfItem);
  applySecretaryTrunk(items, kids, parentOfItem, index);
  applyFans(items, kids, parentOfItem, input.maxFan);

  const roots = [...items.keys()].filter((id) => !parentOfItem.has(id));
  return { items, kids, roots, visible, subUnits };

  function applySecretaryTrunk(items: Map<string, Item>, kids: Map<string, string[]>, parentOf: Map<string, string>, index: StructureIndex) {
    if (!firstHead) return;
    const headItem = `p:${firstHead.id}`;
    const list = kids.get(headItem) ?? [];
    const secretary = list.find((k) => {
      const it = items.get(k);
      return (it?.kind === 'official' || it?.kind === 'stack') && isSecretary(index.positions.get(it.target)!);
    });
    const others = list.filter((k) => k !== secretary && items.get(k)?.kind !== 'group');
    if (!secretary || others.length === 0) return;
    const trunk = `t:${firstHead.id}`;
    items.set(trunk, { id: trunk, kind: 'trunk', width: TRUNK_SIZE, height: TRUNK_SIZE, northX: TRUNK_SIZE / 2, attachY: 1, target: trunk });
    const groups = list.filter((k) => items.get(k)?.kind === 'group');
    kids.set(headItem, [...groups, trunk, secretary]);
    kids.set(trunk, others);
    parentOf.set(trunk, headItem);
    for (const o of others) parentOf.set(o, trunk);
  }
}

export const STACK_GAP = 24;

/**
 * An official whose only subordinates are one staff group (a Seksi or Sub Bagian with its JF/Pelaksana)
 * becomes one tall item, official above group. Otherwise the group would open a layer of its own and
 * every neighbour's group would be pushed below the tallest box of the row above.
 */
function applyStacks(items: Map<string, Item>, kids: Map<string, string[]>, parentOf: Map<string, string>): void {
  for (const [id, it] of [...items]) {
    if (it.kind !== 'official') continue;
    const list = kids.get(id);
    if (!list || list.length !== 1) continue;
    const group = items.get(list[0])!;
    if (group.kind !== 'group' || kids.get(group.id)?.length) continue;
    const width = Math.max(it.width, group.width);
    const stackId = `s:${id.slice(2)}`;
    items.set(stackId, { id: stackId, kind: 'stack', width, height: it.height + STACK_GAP + group.height, northX: width / 2, attachY: it.height / 2, target: it.target, stack: { official: it, group } });
    items.delete(id);
    items.delete(group.id);
    kids.delete(id);
    const parent = parentOf.get(id);
    parentOf.delete(group.id);
    if (parent !== undefined) {
      parentOf.delete(id);
      parentOf.set(stackId, parent);
      kids.set(parent, kids.get(parent)!.map((k) => (k === id ? stackId : k)));
    }
  }
}

function applyFans(items: Map<string, Item>, kids: Map<string, string[]>, parentOf: Map<string, string>, maxFan: number): void {
  for (const [anchor, list] of [...kids]) {
    const leaves = list.filter((k) => {
      const it = items.get(k)!;
      return (it.kind === 'official' || it.kind === 'stack') && !(kids.get(k)?.length);
    });
    if (leaves.length <= maxFan) continue;
    const members = leaves.map((k) => items.get(k)!);
    const fan = packFan(members.map((m) => ({ id: m.id, width: m.width, height: m.height, attachY: m.attachY })));
    const id = `f:${anchor}`;
    items.set(id, { id, kind: 'fan', width: fan.width, height: fan.height, northX: fan.northX, attachY: 0, target: id, fan, members });
    for (const m of members) items.delete(m.id);
    parentOf.set(id, anchor);
    const firstLeaf = list.indexOf(leaves[0]);
    const rest = list.filter((k) => !leaves.includes(k));
    rest.splice(Math.min(firstLeaf, rest.length), 0, id);
    kids.set(anchor, rest);
  }
}
