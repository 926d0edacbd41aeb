// Undo/redo as patches between structures: each step stores only the records that changed (both
// sides) and, when the order changed, the id order (order is nomenclature order, so it matters). This
// keeps ≥100 steps small enough to persist with the project on every edit.
import type { Structure } from '../domain/structure.ts';

export const HISTORY_LIMIT = 200;

type Keyed = { id: string };
type CollectionKey = 'units' | 'positions' | 'teams' | 'assignments';
const COLLECTIONS: readonly CollectionKey[] = ['units', 'positions', 'teams', 'assignments'];

export interface CollectionPatch {
  before: Keyed[];
  after: Keyed[];
  orderBefore?: string[];
  orderAfter?: string[];
}

export interface StructurePatch {
  title?: [string, string];
  collections: Partial<Record<CollectionKey, CollectionPatch>>;
}

type Pins = Record<string, { x: number; y: number }>;

/** What a step changed besides the structure: the regulation variant, its options, the layout pins. */
export interface SettingsPatch {
  variantId?: [string | null, string | null];
  options?: [Record<string, string>, Record<string, string>];
  pins?: [Pins, Pins];
}

export interface HistoryEntry {
  /** What the step did, shown in the undo button's tooltip (Bahasa Indonesia). */
  label: string;
  patch: StructurePatch;
  /** Absent in steps that only edited the structure (and in every step saved before settings were undoable). */
  settings?: SettingsPatch;
  at: number;
}

/** The undoable content of a project: the structure and the choices the lines are computed with. */
export interface ProjectContent {
  structure: Structure;
  variantId: string | null;
  options: Record<string, string>;
  pins: Pins;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Same ids in the same order (the usual edit: records changed in place): the changed pairs; else null. */
function alignedChanges(a: readonly Keyed[], b: readonly Keyed[]): CollectionPatch | null {
  if (a.length !== b.length) return null;
  const before: Keyed[] = [];
  const after: Keyed[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].id !== b[i].id) return null;
    if (!same(a[i], b[i])) {
      before.push(a[i]);
      after.push(b[i]);
    }
  }
  return { before, after };
}

function diffCollection(a: readonly Keyed[], b: readonly Keyed[]): CollectionPatch | undefined {
  if (a === b) return undefined;
  // No id maps for a 10,000-position structure when a rename changed one record in place.
  const aligned = alignedChanges(a, b);
  if (aligned) return aligned.before.length === 0 ? undefined : aligned;
  const oldById = new Map(a.map((r) => [r.id, r]));
  const newById = new Map(b.map((r) => [r.id, r]));
  const before: Keyed[] = [];
  const after: Keyed[] = [];
  for (const r of a) {
    const n = newById.get(r.id);
    if (!n) before.push(r);
    else if (!same(r, n)) {
      before.push(r);
      after.push(n);
    }
  }
  for (const r of b) if (!oldById.has(r.id)) after.push(r);
  const orderA = a.map((r) => r.id);
  const orderB = b.map((r) => r.id);
  const orderChanged = orderA.length !== orderB.length || orderA.some((id, i) => id !== orderB[i]);
  if (before.length === 0 && after.length === 0 && !orderChanged) return undefined;
  return { before, after, ...(orderChanged ? { orderBefore: orderA, orderAfter: orderB } : {}) };
}

export function diffStructures(a: Structure, b: Structure): StructurePatch | null {
  const collections: StructurePatch['collections'] = {};
  for (const key of COLLECTIONS) {
    const d = diffCollection(a[key], b[key]);
    if (d) collections[key] = d;
  }
  const patch: StructurePatch = { collections };
  if (a.title !== b.title) patch.title = [a.title, b.title];
  return Object.keys(collections).length === 0 && !patch.title ? null : patch;
}

