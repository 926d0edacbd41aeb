// Lays out one unit: its own positions as a layered tree (tree-layout.ts: top-down, orthogonal, model
// order kept; an ELK graph in and out, ELK itself only when the items are not a forest), its sub-unit
// blocks in wrapped rows below (as UPTD/Puskesmas/Kelurahan appear at the foot of SOTK figures), the
// kedudukan lines to those sub-units (sub-unit-lines.ts), and the unit frame with its name.
import type { ElkExtendedEdge, ElkNode, ElkRunner } from './elk-runner.ts';
import { moveBlock, type Block, type LayoutCache } from './block.ts';
import { FONTS, FRAME, unitNameLines } from './box-content.ts';
import { textWidth } from './text-measure.ts';
import { simplify, translate } from './geometry.ts';
import { subUnitLines, type SubUnitHead } from './sub-unit-lines.ts';
import { layoutTree } from './tree-layout.ts';
import type { Point, PositionPlace, SceneEdge, SceneNode } from './scene.ts';
import { STACK_GAP, type Item, type UnitItems } from './unit-items.ts';

export const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.spacing.edgeNode': '14',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeEdge': '8',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]'
};

function elkGraph(u: UnitItems): ElkNode {
  const order: string[] = [];
  const visit = (id: string) => {
    order.push(id);
    for (const k of u.kids.get(id) ?? []) visit(k);
  };
  for (const r of u.roots) visit(r);
  const children: ElkNode[] = order.map((id) => {
    const it = u.items.get(id)!;
    return {
      id,
      width: it.width,
      height: it.height,
      // Top-aligned in their layer: an org chart reads row by row.
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS', 'elk.alignment': 'TOP' },
      ports: [
        { id: `${id}:n`, x: it.northX, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } },
        { id: `${id}:s`, x: it.width / 2, y: it.height, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } }
      ]
    };
  });
  const edges: ElkExtendedEdge[] = [];
  for (const id of order) for (const k of u.kids.get(id) ?? []) edges.push({ id: `${id}>${k}`, sources: [`${id}:s`], targets: [`${k}:n`] });
  return { id: 'root', layoutOptions: ELK_OPTIONS, children, edges };
}

function routeOf(edge: ElkExtendedEdge | undefined): Point[] {
  const s = edge?.sections?.[0];
  if (!s) return [];
  return [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x, y: p.y }));
}

export interface UnitFrameInfo {
  unitId: string;
  name: string;
  depth: number;
  headItem: string | null;
}

interface Placed {
  nodes: SceneNode[];
  edges: SceneEdge[];
  places: Record<string, PositionPlace>;
}

/** The unit's own positions, as laid out, in content coordinates shifted by (dx, dy). */
async function ownContent(elk: ElkRunner, u: UnitItems, dx: number, dy: number, laid: ElkNode): Promise<Placed> {
  const pos = new Map((laid.children ?? []).map((c) => [c.id, { x: (c.x ?? 0) + dx, y: (c.y ?? 0) + dy }]));
  const routes = new Map(((laid.edges ?? []) as ElkExtendedEdge[]).map((e) => [e.id, translate(routeOf(e), dx, dy)]));
  const out: Placed = { nodes: [], edges: [], places: {} };
  const place = (it: Item, x: number, y: number) => {
    if (it.stack) {
      const { official, group } = it.stack;
      const cx = x + it.width / 2;
      place(official, cx - official.width / 2, y);
      const gy = y + official.height + STACK_GAP;
      place(group, cx - group.width / 2, gy);
      out.edges.push({ id: `k:${official.target}>${group.target}`, kind: 'kedudukan', from: official.target, to: group.target, points: [{ x: cx, y: y + official.height }, { x: cx, y: gy }], lines: [] });
    } else if (it.node?.kind === 'official') {
      out.nodes.push({ ...it.node, x, y });
      out.places[it.node.positionId] = { nodeId: it.node.id };
    } else if (it.node?.kind === 'staffGroup') {
      out.nodes.push({ ...it.node, x, y, rows: it.node.rows.map((r) => ({ ...r, x, y: y + r.y })) });
      it.node.rows.forEach((r, i) => (out.places[r.positionId] = { nodeId: it.node!.id, row: i }));
    }
  };
  for (const [id, it] of u.items) {
    const p = pos.get(id)!;
    if (it.kind === 'fan') {
      for (const m of it.members ?? []) {
        const pl = it.fan!.placements.find((q) => q.id === m.id)!;
        place(m, p.x + pl.x, p.y + pl.y);
      }
    } else place(it, p.x, p.y);
  }
  const parentOf = new Map<string, string>();
  for (const [p, list] of u.kids) for (const k of list) parentOf.set(k, p);
  const sourceOf = (id: string): string => (u.items.get(id)!.kind === 'trunk' ? sourceOf(parentOf.get(id)!) : u.items.get(id)!.target);
  const emit = (from: string, to: string, pts: Point[]) => out.edges.push({ id: `k:${from}>${to}`, kind: 'kedudukan', from, to, points: simplify(pts), lines: [] });
  const expand = (from: string, id: string, prefix: Point[]) => {
    const it = u.items.get(id)!;
    const p = pos.get(id)!;
    if (it.kind === 'trunk') for (const k of u.kids.get(id) ?? []) expand(from, k, [...prefix, ...(routes.get(`${id}>${k}`) ?? [])]);
    else if (it.kind === 'fan')
      for (const m of it.members ?? []) emit(from, m.target, [...prefix, ...translate(it.fan!.placements.find((q) => q.id === m.id)!.path, p.x, p.y)]);
    else emit(from, it.target, prefix);
  };
  for (const [anchor, list] of u.kids) {
    if (u.items.get(anchor)!.kind === 'trunk') continue;
    for (const k of list) expand(sourceOf(anchor), k, routes.get(`${anchor}>${k}`) ?? []);
  }
  void elk;
  return out;
}

