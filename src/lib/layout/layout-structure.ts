// structure → scene: every unit laid out on its own (cached by content hash), sub-units composed into
// their parent's block, top-level units placed left to right in file order and wrapped into rows (pinned
// units where their pin says, the others around them).
import type { Structure } from '../domain/structure.ts';
import { indexStructure, type StructureIndex } from '../domain/structure-index.ts';
import type { ElkRunner } from './elk-runner.ts';
import { LayoutCache, moveBlock, type Block } from './block.ts';
import { buildUnitItems } from './unit-items.ts';
import { layoutUnitItems, type UnitEngine } from './unit-layout.ts';
import { contentHash, rectsOverlap } from './geometry.ts';
import type { Scene, SceneEdge, SceneNode, PositionPlace } from './scene.ts';
import { routeKedudukanAcross } from './cross-edges.ts';
import { staffingTotals, totalsLine, type StaffingView, type Totals } from './peta-figures.ts';

export interface LayoutOptions {
  elk: ElkRunner;
  /** Lay out only this unit with its sub-units; default the whole structure. */
  unit?: string;
  /** Positions whose kedudukan subtree is hidden. */
  collapsed?: readonly string[];
  /** More leaf children than this under one box are packed into stacked columns. */
  maxFanOut?: number;
  /** Maximum width of a row of top-level units before wrapping. */
  maxRowWidth?: number;
  cache?: LayoutCache;
  /** 'peta': the Peta Jabatan view of the same structure (kelas, B, K, ± per box; roll-up per unit). */
  view?: StaffingView;
  /**
   * Boxes placed by hand (project pins, by position id): the top-level unit holding a pinned position is
   * placed so that box's top-left corner is at the pin; the other units keep their flow and go around it.
   */
  pins?: Readonly<Record<string, { x: number; y: number }>>;
  /**
   * How each unit's own boxes are placed: 'tree' (default) computes the layered tree directly; 'elk' hands every
   * unit to ELK layered (the analyst's choice when a unit's ELK arrangement is wanted; ~40× slower, see bench).
   */
  unitEngine?: UnitEngine;
}

/** Bump when the layout code changes what a cached block would contain. */
const LAYOUT_VERSION = 3;
const defaultCache = new LayoutCache();
const TOP_GAP = 48;
const MARGIN = 24;
const ROW_STEP = 1500;

interface Ctx {
  index: StructureIndex;
  elk: ElkRunner;
  cache: LayoutCache;
  hidden: Set<string>;
  collapsedCount: Map<string, number>;
  childUnits: Map<string, string[]>;
  maxFan: number;
  view: StaffingView;
  totals?: Map<string, Totals>;
  unitEngine: UnitEngine;
}

function descendants(index: StructureIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [...(index.children.get(id) ?? [])];
  while (stack.length) {
    const c = stack.pop()!;
    out.push(c);
    stack.push(...(index.children.get(c) ?? []));
  }
  return out;
}

/** The unit's own frame carries its roll-up (a copy: cached blocks are shared between requests). */
function withFrameTotals(b: Block, unitId: string, staffing: Totals): Block {
  return { ...b, nodes: b.nodes.map((n) => (n.kind === 'unitFrame' && n.unitId === unitId ? { ...n, staffing } : n)) };
}

async function layoutUnit(ctx: Ctx, unitId: string, depth: number): Promise<Block | null> {
  const unit = ctx.index.units.get(unitId)!;
  const childIds = ctx.childUnits.get(unitId) ?? [];
  const children = await Promise.all(childIds.map((c) => layoutUnit(ctx, c, depth + 1)));
  const childBlocks = childIds.flatMap((c, i) => (children[i] ? [{ unitId: c, block: children[i]! }] : []));
  const heads = ctx.index.headsOfUnit.get(unitId) ?? [];
  if (heads.length > 0 && heads.every((h) => ctx.hidden.has(h))) return null;
  const items = buildUnitItems({ index: ctx.index, unitId, hidden: ctx.hidden, collapsedCount: ctx.collapsedCount, childBlocks, maxFan: ctx.maxFan, view: ctx.view });
  const totals = ctx.totals?.get(unitId);
  const name = totals ? `${unit.name} · ${totalsLine(totals)}` : unit.name;
  const key = contentHash(
    JSON.stringify({
      v: LAYOUT_VERSION,
      depth,
      unit,
      positions: items.visible,
      collapsed: items.visible.map((p) => ctx.collapsedCount.get(p.id) ?? 0),
      children: childBlocks.map((c) => [c.unitId, c.block.key]),
      maxFan: ctx.maxFan,
      view: ctx.view,
      name,
      engine: ctx.unitEngine
    })
  );
  const headId = heads.find((h) => !ctx.hidden.has(h));
  // The head is its own box, or the top of a stack (head with only its Kelompok JF, e.g. a Lurah).
  const headItem = headId ? ([`p:${headId}`, `s:${headId}`].find((id) => items.items.has(id)) ?? null) : null;
  return ctx.cache.get(key, () => layoutUnitItems(ctx.elk, items, { unitId, name, depth, headItem }, key, ctx.unitEngine)).then((b) => (totals ? withFrameTotals(b, unitId, totals) : b));
}

