// "Unduh cadangan" and "Pulihkan dari cadangan": every project (with its named versions) and every
// custom variant in one file (format `bagan-kerja-cadangan`, src/lib/io/project-file.ts), and back.
// A restore validates the whole file and builds every record before writing anything, then writes in
// one IndexedDB transaction: it lands completely or not at all.
import type { BaganDatabase, SnapshotRecord, VariantRecord } from './db.ts';
import { newProject, restoreProject, type Project } from './project.ts';
import { newProjectId } from './projects.ts';
import type { Variant } from '../domain/variant.ts';
import { parseJsonText, type ReadResult } from '../io/read-json.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackupText, readProjectFile, writeBackup, type Backup, type ProjectFile } from '../io/project-file.ts';

export type RestoreMode = 'new' | 'replace';

export interface BackupFile {
  text: string;
  fileName: string;
  projects: number;
  variants: number;
}

export interface RestoreReport {
  projects: number;
  variants: number;
  /** Variant ids not written, with why (Bahasa Indonesia). */
  skipped: { id: string; reason: string }[];
}

function projectFile(p: Project, snapshots: SnapshotRecord[]): ProjectFile {
  return {
    format: 'bagan-kerja-proyek',
    version: 1,
    name: p.name,
    structure: p.structure,
    variantId: p.variantId,
    options: p.options,
    pins: p.pins,
    customVariants: [],
    snapshots: snapshots.map((s) => ({ name: s.label, createdAt: s.createdAt, structure: s.project.structure }))
  };
}

/** Every live project and every custom variant, read in one transaction so the file is consistent. */
export async function createBackup(db: BaganDatabase, now = new Date()): Promise<BackupFile> {
  const { projects, snapshots, variants } = await db.transaction('r', db.projects, db.snapshots, db.variants, async () => ({
    projects: (await db.projects.toArray()).filter((p) => p.deletedAt === null),
    snapshots: await db.snapshots.toArray(),
    variants: (await db.variants.toArray()).filter((v) => v.origin === 'custom')
  }));
  projects.sort((a, b) => a.createdAt - b.createdAt);
  const files = projects.map((p) => projectFile(p, snapshots.filter((s) => s.projectId === p.id).sort((a, b) => a.createdAt - b.createdAt)));
  const text = writeBackup(files, variants.map((v) => v.variant), now);
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return { text, fileName: `bagan-kerja-cadangan-${stamp}.json`, projects: files.length, variants: variants.length };
}

/**
 * Reads a file chosen for restore: a backup, or a single project or structure file (restored as one
 * project). Everything is validated here; nothing is written.
 */
export function readRestoreText(text: string): ReadResult<Backup> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const format = (json.value as { format?: unknown } | null)?.format;
  if (format === BACKUP_FORMAT) return readBackupText(text);
  const single = readProjectFile(json.value);
  if (!single.ok) {
    if (single.problems[0]?.path[0] === 'format')
      return { ok: false, problems: [{ path: ['format'], message: 'Bukan berkas cadangan, proyek, atau struktur Bagan Kerja' }] };
    return single;
  }
  return { ok: true, value: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: single.value.exportedAt ?? '', projects: [single.value], variants: [] }, warnings: [] };
}

interface Plan {
  projects: Project[];
  snapshots: SnapshotRecord[];
  variants: Variant[];
}

/** Builds (and validates again, as stored records) everything a restore will write. */
function plan(backup: Backup, takenNames: Set<string>, now: number): Plan | { error: string } {
  const out: Plan = { projects: [], snapshots: [], variants: [] };
  const seen = new Set<string>();
  for (const v of [...backup.variants, ...backup.projects.flatMap((p) => p.customVariants)]) {
    if (seen.has(v.id)) continue;
    seen.add(v.id);
    out.variants.push({ ...v, origin: 'custom' });
  }
  for (const [i, file] of backup.projects.entries()) {
    let name = file.name;
    if (takenNames.has(name)) name = `${name.slice(0, 185)} (dipulihkan)`;
    takenNames.add(name);
    const p: Project = { ...newProject(newProjectId(), name, file.structure, file.variantId, now + i), options: file.options, pins: file.pins };
    const checked = restoreProject(p);
    if (!checked.ok) return { error: `Proyek “${file.name}”: ${checked.reason}` };
    out.projects.push(checked.project);
    for (const s of file.snapshots)
      out.snapshots.push({ projectId: p.id, label: s.name, createdAt: s.createdAt, project: { ...checked.project, structure: s.structure } });
  }
  return out;
}

/**
 * Writes a validated backup. 'new' adds every project beside the existing ones (a clashing name gets
 * "(dipulihkan)"; an existing custom variant with the same id is kept). 'replace' first removes every
 * project, version and custom variant (the caller asks the user to confirm that).
 */
export async function restoreBackup(db: BaganDatabase, backup: Backup, mode: RestoreMode, now = Date.now()): Promise<RestoreReport> {
  return db.transaction('rw', db.projects, db.snapshots, db.variants, async () => {
    const taken = new Set(mode === 'new' ? (await db.projects.toArray()).filter((p) => p.deletedAt === null).map((p) => p.name) : []);
    const built = plan(backup, taken, now);
    if ('error' in built) throw new Error(built.error);
    if (mode === 'replace') {
      await db.projects.clear();
      await db.snapshots.clear();
      await db.variants.where('origin').equals('custom').delete();
    }
    const skipped: RestoreReport['skipped'] = [];
    let variants = 0;
    for (const v of built.variants) {
      const stored = await db.variants.get(v.id);
      if (stored?.origin === 'builtin') {
        skipped.push({ id: v.id, reason: 'id milik varian bawaan; varian bawaan tidak ditimpa' });
        continue;
      }
      if (stored) {
        skipped.push({ id: v.id, reason: 'varian sendiri dengan id ini sudah ada; yang tersimpan dipertahankan' });
        continue;
      }
      const record: VariantRecord = { id: v.id, origin: 'custom', revision: v.revision, variant: v, updatedAt: now };
      await db.variants.add(record);
      variants++;
    }
    await db.projects.bulkAdd(built.projects);
    if (built.snapshots.length) await db.snapshots.bulkAdd(built.snapshots);
    return { projects: built.projects.length, variants, skipped };
  });
}