/**
 * SOTK figures put the head straight above the trunk line that leads down to the Bidang, with the
 * Sekretaris hanging off to the side; ELK would centre the head between trunk and Sekretaris. The
 * head is alone in its layer, so moving it sideways only needs its outgoing lines re-anchored.
 */
function centreHeadOverTrunk(laid: ElkNode, headItem: string): void {
  const trunkId = `t:${headItem.slice(2)}`;
  const head = laid.children?.find((c) => c.id === headItem);
  const trunk = laid.children?.find((c) => c.id === trunkId);
  if (!head || !trunk || head.x === undefined || trunk.x === undefined || !head.width) return;
  const others = laid.children!.filter((c) => c !== head && (c.y ?? 0) < (head.y ?? 0) + (head.height ?? 0));
  if (others.length > 0) return;
  const newX = trunk.x + (trunk.width ?? 0) / 2;
  const left = Math.max(0, Math.min(newX - head.width / 2, (laid.width ?? 0) - head.width));
  const shift = left - head.x;
  if (Math.abs(shift) < 0.5) return;
  head.x = left;
  for (const e of (laid.edges ?? []) as ElkExtendedEdge[]) {
    if (!e.id.startsWith(`${headItem}>`)) continue;
    for (const sec of e.sections ?? []) {
      const bend = sec.bendPoints?.[0];
      const start = { x: sec.startPoint.x + shift, y: sec.startPoint.y };
      if (bend && Math.abs(bend.x - sec.startPoint.x) < 0.01) bend.x += shift;
      else if (!bend && Math.abs(sec.endPoint.x - start.x) > 0.01) {
        // A straight drop that is no longer straight: drop, across, drop.
        const midY = (sec.startPoint.y + sec.endPoint.y) / 2;
        sec.bendPoints = [{ x: start.x, y: midY }, { x: sec.endPoint.x, y: midY }];
      }
      sec.startPoint = start;
    }
  }
}

export type UnitEngine = 'tree' | 'elk';

