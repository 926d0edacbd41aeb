// Named versions of a project ("Draf 1", "Sesuai Perbup 2023"), kept in the `snapshots` table beside the
// project. A snapshot is a frozen copy of the project without its undo history (the history belongs to
// the live project; restoring a snapshot is itself one undoable edit there).
import type { BaganDatabase, SnapshotRecord } from './db.ts';
import { restoreProject, type Project } from './project.ts';
import type { Structure } from '../domain/structure.ts';
import { record } from './history.ts';

export type Snapshot = SnapshotRecord & { id: number };

export const MAX_LABEL = 200;

export function cleanLabel(label: string): string | null {
  const clean = label.replace(/\s+/g, ' ').trim();
  return clean.length === 0 || clean.length > MAX_LABEL ? null : clean;
}

export async function saveSnapshot(db: BaganDatabase, project: Project, label: string, now = Date.now()): Promise<Snapshot> {
  const clean = cleanLabel(label);
  if (clean === null) throw new Error(`Nama versi wajib diisi (paling banyak ${MAX_LABEL} karakter)`);
  const frozen: Project = { ...structuredClone(project), history: { past: [], future: [] } };
  const record: SnapshotRecord = { projectId: project.id, label: clean, createdAt: now, project: frozen };
  const id = await db.snapshots.add(record);
  return { ...record, id };
}

/** The project's snapshots, newest first. */
export async function listSnapshots(db: BaganDatabase, projectId: string): Promise<Snapshot[]> {
  const all = (await db.snapshots.where('projectId').equals(projectId).toArray()) as Snapshot[];
  return all.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

export async function renameSnapshot(db: BaganDatabase, id: number, label: string): Promise<boolean> {
  const clean = cleanLabel(label);
  if (clean === null) return false;
  return (await db.snapshots.update(id, { label: clean })) === 1;
}

export async function deleteSnapshot(db: BaganDatabase, id: number): Promise<void> {
  await db.snapshots.delete(id);
}

/** The snapshot's structure, validated like a stored project: a damaged record fails with a reason. */
export function snapshotStructure(s: SnapshotRecord): { ok: true; structure: Structure } | { ok: false; reason: string } {
  const restored = restoreProject(s.project);
  return restored.ok ? { ok: true, structure: restored.project.structure } : { ok: false, reason: `Versi “${s.label}” tidak dapat dipulihkan. ${restored.reason}` };
}

/**
 * The project with the snapshot's structure put back as one step of its undo history ("Urungkan"
 * brings the state before the restore back). Variant, options and pins stay as they are now.
 */
export function restoreSnapshot(project: Project, s: SnapshotRecord, now = Date.now()): { ok: true; project: Project } | { ok: false; reason: string } {
  const read = snapshotStructure(s);
  if (!read.ok) return read;
  const history = record(project.history, project.structure, read.structure, `Pulihkan versi “${s.label}”`, now);
  if (!history) return { ok: true, project };
  return { ok: true, project: { ...project, structure: read.structure, history } };
}
