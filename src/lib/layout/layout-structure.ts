// structure → scene: every unit laid out on its own (cached by content hash), sub-units composed into
// their parent's block, top-level units placed left to right in file order and wrapped into rows (pinned
// units where their pin says, the others around them). Incremental: after an edit only the units whose
// records changed and their ancestors are laid out again (unit-plan.ts); placed blocks, merged places and
// the lines between top-level units are taken from the last request when they are unchanged.
import type { Position, Structure } from '../domain/structure.ts';
import type { StructureIndex } from '../domain/structure-index.ts';
import { layoutIndex } from './layout-index.ts';
import type { ElkRunner } from './elk-runner.ts';
import { LayoutCache, type Block, type MovedBlock } from './block.ts';
import { buildUnitItems } from './unit-items.ts';
import { layoutUnitItems, type UnitEngine } from './unit-layout.ts';
import { sameInputs, type UnitInputs, type UnitPlan } from './unit-plan.ts';
import { rectsOverlap } from './geometry.ts';
import { ContentKeys } from './content-key.ts';
import type { Scene, SceneEdge, SceneNode } from './scene.ts';
import { routeAcrossReusing } from './across-memo.ts';
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
const LAYOUT_VERSION = 4;
const defaultCache = new LayoutCache();
/** A unit's layout inputs (as text) → its block's key, the same for every cache of the page. */
const unitKeys = new ContentKeys('u');
const TOP_GAP = 48;
const MARGIN = 24;
const ROW_STEP = 1500;