/** With `cache`, sub-unit blocks placed and lines routed as in the unit's last layout are taken from it. */
export async function layoutUnitItems(elk: ElkRunner, u: UnitItems, frame: UnitFrameInfo, key: string, engine: UnitEngine = 'tree', cache?: LayoutCache): Promise<Block> {
  const graph = elkGraph(u);
  // 'tree': ELK only for what is not a forest (a kedudukan cycle left in a damaged file); trees are closed-form.
  const tree = engine === 'tree' ? layoutTree(graph) : null;
  const laid: ElkNode = u.items.size > 0 ? (tree ?? (await elk.layout(graph))) : { id: 'root', width: 0, height: 0, children: [], edges: [] };
  if (frame.headItem) centreHeadOverTrunk(laid, frame.headItem);
  const contentW = laid.width ?? 0;
  const contentH = laid.height ?? 0;

  const name = unitNameLines(frame.name);
  const nameW = Math.max(...name.map((l) => textWidth(l, FONTS.unitName)));
  const nameH = name.length * FONTS.unitName.lineHeight;
  const headerH = Math.ceil(FRAME.nameTop + nameH + 14);
  let dx = FRAME.pad;
  const dy = headerH;
  const headElk = frame.headItem ? laid.children?.find((c) => c.id === frame.headItem) : undefined;
  const headIt = frame.headItem ? u.items.get(frame.headItem) : undefined;
  if (headElk && headIt) {
    // The incoming kedudukan line runs down through the header at the head's centre: keep the name clear of it.
    const lineX = FRAME.pad + (headElk.x ?? 0) + headIt.northX;
    const need = FRAME.pad + nameW + FRAME.nameGap;
    if (lineX < need) dx += need - lineX;
  }
  const own = await ownContent(elk, u, dx, dy, laid);

  // Sub-unit blocks in rows under the unit's own chart, wrapped so the whole leans towards landscape.
  const subArea = u.subUnits.reduce((a, s) => a + (s.block.width + FRAME.subUnitSpacing) * (s.block.height + FRAME.subUnitSpacing), 0);
  const rowLimit = Math.max(contentW, FRAME.minRowWidth, Math.sqrt(subArea * 2.4), ...u.subUnits.map((s) => s.block.width));
  const subPlaced: { sub: UnitItems['subUnits'][number]; x: number; y: number; row: number; gap: number }[] = [];
  let row = 0;
  let x = 0;
  let y = contentH > 0 ? contentH + FRAME.subUnitGap : 0;
  let rowH = 0;
  let subW = 0;
  for (const sub of u.subUnits) {
    if (x > 0 && x + sub.block.width > rowLimit) {
      x = 0;
      y += rowH + FRAME.subUnitSpacing;
      rowH = 0;
      row++;
    }
    subPlaced.push({ sub, x, y, row, gap: row > 0 ? FRAME.subUnitSpacing : contentH > 0 ? FRAME.subUnitGap : 0 });
    x += sub.block.width + FRAME.subUnitSpacing;
    subW = Math.max(subW, x - FRAME.subUnitSpacing);
    rowH = Math.max(rowH, sub.block.height);
  }
  const totalH = subPlaced.length ? y + rowH : contentH;
  const innerW = Math.max(contentW + (dx - FRAME.pad), subW);
  const width = Math.ceil(Math.max(FRAME.pad + innerW + FRAME.pad, FRAME.pad * 2 + nameW));
  const height = Math.ceil(headerH + totalH + FRAME.pad);

  const frames: SceneNode[] = [];
  const boxes: SceneNode[] = [...own.nodes];
  const edges: SceneEdge[] = [...own.edges];
  const placeParts: Record<string, PositionPlace>[] = [own.places];
  const heads: SubUnitHead[] = [];
  for (const sp of subPlaced) {
    const bx = FRAME.pad + sp.x;
    const by = headerH + sp.y;
    const moved = cache ? cache.move(sp.sub.block, bx, by) : moveBlock(sp.sub.block, bx, by);
    for (const n of moved.nodes) (n.kind === 'unitFrame' ? frames : boxes).push(n);
    edges.push(...moved.edges);
    placeParts.push(moved.places);
    const { anchor, head: headId, block } = sp.sub;
    if (anchor && headId && block.head) heads.push({ unitId: sp.sub.unitId, anchor, head: headId, top: { x: bx + block.head.x, y: by + block.head.y }, row: sp.row, channelY: by - sp.gap / 2 });
  }
  const places = cache ? cache.mergePlaces(frame.unitId, placeParts) : Object.assign({}, ...placeParts);
  const frameNode: SceneNode = {
    kind: 'unitFrame',
    id: `u:${frame.unitId}`,
    unitId: frame.unitId,
    name,
    nameRect: { x: FRAME.pad, y: FRAME.nameTop, width: nameW, height: nameH },
    headerHeight: headerH,
    depth: frame.depth,
    x: 0,
    y: 0,
    width,
    height
  };
  const nodes = [frameNode, ...frames, ...boxes];

  // Kedudukan lines into the sub-units, routed around every box; lines from one anchor bundle together.
  if (heads.length > 0) {
    const input = { unitId: frame.unitId, width, height, nodes, places, heads, busX: FRAME.pad / 2 };
    edges.push(...(cache ? cache.lines.subUnitLines(input) : subUnitLines(input)));
  }

  let head: Block['head'] = null;
  if (headElk && headIt) {
    const hx = (headElk.x ?? 0) + dx;
    const hy = (headElk.y ?? 0) + dy;
    const inset = headIt.stack ? (headIt.width - headIt.stack.official.width) / 2 : 0;
    head = { x: hx + headIt.northX, y: hy, midY: hy + headIt.attachY, left: hx + inset };
  }
  return { key, width, height, nodes, edges, places, head };
}
