// Copy/paste of subtrees. A clipboard holds positions (and the units they fully head) detached from
// the structure; pasting gives every copied record a fresh id so a paste never collides with the
// original, and re-points the copied subtree under the chosen kedudukan.
import type { Position, Structure, Unit } from './structure.ts';
import { subtreeIds, type EditResult, type IdMaker } from './edit.ts';

export interface Clipboard {
  /** Ids of the copied roots (their parents are replaced on paste). */
  roots: string[];
  positions: Position[];
  /** Units all of whose positions were copied: they are duplicated as units on paste. */
  units: Unit[];
}

export function copySubtrees(s: Structure, roots: readonly string[]): Clipboard | null {
  const known = roots.filter((r) => s.positions.some((p) => p.id === r));
  // A selected box inside another selected box is already copied with its ancestor.
  const chosen = new Set(known);
  const byId = new Map(s.positions.map((p) => [p.id, p]));
  const topRoots = known.filter((r) => {
    let cur = byId.get(r)?.parent ?? null;
    for (let guard = 0; cur !== null && guard <= s.positions.length; guard++) {
      if (chosen.has(cur)) return false;
      cur = byId.get(cur)?.parent ?? null;
    }
    return true;
  });
  if (topRoots.length === 0) return null;
  const ids = subtreeIds(s, topRoots);
  const positions = s.positions.filter((p) => ids.has(p.id)).map((p) => structuredClone(p));
  const unitsTouched = new Set(positions.map((p) => p.unit));
  const units = s.units
    .filter((u) => unitsTouched.has(u.id) && s.positions.every((p) => p.unit !== u.id || ids.has(p.id)))
    .map((u) => ({ ...u }));
  return { roots: topRoots, positions, units };
}

/** Pastes under `targetId` (or as new top positions when null). Returns the new root ids. */
export function pasteClipboard(s: Structure, clip: Clipboard, targetId: string | null, newId: IdMaker): EditResult {
  const target = targetId === null ? undefined : s.positions.find((p) => p.id === targetId);
  if (targetId !== null && !target) return { ok: false, reason: 'Jabatan tujuan tidak ditemukan' };
  if (clip.positions.length === 0) return { ok: false, reason: 'Papan klip kosong' };
  const copiedUnits = new Set(clip.units.map((u) => u.id));
  const fallbackUnit = target?.unit ?? clip.units[0]?.id ?? clip.positions[0].unit;
  const unitIds = new Map(clip.units.map((u) => [u.id, newId('u')]));
  const posIds = new Map(clip.positions.map((p) => [p.id, newId('j')]));

  const units: Unit[] = clip.units.map((u) => ({
    ...u,
    id: unitIds.get(u.id)!,
    parent: u.parent !== null && copiedUnits.has(u.parent) ? unitIds.get(u.parent)! : (target?.unit ?? u.parent ?? null)
  }));
  const positions: Position[] = clip.positions.map((p) => {
    const copy: Position = {
      ...structuredClone(p),
      id: posIds.get(p.id)!,
      unit: unitIds.get(p.unit) ?? fallbackUnit,
      parent: clip.roots.includes(p.id) ? (target?.id ?? null) : (posIds.get(p.parent ?? '') ?? target?.id ?? null)
    };
    if (copy.workUnder !== undefined) {
      const mapped = posIds.get(copy.workUnder);
      if (mapped) copy.workUnder = mapped;
      else if (!s.positions.some((q) => q.id === copy.workUnder)) delete copy.workUnder;
    }
    return copy;
  });
  // Units whose parent survives outside the clipboard must still exist in the target structure.
  for (const u of units) if (u.parent !== null && !unitIds.has(u.parent) && ![...unitIds.values()].includes(u.parent) && !s.units.some((x) => x.id === u.parent)) u.parent = null;
  const newRoots = clip.roots.map((r) => posIds.get(r)!);
  // Pasting boxes into an existing unit leaves the units array as it was (the incremental engine keys on it).
  return { ok: true, structure: { ...s, units: units.length === 0 ? s.units : [...s.units, ...units], positions: [...s.positions, ...positions] }, ids: newRoots };
}