/** Pinned top-level blocks and where they go (first pin of a block wins; never left of or above the margin). */
function placePinned(blocks: readonly Block[], pins: LayoutOptions['pins']): { block: Block; x: number; y: number }[] {
  if (!pins || Object.keys(pins).length === 0) return [];
  const out: { block: Block; x: number; y: number }[] = [];
  for (const block of blocks) {
    for (const [positionId, pin] of Object.entries(pins)) {
      const place = block.places[positionId];
      const node = place && block.nodes.find((n) => n.id === place.nodeId);
      if (!node || !Number.isFinite(pin.x) || !Number.isFinite(pin.y)) continue;
      out.push({ block, x: Math.max(MARGIN, pin.x - node.x), y: Math.max(MARGIN, pin.y - node.y) });
      break;
    }
  }
  return out;
}

export async function layoutStructure(structure: Structure, opts: LayoutOptions): Promise<Scene> {
  const index = indexStructure(structure);
  const hidden = new Set<string>();
  const collapsedCount = new Map<string, number>();
  const collapsedInto = new Map<string, string>();
  for (const id of opts.collapsed ?? []) {
    if (!index.positions.has(id) || hidden.has(id)) continue;
    const d = descendants(index, id);
    for (const x of d) {
      hidden.add(x);
      collapsedInto.set(x, id);
    }
    collapsedCount.set(id, d.length);
  }
  const childUnits = new Map<string, string[]>();
  const roots: string[] = [];
  for (const u of structure.units) {
    if (u.parent !== null && index.units.has(u.parent)) {
      const list = childUnits.get(u.parent);
      if (list) list.push(u.id);
      else childUnits.set(u.parent, [u.id]);
    } else roots.push(u.id);
  }
  const top = opts.unit ? (index.units.has(opts.unit) ? [opts.unit] : []) : roots;
  const view = opts.view ?? 'sotk';
  const totals = view === 'peta' ? staffingTotals(structure).byUnit : undefined;
  const ctx: Ctx = { index, elk: opts.elk, cache: opts.cache ?? defaultCache, hidden, collapsedCount, childUnits, maxFan: opts.maxFanOut ?? 6, view, totals, unitEngine: opts.unitEngine ?? 'tree' };
  const blocks = (await Promise.all(top.map((u) => layoutUnit(ctx, u, 0)))).filter((b): b is Block => b !== null);

  // Rows of top-level units about as wide as a landscape sheet is wide relative to its height.
  const widest = Math.max(0, ...blocks.map((b) => b.width));
  const area = blocks.reduce((a, b) => a + (b.width + TOP_GAP) * (b.height + TOP_GAP), 0);
  // Quantised, so that a unit growing a little does not re-wrap the rows and move every other unit.
  const maxRow = Math.max(opts.maxRowWidth ?? Math.ceil(Math.sqrt(area * 1.5) / ROW_STEP) * ROW_STEP, widest);
  const frames: SceneNode[] = [];
  const boxes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  const places: Record<string, PositionPlace> = {};
  const put = (b: Block, bx: number, by: number) => {
    const moved = moveBlock(b, bx, by);
    for (const n of moved.nodes) (n.kind === 'unitFrame' ? frames : boxes).push(n);
    edges.push(...moved.edges);
    Object.assign(places, moved.places);
  };
  const pinned = placePinned(blocks, opts.pins);
  let width = 0;
  let bottom = 0;
  for (const { block, x: px, y: py } of pinned) {
    put(block, px, py);
    width = Math.max(width, px + block.width + MARGIN);
    bottom = Math.max(bottom, py + block.height);
  }
  const isPinned = new Set(pinned.map((p) => p.block));
  let x = MARGIN;
  let y = MARGIN;
  let rowH = 0;
  for (const b of blocks) {
    if (isPinned.has(b)) continue;
    // Flow on; a block that would land on a pinned one moves past it (to the right, or to the next row).
    for (let guard = 0; guard < 10_000; guard++) {
      if (x > MARGIN && x + b.width > MARGIN + maxRow) {
        x = MARGIN;
        y += rowH + TOP_GAP;
        rowH = 0;
      }
      const hit = pinned.find((p) => rectsOverlap({ x, y, width: b.width, height: b.height }, { x: p.x, y: p.y, width: p.block.width, height: p.block.height }, TOP_GAP - 1));
      if (!hit) break;
      x = hit.x + hit.block.width + TOP_GAP;
      if (x + b.width > MARGIN + maxRow) {
        // Nothing fits on this row past the pinned block: the next row (below the pinned block if the row is empty).
        x = MARGIN;
        y = rowH > 0 ? y + rowH + TOP_GAP : hit.y + hit.block.height + TOP_GAP;
        rowH = 0;
      }
    }
    put(b, x, y);
    x += b.width + TOP_GAP;
    rowH = Math.max(rowH, b.height);
    width = Math.max(width, x - TOP_GAP + MARGIN);
    bottom = Math.max(bottom, y + b.height);
  }
  const height = blocks.length ? bottom + MARGIN : 2 * MARGIN;
  const blockKeys: Record<string, string> = {};
  for (const b of blocks) {
    const top = b.nodes[0];
    if (top?.kind === 'unitFrame') blockKeys[top.unitId] = b.key;
  }
  const scene: Scene = { width: Math.max(width, 2 * MARGIN), height, title: structure.title, nodes: [...frames, ...boxes], edges, places, layers: [], blockKeys };
  if (collapsedInto.size > 0) scene.collapsedInto = Object.fromEntries(collapsedInto);
  return routeKedudukanAcross(scene, index, hidden);
}
