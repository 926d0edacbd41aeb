// The project file (.bagan.json): a whole project in one JSON file, and the backup of all projects.
// Versioned, with ordered migrations; the structure part is exactly the structure v1 contract, so a plain
// structure file (format "bagan-kerja") also opens, as the oldest version of a project file.
import { z } from 'zod';
import { StructureSchema, STRUCTURE_FORMAT } from '../domain/structure.ts';
import { VariantSchema } from '../domain/variant.ts';
import { checkIntegrity, type Problem } from '../domain/integrity.ts';
import { checkVariantIntegrity } from '../domain/variant-integrity.ts';
import { parseJsonText, type ReadResult } from './read-json.ts';
import { zodProblems } from './zod-issues.ts';

export const PROJECT_FORMAT = 'bagan-kerja-proyek';
export const PROJECT_VERSION = 1;
export const BACKUP_FORMAT = 'bagan-kerja-cadangan';
export const BACKUP_VERSION = 1;

const SnapshotSchema = z.object({ name: z.string().min(1).max(200), createdAt: z.number(), structure: StructureSchema });

export const ProjectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  name: z.string().min(1).max(200),
  exportedAt: z.string().optional(),
  structure: StructureSchema,
  variantId: z.string().nullable().default(null),
  options: z.record(z.string(), z.string()).default({}),
  pins: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
  /** Variants the project uses that are not built in (a bureau's own drafts). */
  customVariants: z.array(VariantSchema).default([]),
  snapshots: z.array(SnapshotSchema).default([])
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  projects: z.array(ProjectFileSchema),
  variants: z.array(VariantSchema).default([])
});
export type Backup = z.infer<typeof BackupSchema>;

/** Ordered migrations: each takes the previous version's JSON and returns the next one's. */
const MIGRATIONS: { from: number; describe: string; up: (old: Record<string, unknown>) => Record<string, unknown> }[] = [
  {
    from: 0,
    describe: 'berkas struktur v1 → proyek v1',
    up: (old) => ({ format: PROJECT_FORMAT, version: 1, name: (typeof old.title === 'string' && old.title.trim()) || 'Struktur tanpa judul', structure: old })
  }
];

function versionOf(value: Record<string, unknown>): number | 'unknown' {
  if (value.format === STRUCTURE_FORMAT) return 0;
  if (value.format === PROJECT_FORMAT && typeof value.version === 'number') return value.version;
  return 'unknown';
}

function referenceProblems(file: ProjectFile, base: (string | number)[] = []): Problem[] {
  const problems = checkIntegrity(file.structure).map((p) => ({ ...p, path: [...base, 'structure', ...p.path] }));
  file.customVariants.forEach((v, i) => problems.push(...checkVariantIntegrity(v).map((p) => ({ ...p, path: [...base, 'customVariants', i, ...p.path] }))));
  file.snapshots.forEach((s, i) => problems.push(...checkIntegrity(s.structure).map((p) => ({ ...p, path: [...base, 'snapshots', i, 'structure', ...p.path] }))));
  return problems;
}

export function readProjectFile(value: unknown): ReadResult<ProjectFile> & { migratedFrom?: number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [{ path: [], message: 'Isi berkas harus berupa objek JSON proyek Bagan Kerja' }] };
  let data = value as Record<string, unknown>;
  const version = versionOf(data);
  if (version === 'unknown') return { ok: false, problems: [{ path: ['format'], message: `Bukan berkas proyek Bagan Kerja (format "${String(data.format ?? '')}")` }] };
  if (version > PROJECT_VERSION) return { ok: false, problems: [{ path: ['version'], message: `Berkas dibuat oleh versi Bagan Kerja yang lebih baru (proyek versi ${version}; aplikasi ini mengenal sampai versi ${PROJECT_VERSION}). Perbarui aplikasi untuk membukanya.` }] };
  for (const m of MIGRATIONS) if (versionOf(data) === m.from) data = m.up(data);
  const parsed = ProjectFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = referenceProblems(parsed.data);
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: parsed.data, warnings: [], ...(version < PROJECT_VERSION ? { migratedFrom: version } : {}) };
}

export function readProjectFileText(text: string): ReturnType<typeof readProjectFile> {
  const json = parseJsonText(text);
  return json.ok ? readProjectFile(json.value) : json;
}

export function writeProjectFile(p: Omit<ProjectFile, 'format' | 'version' | 'exportedAt'>, now = new Date()): string {
  const file: ProjectFile = { format: PROJECT_FORMAT, version: PROJECT_VERSION, exportedAt: now.toISOString(), ...p };
  return JSON.stringify(file, null, 2);
}

export function readBackupText(text: string): ReadResult<Backup> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const v = json.value as Record<string, unknown>;
  if (!v || typeof v !== 'object' || v.format !== BACKUP_FORMAT) return { ok: false, problems: [{ path: ['format'], message: 'Bukan berkas cadangan Bagan Kerja' }] };
  if (typeof v.version === 'number' && v.version > BACKUP_VERSION) return { ok: false, problems: [{ path: ['version'], message: `Cadangan dibuat oleh versi Bagan Kerja yang lebih baru (versi ${v.version})` }] };
  const parsed = BackupSchema.safeParse(v, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = parsed.data.projects.flatMap((p, i) => referenceProblems(p, ['projects', i]));
  parsed.data.variants.forEach((x, i) => problems.push(...checkVariantIntegrity(x).map((p) => ({ ...p, path: ['variants', i, ...p.path] }))));
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data, warnings: [] };
}

export function writeBackup(projects: ProjectFile[], variants: z.input<typeof VariantSchema>[], now = new Date()): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), projects, variants }, null, 2);
}