function applyCollection<T extends Keyed>(records: readonly T[], p: CollectionPatch, forward: boolean): T[] {
  const remove = forward ? p.before : p.after;
  const put = (forward ? p.after : p.before) as T[];
  const order = forward ? p.orderAfter : p.orderBefore;
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const r of remove) byId.delete(r.id);
  for (const r of put) byId.set(r.id, r);
  if (order) return order.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
  return records.map((r) => byId.get(r.id)).filter((r): r is T => r !== undefined);
}

export function applyPatch(s: Structure, patch: StructurePatch, forward: boolean): Structure {
  const next: Structure = { ...s };
  if (patch.title) next.title = forward ? patch.title[1] : patch.title[0];
  for (const key of COLLECTIONS) {
    const p = patch.collections[key];
    // The casts only re-attach each collection's own record type; applyCollection keeps records as given.
    if (p) (next as Record<CollectionKey, Keyed[]>)[key] = applyCollection(s[key] as Keyed[], p, forward);
  }
  return next;
}

/** Records a step; a new step clears the redo side. Returns null when nothing changed. */
export function record(h: History, before: Structure, after: Structure, label: string, at = Date.now()): History | null {
  const patch = diffStructures(before, after);
  if (!patch) return null;
  const past = [...h.past, { label, patch, at }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function undo(h: History, s: Structure): { history: History; structure: Structure; entry: HistoryEntry } | null {
  const entry = h.past.at(-1);
  if (!entry) return null;
  return { history: { past: h.past.slice(0, -1), future: [entry, ...h.future] }, structure: applyPatch(s, entry.patch, false), entry };
}

export function redo(h: History, s: Structure): { history: History; structure: Structure; entry: HistoryEntry } | null {
  const entry = h.future[0];
  if (!entry) return null;
  return { history: { past: [...h.past, entry], future: h.future.slice(1) }, structure: applyPatch(s, entry.patch, true), entry };
}

function diffSettings(a: ProjectContent, b: ProjectContent): SettingsPatch | null {
  const out: SettingsPatch = {};
  if (a.variantId !== b.variantId) out.variantId = [a.variantId, b.variantId];
  if (!same(a.options, b.options)) out.options = [a.options, b.options];
  if (!same(a.pins, b.pins)) out.pins = [a.pins, b.pins];
  return Object.keys(out).length ? out : null;
}

function applySettings(c: ProjectContent, p: SettingsPatch | undefined, forward: boolean): ProjectContent {
  if (!p) return c;
  const pick = <T>(pair: [T, T] | undefined, current: T): T => (pair ? pair[forward ? 1 : 0] : current);
  return { ...c, variantId: pick(p.variantId, c.variantId), options: pick(p.options, c.options), pins: pick(p.pins, c.pins) };
}

/** Records a step over the whole content (structure, variant, options, pins); null when nothing changed. */
export function recordContent(h: History, before: ProjectContent, after: ProjectContent, label: string, at = Date.now()): History | null {
  const patch = diffStructures(before.structure, after.structure);
  const settings = diffSettings(before, after);
  if (!patch && !settings) return null;
  const entry: HistoryEntry = { label, patch: patch ?? { collections: {} }, ...(settings ? { settings } : {}), at };
  const past = [...h.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function undoContent(h: History, c: ProjectContent): { history: History; content: ProjectContent; entry: HistoryEntry } | null {
  const entry = h.past.at(-1);
  if (!entry) return null;
  const content = applySettings({ ...c, structure: applyPatch(c.structure, entry.patch, false) }, entry.settings, false);
  return { history: { past: h.past.slice(0, -1), future: [entry, ...h.future] }, content, entry };
}

export function redoContent(h: History, c: ProjectContent): { history: History; content: ProjectContent; entry: HistoryEntry } | null {
  const entry = h.future[0];
  if (!entry) return null;
  const content = applySettings({ ...c, structure: applyPatch(c.structure, entry.patch, true) }, entry.settings, true);
  return { history: { past: [...h.past, entry], future: h.future.slice(1) }, content, entry };
}
