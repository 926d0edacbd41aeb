// Project file ↔ stored project: what "Ekspor proyek" writes and "Impor proyek" creates. Import never
// overwrites: it creates a new project (its snapshots and custom variants stored beside it); replacing the
// open project is done by the editor, after a confirmation, as one undoable edit of its session.
import type { BaganDatabase } from '../../store/db.ts';
import type { Project } from '../../store/project.ts';
import { createProject } from '../../store/projects.ts';
import { listSnapshots } from '../../store/snapshots.ts';
import { saveCustomVariant } from '../../store/variants.ts';
import { writeProjectFile, type ProjectFile } from '../../io/project-file.ts';
import type { Variant } from '../../domain/variant.ts';

/** The project as a .bagan.json text, with its snapshots and the custom variant it uses. */
export async function exportProject(db: BaganDatabase, project: Project, variants: readonly Variant[]): Promise<string> {
  const snapshots = (await listSnapshots(db, project.id)).reverse().map((s) => ({ name: s.label, createdAt: s.createdAt, structure: s.project.structure }));
  const custom = variants.filter((v) => v.origin === 'custom' && v.id === project.variantId);
  return writeProjectFile({ name: project.name, structure: project.structure, variantId: project.variantId, options: project.options, pins: project.pins, customVariants: custom, snapshots });
}

export function fileName(name: string, ext: string): string {
  return `${name.replace(/[^\p{L}\p{N}\- ]+/gu, '').trim().replace(/\s+/g, '-') || 'bagan'}${ext}`;
}

/** Stores the file's custom variants that are not stored yet (a built-in id is never replaced). */
export async function storeFileVariants(db: BaganDatabase, file: ProjectFile, known: readonly Variant[]): Promise<string[]> {
  const skipped: string[] = [];
  for (const v of file.customVariants) {
    if (known.some((k) => k.id === v.id)) continue;
    try {
      await saveCustomVariant(db, v);
    } catch (e) {
      skipped.push(`${v.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return skipped;
}

/** A new project from the file (the open projects are untouched). */
export async function importAsNewProject(db: BaganDatabase, file: ProjectFile, known: readonly Variant[]): Promise<{ project: Project; skippedVariants: string[] }> {
  const skippedVariants = await storeFileVariants(db, file, known);
  const created = await createProject(db, file.name, file.structure, file.variantId);
  const project: Project = { ...created, options: file.options, pins: file.pins };
  await db.projects.put(project);
  for (const s of file.snapshots) await db.snapshots.add({ projectId: project.id, label: s.name, createdAt: s.createdAt, project: { ...project, structure: s.structure } });
  return { project, skippedVariants };
}