interface Ctx {
  index: StructureIndex;
  /** Each unit's position records in file order. */
  records: ReadonlyMap<string, readonly Position[]>;
  elk: ElkRunner;
  cache: LayoutCache;
  /** Each unit's plan at the previous request with these settings. */
  plans: Map<string, UnitPlan>;
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

function collapseSignature(ctx: Ctx, records: readonly Position[]): string {
  if (ctx.hidden.size === 0 && ctx.collapsedCount.size === 0) return '';
  return records.map((p) => (ctx.hidden.has(p.id) ? 'h' : String(ctx.collapsedCount.get(p.id) ?? 0))).join(',');
}

/**
 * The unit's block (with its sub-units) and its content key, or null when every head is hidden. Synchronous:
 * a unit whose inputs are the records of the previous request gets that request's plan back as is, so an edit
 * costs the edited unit and its ancestors; only blocks still to be laid out are awaited.
 */
function planUnit(ctx: Ctx, unitId: string, depth: number): UnitPlan | null {
  const heads = ctx.index.headsOfUnit.get(unitId) ?? [];
  if (heads.length > 0 && heads.every((h) => ctx.hidden.has(h))) return null;
  const unit = ctx.index.units.get(unitId)!;
  const childIds = ctx.childUnits.get(unitId) ?? [];
  const children = childIds.map((c) => planUnit(ctx, c, depth + 1));
  const records = ctx.records.get(unitId) ?? [];
  const totals = ctx.totals?.get(unitId);
  const inputs: UnitInputs = {
    unit,
    depth,
    records,
    collapse: collapseSignature(ctx, records),
    childIds,
    childKeys: children.map((c) => c?.key ?? null),
    childHeads: childIds.map((c) => ctx.index.positions.get(ctx.index.headsOfUnit.get(c)?.[0] ?? '')),
    name: totals ? `${unit.name} · ${totalsLine(totals)}` : unit.name,
    totals: totals ? JSON.stringify(totals) : ''
  };
  const last = ctx.plans.get(unitId);
  if (last && sameInputs(last.inputs, inputs)) return last;
  const visible = records.filter((p) => !ctx.hidden.has(p.id));
  const key = unitKeys.keyOf(
    JSON.stringify({
      v: LAYOUT_VERSION,
      depth,
      unit,
      positions: visible,
      collapsed: visible.map((p) => ctx.collapsedCount.get(p.id) ?? 0),
      children: childIds.flatMap((c, i) => (children[i] ? [[c, children[i]!.key]] : [])),
      maxFan: ctx.maxFan,
      view: ctx.view,
      name: inputs.name,
      totals: inputs.totals,
      engine: ctx.unitEngine
    })
  );
  const make = async (): Promise<Block> => {
    const blocks = await Promise.all(children.map((c) => c?.block ?? null));
    const childBlocks = childIds.flatMap((c, i) => (blocks[i] ? [{ unitId: c, block: blocks[i]! }] : []));
    const items = buildUnitItems({ index: ctx.index, records, unitId, hidden: ctx.hidden, collapsedCount: ctx.collapsedCount, childBlocks, maxFan: ctx.maxFan, view: ctx.view, contents: ctx.cache.contents });
    const headId = heads.find((h) => !ctx.hidden.has(h));
    // The head is its own box, or the top of a stack (head with only its Kelompok JF, e.g. a Lurah).
    const headItem = headId ? ([`p:${headId}`, `s:${headId}`].find((id) => items.items.has(id)) ?? null) : null;
    return layoutUnitItems(ctx.elk, items, { unitId, name: inputs.name, depth, headItem }, key, ctx.unitEngine, ctx.cache);
  };
  const block = ctx.cache.get(key, make).then((b) => (totals ? withFrameTotals(b, unitId, totals) : b));
  const plan: UnitPlan = { key, block, inputs };
  ctx.plans.set(unitId, plan);
  // A failed block is laid out again next time, not handed out from the memo.
  block.catch(() => ctx.plans.get(unitId) === plan && ctx.plans.delete(unitId));
  return plan;
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
  const { index, records } = layoutIndex(structure);
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
  const cache = opts.cache ?? defaultCache;
  const maxFan = opts.maxFanOut ?? 6;
  const unitEngine = opts.unitEngine ?? 'tree';
  const plans = cache.plans.setting(`${view} ${unitEngine} ${maxFan}`);
  const ctx: Ctx = { index, records, elk: opts.elk, cache, plans, hidden, collapsedCount, childUnits, maxFan, view, totals, unitEngine };
  const blocks = (await Promise.all(top.map((u) => planUnit(ctx, u, 0)?.block ?? null))).filter((b): b is Block => b !== null);

  // Rows of top-level units about as wide as a landscape sheet is wide relative to its height.
  const widest = Math.max(0, ...blocks.map((b) => b.width));
  const area = blocks.reduce((a, b) => a + (b.width + TOP_GAP) * (b.height + TOP_GAP), 0);
  // Quantised, so that a unit growing a little does not re-wrap the rows and move every other unit.
  const maxRow = Math.max(opts.maxRowWidth ?? Math.ceil(Math.sqrt(area * 1.5) / ROW_STEP) * ROW_STEP, widest);
  const frames: SceneNode[] = [];
  const boxes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  const placed: MovedBlock[] = [];
  const put = (b: Block, bx: number, by: number) => {
    const moved = cache.move(b, bx, by);
    placed.push(moved);
    for (const n of moved.nodes) (n.kind === 'unitFrame' ? frames : boxes).push(n);
    for (const e of moved.edges) edges.push(e);
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
  // Each block's places come from its unit's own merge (unit-layout.ts): unchanged means the same object.
  const places = cache.mergePlaces('\u0000scene', placed.map((p) => p.places), true);
  const height = blocks.length ? bottom + MARGIN : 2 * MARGIN;
  const blockKeys: Record<string, string> = {};
  for (const b of blocks) {
    const top = b.nodes[0];
    if (top?.kind === 'unitFrame') blockKeys[top.unitId] = b.key;
  }
  const scene: Scene = { width: Math.max(width, 2 * MARGIN), height, title: structure.title, nodes: [...frames, ...boxes], edges, places, layers: [], blockKeys };
  if (collapsedInto.size > 0) scene.collapsedInto = Object.fromEntries(collapsedInto);
  return routeAcrossReusing(cache, scene, placed, index, hidden);
}
