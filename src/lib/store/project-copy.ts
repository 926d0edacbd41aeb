// "Unduh salinan" when storage fails: the open project as a whole project file (.bagan.json, format
// v1): the in-memory structure (with its teams and assignments), variant choice, options and pins,
// plus whatever the database can still give (named versions, the project's own variant). Reading the
// file back ("Impor proyek" or "Pulihkan") restores all of it. Storage being broken must never stop the
// download, so every database read is optional.
import type { BaganDatabase } from './db.ts';
import type { Project } from './project.ts';
import type { Variant } from '../domain/variant.ts';
import { writeProjectFile, type ProjectFile } from '../io/project-file.ts';

export interface ProjectCopy {
  text: string;
  fileName: string;
  /** What could not be read from storage and is therefore missing from the copy (Bahasa Indonesia). */
  missing: string[];
}

async function optional<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

export function copyFileName(name: string): string {
  return `${name.replace(/[^\p{L}\p{N}\- ]+/gu, '').trim().replace(/\s+/g, '-') || 'bagan'}.bagan.json`;
}

/** `variants`: the variants the app holds in memory (the project's custom variant is taken from there first). */
export async function projectCopy(db: BaganDatabase, project: Project, variants: readonly Variant[] = [], now = new Date()): Promise<ProjectCopy> {
  const missing: string[] = [];
  const stored = await optional(() => db.snapshots.where('projectId').equals(project.id).toArray());
  if (!stored) missing.push('versi tersimpan (penyimpanan tidak terbaca)');
  const snapshots: ProjectFile['snapshots'] = (stored ?? [])
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((s) => ({ name: s.label, createdAt: s.createdAt, structure: s.project.structure }));
  let custom: Variant[] = [];
  if (project.variantId) {
    const inMemory = variants.find((v) => v.id === project.variantId);
    if (inMemory) custom = inMemory.origin === 'custom' ? [inMemory] : [];
    else {
      const record = await optional(() => db.variants.get(project.variantId!));
      if (record?.origin === 'custom') custom = [record.variant];
      else if (!record) missing.push(`varian “${project.variantId}” (tidak terbaca; varian bawaan tetap dikenali)`);
    }
  }
  const text = writeProjectFile(
    { name: project.name, structure: project.structure, variantId: project.variantId, options: project.options, pins: project.pins, customVariants: custom, snapshots },
    now
  );
  return { text, fileName: copyFileName(project.name), missing };
}
