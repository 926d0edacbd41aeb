// A project as stored in IndexedDB: a structure v1 plus everything the editor needs to reopen it
// exactly (variant, options, pins, UI state, undo history). Read through `restoreProject`, which
// validates and fills defaults, so an old or damaged record opens or fails with a reason.
import { z } from 'zod';
import { StructureSchema, type Structure } from '../domain/structure.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { emptyHistory, type History } from './history.ts';

export const LAYERS = ['kedudukan', 'performance', 'rating', 'assignment', 'reporting', 'team'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABEL: Record<Layer, string> = {
  kedudukan: 'Kedudukan',
  performance: 'Penetapan kinerja',
  rating: 'Penilaian kinerja',
  assignment: 'Penugasan',
  reporting: 'Pelaporan',
  team: 'Tim Kerja'
};

export const UiStateSchema = z.object({
  layers: z.record(z.string(), z.boolean()).default({ kedudukan: true, rating: true }),
  collapsed: z.array(z.string()).default([]),
  selection: z.array(z.string()).default([]),
  /** How units are laid out: the direct tree layout (default) or ELK layered in its Web Worker. */
  layoutEngine: z.enum(['tree', 'elk']).optional()
});
export type UiState = z.infer<typeof UiStateSchema>;

const HistorySchema = z.object({ past: z.array(z.any()).default([]), future: z.array(z.any()).default([]) });

export const ProjectSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  structure: StructureSchema,
  variantId: z.string().nullable().default(null),
  options: z.record(z.string(), z.string()).default({}),
  /** Boxes the user placed by hand, by position id (layout hints, honoured by the layout). */
  pins: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
  ui: UiStateSchema.default({ layers: { kedudukan: true, rating: true }, collapsed: [], selection: [] }),
  history: HistorySchema.default({ past: [], future: [] }),
  /** Bumped on every save; a save expecting an older revision was overtaken by another tab. */
  revision: z.number().int().min(0).default(0),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Soft delete, so "Hapus" can be undone from the home page. */
  deletedAt: z.number().nullable().default(null)
});
export type Project = z.infer<typeof ProjectSchema>;

export function restoreProject(value: unknown): { ok: true; project: Project } | { ok: false; reason: string } {
  const parsed = ProjectSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `Data proyek rusak: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  const problems = checkIntegrity(parsed.data.structure);
  if (problems.length > 0) return { ok: false, reason: `Struktur proyek tidak utuh: ${problems[0].path.join('.')}: ${problems[0].message}` };
  return { ok: true, project: { ...parsed.data, history: parsed.data.history as History } };
}

export function newProject(id: string, name: string, structure: Structure, variantId: string | null, now = Date.now()): Project {
  return {
    id,
    name,
    structure,
    variantId,
    options: {},
    pins: {},
    ui: { layers: { kedudukan: true, rating: true }, collapsed: [], selection: [] },
    history: emptyHistory(),
    revision: 0,
    createdAt: now,
    updatedAt: now,
    deletedAt: null
  };
}
