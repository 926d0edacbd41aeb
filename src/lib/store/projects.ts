// Project records in IndexedDB. Every write is one transaction; `saveProject` refuses to overwrite a
// record another tab saved in the meantime (revision check), so two tabs never silently clobber each other.
import type { BaganDatabase } from './db.ts';
import { newProject, restoreProject, type Project } from './project.ts';
import type { Structure } from '../domain/structure.ts';

export class ConflictError extends Error {
  constructor(readonly stored: Project) {
    super('Proyek ini baru saja diubah di tab atau jendela lain');
  }
}

export function newProjectId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function listProjects(db: BaganDatabase): Promise<Project[]> {
  const all = await db.projects.toArray();
  return all.filter((p) => p.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadProject(db: BaganDatabase, id: string): Promise<{ ok: true; project: Project } | { ok: false; reason: string }> {
  const raw = await db.projects.get(id);
  if (!raw || raw.deletedAt !== null) return { ok: false, reason: 'Proyek tidak ditemukan (mungkin sudah dihapus)' };
  return restoreProject(raw);
}

export async function createProject(db: BaganDatabase, name: string, structure: Structure, variantId: string | null): Promise<Project> {
  const project = newProject(newProjectId(), name, structure, variantId);
  await db.projects.add(project);
  return project;
}

/** Saves `project` if the stored revision is still `expected`; returns the saved record (revision + 1). */
export async function saveProject(db: BaganDatabase, project: Project, expected: number): Promise<Project> {
  return db.transaction('rw', db.projects, async () => {
    const stored = await db.projects.get(project.id);
    if (stored && stored.revision !== expected) throw new ConflictError(stored);
    const saved: Project = { ...project, revision: expected + 1, updatedAt: Date.now() };
    await db.projects.put(saved);
    return saved;
  });
}

async function patchProject(db: BaganDatabase, id: string, change: (p: Project) => Partial<Project>): Promise<Project | undefined> {
  return db.transaction('rw', db.projects, async () => {
    const stored = await db.projects.get(id);
    if (!stored) return undefined;
    const next: Project = { ...stored, ...change(stored), revision: stored.revision + 1, updatedAt: Date.now() };
    await db.projects.put(next);
    return next;
  });
}

export function renameProject(db: BaganDatabase, id: string, name: string) {
  // Longer than the schema allows would save but never reopen (ProjectSchema: name ≤ 200).
  const clean = name.trim().slice(0, 200);
  return patchProject(db, id, (p) => ({ name: clean || p.name }));
}

export async function duplicateProject(db: BaganDatabase, id: string): Promise<Project | undefined> {
  const stored = await db.projects.get(id);
  if (!stored) return undefined;
  const now = Date.now();
  const copy: Project = { ...structuredClone(stored), id: newProjectId(), name: `${stored.name} (salinan)`, revision: 0, createdAt: now, updatedAt: now, deletedAt: null };
  await db.projects.add(copy);
  return copy;
}

export const deleteProject = (db: BaganDatabase, id: string) => patchProject(db, id, () => ({ deletedAt: Date.now() }));
export const undeleteProject = (db: BaganDatabase, id: string) => patchProject(db, id, () => ({ deletedAt: null }));
