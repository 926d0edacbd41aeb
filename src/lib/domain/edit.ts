// Editing a structure as pure functions: each takes a structure and returns a new one (never mutates),
// so the store can keep both sides of every edit for undo and the engine can recompute from scratch.
// Fresh ids come from a caller-supplied generator, which keeps these functions deterministic in tests.
import type { Position, Structure, Unit } from './structure.ts';
import type { Grade, Level } from './vocabulary.ts';

export type IdMaker = (prefix: string) => string;

export type EditResult = { ok: true; structure: Structure; ids: string[] } | { ok: false; reason: string };

export interface PositionDraft {
  title: string;
  level: Level;
  grade?: Grade;
  count?: number;
}

/** A counter-based id maker that never collides with ids already in the structure. */
export function idMakerFor(structure: Structure, seed = Date.now().toString(36)): IdMaker {
  const taken = new Set<string>([...structure.units.map((u) => u.id), ...structure.positions.map((p) => p.id), ...structure.teams.map((t) => t.id), ...structure.assignments.map((a) => a.id)]);
  let n = 0;
  return (prefix) => {
    let id: string;
    do id = `${prefix}-${seed}-${(++n).toString(36)}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

function draftToPosition(draft: PositionDraft, id: string, unit: string, parent: string | null): Position {
  const p: Position = { id, unit, parent, title: draft.title.trim() || 'Jabatan baru', level: draft.level };
  if (draft.level === 'fungsional') p.grade = draft.grade ?? 'ahli_pertama';
  if (draft.count !== undefined && draft.count > 1) p.count = draft.count;
  return p;
}

/** Index just after `id` and all of its kedudukan descendants, so a new sibling lands after the subtree. */
function endOfSubtree(s: Structure, id: string): number {
  const inside = subtreeIds(s, [id]);
  let last = s.positions.findIndex((p) => p.id === id);
  s.positions.forEach((p, i) => {
    if (inside.has(p.id) && i > last) last = i;
  });
  return last + 1;
}

export function addChildPosition(s: Structure, parentId: string, draft: PositionDraft, newId: IdMaker): EditResult {
  const parent = s.positions.find((p) => p.id === parentId);
  if (!parent) return { ok: false, reason: 'Jabatan atasan tidak ditemukan' };
  const id = newId('j');
  const at = endOfSubtree(s, parentId);
  const positions = [...s.positions.slice(0, at), draftToPosition(draft, id, parent.unit, parent.id), ...s.positions.slice(at)];
  return { ok: true, structure: { ...s, positions }, ids: [id] };
}

export function addSiblingPosition(s: Structure, siblingId: string, draft: PositionDraft, newId: IdMaker): EditResult {
  const sibling = s.positions.find((p) => p.id === siblingId);
  if (!sibling) return { ok: false, reason: 'Jabatan tidak ditemukan' };
  const id = newId('j');
  const at = endOfSubtree(s, siblingId);
  const positions = [...s.positions.slice(0, at), draftToPosition(draft, id, sibling.unit, sibling.parent), ...s.positions.slice(at)];
  return { ok: true, structure: { ...s, positions }, ids: [id] };
}

/** The given positions and every position placed (transitively) under them. */
export function subtreeIds(s: Structure, roots: readonly string[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const p of s.positions) {
    if (p.parent === null) continue;
    const list = children.get(p.parent);
    if (list) list.push(p.id);
    else children.set(p.parent, [p.id]);
  }
  const out = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const c of children.get(id) ?? []) stack.push(c);
  }
  return out;
}

function isUnitHead(s: Structure, p: Position): boolean {
  const parent = p.parent === null ? undefined : s.positions.find((q) => q.id === p.parent);
  return !parent || parent.unit !== p.unit;
}

function unitIsUnder(s: Structure, unitId: string, ancestor: string): boolean {
  let cur: Unit | undefined = s.units.find((u) => u.id === unitId);
  for (let guard = 0; cur && guard <= s.units.length; guard++) {
    if (cur.id === ancestor) return true;
    cur = cur.parent === null ? undefined : s.units.find((u) => u.id === cur!.parent);
  }
  return false;
}

/**
 * Changes the kedudukan of a position (drag a box onto another). A staff member or official joins the
 * target's unit with the part of its subtree that was in its old unit; the head of a unit keeps its unit,
 * which is re-attached under the target's unit (a UPT moved to another Dinas).
 */
export function movePosition(s: Structure, id: string, newParentId: string): EditResult {
  const moved = s.positions.find((p) => p.id === id);
  const target = s.positions.find((p) => p.id === newParentId);
  if (!moved || !target) return { ok: false, reason: 'Jabatan tidak ditemukan' };
  if (moved.parent === newParentId) return { ok: false, reason: 'Sudah berkedudukan di bawah jabatan itu' };
  const inside = subtreeIds(s, [id]);
  if (inside.has(newParentId)) return { ok: false, reason: 'Tidak dapat dipindah ke bawah bawahannya sendiri' };

  if (isUnitHead(s, moved)) {
    if (moved.unit !== target.unit && unitIsUnder(s, target.unit, moved.unit))
      return { ok: false, reason: 'Unit tidak dapat dipindah ke dalam unitnya sendiri' };
    const units = s.units.map((u) => (u.id === moved.unit && target.unit !== moved.unit ? { ...u, parent: target.unit } : u));
    const positions = s.positions.map((p) => (p.id === id ? { ...p, parent: newParentId } : p));
    return { ok: true, structure: { ...s, units, positions }, ids: [id] };
  }
  const oldUnit = moved.unit;
  const positions = s.positions.map((p) => {
    if (p.id === id) return { ...p, parent: newParentId, unit: target.unit };
    if (inside.has(p.id) && p.unit === oldUnit) return { ...p, unit: target.unit };
    return p;
  });
  return { ok: true, structure: { ...s, positions }, ids: [id] };
}

/** Removes positions with their subtrees, the units left empty, and every reference to what was removed. */
export function deleteSubtrees(s: Structure, roots: readonly string[]): EditResult {
  const gone = subtreeIds(s, roots.filter((r) => s.positions.some((p) => p.id === r)));
  if (gone.size === 0) return { ok: false, reason: 'Tidak ada jabatan yang dipilih' };
  const positions = s.positions
    .filter((p) => !gone.has(p.id))
    .map((p) => (p.workUnder !== undefined && gone.has(p.workUnder) ? withoutKey(p, 'workUnder') : p));
  const hadPositions = new Set(s.positions.map((p) => p.unit));
  const stillUsed = new Set(positions.map((p) => p.unit));
  const emptied = new Set(s.units.filter((u) => hadPositions.has(u.id) && !stillUsed.has(u.id)).map((u) => u.id));
  // Untouched collections and records stay the same objects: the incremental engine and the layout reuse
  // what an edit did not replace, so deleting one box must not look like a change to every unit and team.
  const units =
    emptied.size === 0
      ? s.units
      : s.units.filter((u) => !emptied.has(u.id)).map((u) => (u.parent !== null && emptied.has(u.parent) ? { ...u, parent: parentOutside(s, u.parent, emptied) } : u));
  const touchesTeam = (t: Structure['teams'][number]) => emptied.has(t.owner) || (t.lead != null && gone.has(t.lead)) || t.members.some((m) => gone.has(m));
  const teams = s.teams.some(touchesTeam)
    ? s.teams
        .filter((t) => !emptied.has(t.owner))
        .map((t) => (touchesTeam(t) ? { ...t, members: t.members.filter((m) => !gone.has(m)), lead: t.lead && gone.has(t.lead) ? null : (t.lead ?? null) } : t))
    : s.teams;
  const keptAssignments = s.assignments.filter((a) => !gone.has(a.assignee) && !(a.owner !== null && emptied.has(a.owner)));
  const assignments = keptAssignments.length === s.assignments.length ? s.assignments : keptAssignments;
  return { ok: true, structure: { ...s, units, positions, teams, assignments }, ids: [...gone] };
}

function parentOutside(s: Structure, unitId: string, removed: ReadonlySet<string>): string | null {
  let cur = s.units.find((u) => u.id === unitId);
  for (let guard = 0; cur && removed.has(cur.id) && guard <= s.units.length; guard++)
    cur = cur.parent === null ? undefined : s.units.find((u) => u.id === cur!.parent);
  return cur && !removed.has(cur.id) ? cur.id : null;
}

function withoutKey<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

export type PositionPatch = Partial<
  Pick<Position, 'title' | 'level' | 'grade' | 'count' | 'holders' | 'classGrade' | 'need' | 'workUnder' | 'terdampak' | 'golongan' | 'managerial' | 'pendidikan' | 'pengalamanRelevan' | 'delegatedPpk' | 'coordinator' | 'effectiveFrom' | 'effectiveUntil'>
>;

/**
 * Updates fields of a position and keeps it valid: a jenjang only for JF (and always for JF), holders
 * never more than the count. `undefined` in the patch clears an optional field.
 */
export function updatePosition(s: Structure, id: string, patch: PositionPatch): EditResult {
  const old = s.positions.find((p) => p.id === id);
  if (!old) return { ok: false, reason: 'Jabatan tidak ditemukan' };
  const next: Record<string, unknown> = { ...old };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') delete next[k];
    else next[k] = v;
  }
  const p = next as Position;
  if (typeof p.title !== 'string' || p.title.trim() === '') p.title = old.title;
  if (p.level === 'fungsional' && !p.grade) p.grade = 'ahli_pertama';
  if (p.level !== 'fungsional') delete p.grade;
  if (p.count !== undefined && p.count <= 1) delete p.count;
  if (p.holders) {
    p.holders = p.holders.map((h) => h.trim()).filter((h) => h !== '').slice(0, p.count ?? 1);
    if (p.holders.length === 0) delete p.holders;
  }
  if (p.workUnder === p.id) delete p.workUnder;
  if (p.coordinator === p.id) delete p.coordinator;
  if (p.effectiveFrom && p.effectiveUntil && p.effectiveUntil < p.effectiveFrom) return { ok: false, reason: 'Tanggal berakhir tidak boleh lebih awal dari tanggal berlaku' };
  return { ok: true, structure: { ...s, positions: s.positions.map((q) => (q.id === id ? p : q)) }, ids: [id] };
}

/** A patch of a unit's editable fields; `instansi: ''` makes the unit this Pemda's again. */
export type UnitPatch = Partial<Pick<Unit, 'name' | 'type' | 'instansi'>>;

export function updateUnit(s: Structure, id: string, patch: UnitPatch): EditResult {
  const old = s.units.find((u) => u.id === id);
  if (!old) return { ok: false, reason: 'Unit tidak ditemukan' };
  const name = patch.name !== undefined && patch.name.trim() !== '' ? patch.name.trim() : old.name;
  const unit: Unit = { ...old, name, type: patch.type ?? old.type };
  if (patch.instansi !== undefined) {
    const instansi = patch.instansi.trim();
    if (instansi === '') delete unit.instansi;
    else unit.instansi = instansi;
  }
  return { ok: true, structure: { ...s, units: s.units.map((u) => (u.id === id ? unit : u)) }, ids: [id] };
}

export function setTitle(s: Structure, title: string): Structure {
  return { ...s, title };
}
