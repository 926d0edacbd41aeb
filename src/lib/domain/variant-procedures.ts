// The procedures of a variant: penugasan workflows (steps, statuses, request form, acknowledgement),
// the readings of "Unit Organisasi" and "instansi", and the evaluation of results with its rework loop.
import { z } from 'zod';
import { UNIT_TYPES } from './vocabulary.ts';
import { BasisSchema, Key, OptionConditionSchema, PositionMatchSchema, Text } from './variant-base.ts';

export const WorkflowStepSchema = z.object({
  id: Key,
  actor: Key,
  action: Text,
  to: Key.optional(),
  document: Text.optional(),
  /** Status the assignment reaches after this step. */
  status: z.enum(['draf', 'diajukan', 'disetujui', 'ditolak', 'terbit']).optional(),
  branch: z.enum(['approve', 'reject']).optional(),
  basis: BasisSchema
});

export const WorkflowSchema = z.object({
  id: Key,
  label: Text,
  mode: z.enum(['penunjukan', 'sukarela']),
  scope: z.enum(['intra_uo', 'lintas_uo', 'lintas_instansi']),
  allowed: z.boolean().default(true),
  requiredContents: z.array(Key).default([]),
  /** The form the request must take; a request in another form gets no letter (advanceAssignment refuses). */
  requestForm: z.object({ form: z.enum(['tertulis', 'lisan']), basis: BasisSchema }).optional(),
  /** The atasan langsung (the assignee's nearest official) must sign "Mengetahui" on the request. */
  acknowledgement: z.object({ label: Text, basis: BasisSchema }).optional(),
  steps: z.array(WorkflowStepSchema).default([]),
  basis: BasisSchema
});
export type Workflow = z.infer<typeof WorkflowSchema>;

/**
 * What a Unit Organisasi is when an assignment is classified as within or across Unit Organisasi; the
 * first entry whose `when` holds decides, none means `unit`. `unit`: the same unit of the structure.
 * `perangkat_daerah`: the same top-level unit (a Bagian unit inside the Setda counts as the Setda).
 * `rentang_pimpinan`: in the same unit, and within the span (kedudukan subtree) of the official owning
 * the target (`ownerPosition`, else the owner unit's head): two Bidang of one Dinas are two UOs.
 */
export const UNIT_ORGANISASI_SCOPES = ['unit', 'perangkat_daerah', 'rentang_pimpinan'] as const;
export const UnitOrganisasiScopeSchema = z.object({ when: OptionConditionSchema.optional(), by: z.enum(UNIT_ORGANISASI_SCOPES), basis: BasisSchema });

/**
 * What counts as another Instansi Pemerintah for team members: `pemda` (only a unit with its own
 * `instansi`), or `perangkat_daerah` (also another top-level unit of this Pemda). First `when` that holds.
 */
export const InstansiScopeSchema = z.object({ when: OptionConditionSchema.optional(), by: z.enum(['pemda', 'perangkat_daerah']), basis: BasisSchema });

/** One step of the evaluation of results (tahap evaluasi): review, rework loop, acceptance. */
export const ReviewStepSchema = z.object({
  id: Key,
  /** staff (individu), ketua, ppk, puo (Pimpinan Unit Organisasi), or a variant-specific key. */
  actor: Key,
  action: Text,
  to: Key.optional(),
  /** The outcome this step follows: results meet the target (sesuai) or not (tidak_sesuai). */
  outcome: z.enum(['sesuai', 'tidak_sesuai']).optional(),
  /** Rework loop: the earlier step the results go back to. */
  returnTo: Key.optional(),
  /** The activity is declared finished at this step (acceptance). */
  closes: z.boolean().optional(),
  basis: BasisSchema
});

/** The evaluation of results for the units it names (all when `unitTypes` is absent). */
export const ResultsReviewSchema = z.object({
  id: Key,
  label: Text,
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  /** The unit's head must match (e.g. a Unit Organisasi led by a Pejabat Fungsional). */
  head: PositionMatchSchema.optional(),
  when: OptionConditionSchema.optional(),
  steps: z.array(ReviewStepSchema).min(1),
  basis: BasisSchema
});
export type ResultsReview = z.infer<typeof ResultsReviewSchema>;
