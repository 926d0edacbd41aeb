// The variant format: one regulation (Perbup/Perwali "Sistem Kerja") as data. The engine is generic;
// everything region-specific lives in models/variants/*.json and is validated by these schemas.
// Every rule, check and option carries its legal basis (seed file, pasal/lampiran/gambar, quote).
import { z } from 'zod';
import { LEVELS, LINE_KINDS, SEVERITIES, UNIT_TYPES } from './vocabulary.ts';
import { BasisSchema, Key, OptionConditionSchema, PositionMatchSchema, Text } from './variant-base.ts';
import { InstansiScopeSchema, ResultsReviewSchema, UnitOrganisasiScopeSchema, WorkflowSchema } from './variant-procedures.ts';
export { BasisSchema, OptionConditionSchema, PositionMatchSchema, type Basis, type OptionCondition, type PositionMatch } from './variant-base.ts';
export * from './variant-procedures.ts';
import { PENDIDIKAN } from './structure.ts';

export const VARIANT_FORMAT = 'bagan-kerja-variant';
export const VARIANT_VERSION = 1;

export const RoleSchema = z.object({
  id: Key,
  label: Text,
  match: PositionMatchSchema.omit({ roles: true }),
  basis: BasisSchema.optional()
});
export type Role = z.infer<typeof RoleSchema>;

export const OptionChoiceSchema = z.object({
  value: Key,
  label: Text,
  basis: z.array(BasisSchema).min(1)
});

/** An ambiguity the text leaves open, made explicit and switchable. */
export const OptionSchema = z
  .object({
    key: Key,
    label: Text,
    /** The question the text leaves open, in Bahasa Indonesia. */
    question: Text,
    default: Key,
    choices: z.array(OptionChoiceSchema).min(2)
  })
  .refine((o) => o.choices.some((c) => c.value === o.default), {
    message: 'Nilai bawaan harus salah satu pilihan',
    path: ['default']
  });
export type Option = z.infer<typeof OptionSchema>;

export const FindingTemplateSchema = z.object({
  severity: z.enum(SEVERITIES),
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/),
  message: Text
});
export type FindingTemplate = z.infer<typeof FindingTemplateSchema>;

/**
 * Rater search: start at the staff member's kedudukan parent; the first rule whose conditions hold
 * decides. `allow`: this candidate is the Pejabat Penilai Kinerja. `skip`: not eligible, look at the
 * next official up. `refuse`: no rater (error). With no rule matching, a structural official or a
 * unit head is allowed and anyone else is skipped.
 */
export const RaterRuleSchema = z.object({
  id: Key,
  candidate: PositionMatchSchema,
  staff: PositionMatchSchema.optional(),
  when: OptionConditionSchema.optional(),
  effect: z.enum(['allow', 'skip', 'refuse']),
  finding: FindingTemplateSchema.optional(),
  basis: BasisSchema
});
export type RaterRule = z.infer<typeof RaterRuleSchema>;

/**
 * Position-relative selectors. Team selectors are valid in team line rules only.
 * - self, kedudukanParent, structuralParent (nearest structural ancestor), rater (PPK),
 *   unitHead (PUO of the subject's unit), workUnitHead (PUK: `workUnder`, else the rater),
 *   parentUnitHead (head of the parent unit, e.g. the Kepala Dinas for a UPT),
 *   raterOfRater (the PPK's own superior).
 */
export const SELECTORS = [
  'self',
  'kedudukanParent',
  'structuralParent',
  'rater',
  'unitHead',
  'workUnitHead',
  'parentUnitHead',
  'raterOfRater',
  /** The position's `coordinator` (the official coordinating it "seperti ketua tim"), if set. */
  'coordinator'
] as const;
export const TEAM_SELECTORS = [
  'member',
  'lead',
  'ownerHead',
  'leadRater',
  'memberRater',
  'memberUnitHead',
  /** The member's `workUnder` (the official whose unit it works in), if set. */
  'memberWorkUnder',
  /** The member's nearest official above it in the kedudukan tree. */
  'memberStructuralParent',
  /** The Ketua Tim, or the owner unit's head when the team has no Ketua. */
  'leadOrOwnerHead'
] as const;

export const LineRuleSchema = z.object({
  id: Key,
  kind: z.enum(LINE_KINDS),
  /** e.g. formal/operational assignment, accountable/results reporting, perjanjian kinerja. */
  subKind: Key,
  label: Text,
  subject: PositionMatchSchema,
  from: z.enum(SELECTORS),
  to: z.enum(SELECTORS),
  /** "dan/atau" lines: drawn as optional (thin/secondary). */
  optional: z.boolean().optional(),
  /** Not drawn when `from` is the same position as one of these (e.g. the PUO's line when it is also the PPK). */
  unlessFromIs: z.array(z.enum(SELECTORS)).optional(),
  when: OptionConditionSchema.optional(),
  basis: BasisSchema
});
export type LineRule = z.infer<typeof LineRuleSchema>;

export const TeamLineRuleSchema = z.object({
  id: Key,
  kind: z.enum(LINE_KINDS),
  subKind: Key,
  label: Text,
  /** One line per member (other than the lead), or one per team for the lead. */
  each: z.enum(['member', 'lead']),
  from: z.enum(TEAM_SELECTORS),
  to: z.enum(TEAM_SELECTORS),
  optional: z.boolean().optional(),
  when: OptionConditionSchema.optional(),
  basis: BasisSchema
});
export type TeamLineRule = z.infer<typeof TeamLineRuleSchema>;

const CheckBase = {
  severity: z.enum(SEVERITIES),
  when: OptionConditionSchema.optional(),
  basis: BasisSchema,
  /** Overrides the engine's generic message (Bahasa Indonesia). */
  message: Text.optional()
};

/** Structural checks. The engine implements each `check` once; variants switch them on with a basis. */
export const CheckSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('noRater'), ...CheckBase }),
  z.object({ check: z.literal('unitHead'), ...CheckBase }),
  z.object({ check: z.literal('staffUnderStaff'), ...CheckBase }),
  z.object({
    check: z.literal('raterMinLevel'),
    ...CheckBase,
    minLevel: z.enum(LEVELS),
    /** Raters allowed below the minimum (e.g. the JF head of a Puskesmas or Sekolah). */
    except: z.array(PositionMatchSchema).default([])
  }),
  z.object({
    check: z.literal('maxLevels'),
    ...CheckBase,
    max: z.number().int().min(1).max(10),
    unitTypes: z.array(z.enum(UNIT_TYPES)).optional()
  }),
  z.object({
    check: z.literal('placement'),
    ...CheckBase,
    code: z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/),
    message: Text,
    staff: PositionMatchSchema,
    parent: PositionMatchSchema
  }),
  z.object({ check: z.literal('teamLeadOutsideOwner'), ...CheckBase }),
  z.object({ check: z.literal('teamLeadNotStaff'), ...CheckBase }),
  z.object({ check: z.literal('teamStructuralMember'), ...CheckBase }),
  z.object({ check: z.literal('teamWithoutLead'), ...CheckBase }),
  z.object({ check: z.literal('sukarelaCrossInstansi'), ...CheckBase }),
  z.object({ check: z.literal('sukarelaCrossUnit'), ...CheckBase }),
  /** A penugasan without an end date (the text fixes "dalam periode waktu tertentu"). */
  z.object({ check: z.literal('assignmentWithoutEnd'), ...CheckBase }),
  /** A penugasan to another unit or instansi whose assignee is in no team of the owner unit. */
  z.object({ check: z.literal('assignmentOutsideTeam'), ...CheckBase }),
  /** A `workUnder` (Pimpinan Unit Kerja) that is neither the rater nor an official directly under the rater. */
  z.object({ check: z.literal('workUnitHeadUnderRater'), ...CheckBase }),
  /** A team whose owner unit has a Pengawas while its Ketua Tim is not a Pengawas. */
  z.object({ check: z.literal('teamLeadNotPengawas'), ...CheckBase }),
  /** A penugasan lacking a content its workflow (mode × scope) requires: purpose, competence, target, duration. */
  z.object({ check: z.literal('assignmentMissingContents'), ...CheckBase }),
  /** A request made in another form than its workflow's `requestForm` (e.g. oral where the text says "secara tertulis"). */
  z.object({ check: z.literal('assignmentRequestForm'), ...CheckBase }),
  /** A request whose workflow needs the atasan langsung's "Mengetahui" and has none, or one from someone else. */
  z.object({ check: z.literal('assignmentAcknowledgement'), ...CheckBase }),
  /** A structural Ketua Tim that matches none of `allowed` (e.g. only a Pengawas of a Sekretariat/Dinas/Badan). */
  z.object({ check: z.literal('teamLeadEligible'), ...CheckBase, allowed: z.array(PositionMatchSchema).min(1) }),
  /** A Pelaksana Ketua Tim below the requirements (pendidikan, golongan, pengalaman); unrecorded facts give `info`. */
  z.object({
    check: z.literal('ketuaPelaksanaRequirements'),
    ...CheckBase,
    minPendidikan: z.enum(PENDIDIKAN).optional(),
    minGolongan: z.string().regex(/^(I|II|III|IV)\/[a-e]$/).optional(),
    experience: z.boolean().default(false)
  }),
  /** A team with a member from another Instansi Pemerintah (see `instansiScope`): names who forms it (`teams.formedAcrossInstansi`). */
  z.object({ check: z.literal('teamAcrossInstansi'), ...CheckBase })
]);
export type Check = z.infer<typeof CheckSchema>;

export const KETUA_CRITERIA = [
  'jf_keahlian',
  'managerial',
  'highest_grade',
  'highest_golongan',
  'terdampak',
  'pengawas',
  'owner_unit'
] as const;

export const TeamPolicySchema = z.object({
  /** Ordered Ketua Tim criteria (lexicographic ranking). */
  ketuaCriteria: z
    .array(z.object({ criterion: z.enum(KETUA_CRITERIA), label: Text, basis: BasisSchema, when: OptionConditionSchema.optional() }))
    .default([]),
  formedBy: z.object({ label: Text, basis: BasisSchema }).optional(),
  /** Who forms a team whose members come from another Instansi Pemerintah (e.g. Keputusan Wali Kota). */
  formedAcrossInstansi: z.object({ label: Text, basis: BasisSchema }).optional()
});


export const UnitCoverageSchema = z.object({
  /** The text's own name of the pattern, e.g. "Gambar 4 — Dinas/Badan". */
  pattern: Text,
  basis: BasisSchema
});

export const VariantSchema = z.object({
  format: z.literal(VARIANT_FORMAT),
  version: z.literal(VARIANT_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/),
  /** Built-in (shipped in models/variants) or made by a bureau. */
  origin: z.enum(['builtin', 'custom']).default('builtin'),
  revision: z.number().int().min(1).default(1),
  identity: z.object({
    region: Text,
    province: Text,
    instrument: z.enum(['Peraturan Bupati', 'Peraturan Wali Kota', 'Rancangan']),
    number: z.string().min(1).max(40),
    year: z.number().int().min(1945).max(2100),
    title: Text,
    enacted: z.string().optional(),
    promulgated: z.string().optional(),
    gazette: z.string().optional(),
    signer: z.string().optional(),
    sourceFile: z.string().min(1)
  }),
  summary: Text,
  /** Unit types the text covers, each with the pattern it uses. Others get `fallback`. */
  coverage: z.partialRecord(z.enum(UNIT_TYPES), UnitCoverageSchema),
  fallback: z.object({ note: Text, basis: BasisSchema }),
  roles: z.array(RoleSchema).default([]),
  options: z.array(OptionSchema).default([]),
  raterRules: z.array(RaterRuleSchema),
  lineRules: z.array(LineRuleSchema),
  teamLineRules: z.array(TeamLineRuleSchema).default([]),
  checks: z.array(CheckSchema).default([]),
  teams: TeamPolicySchema.default({ ketuaCriteria: [] }),
  workflows: z.array(WorkflowSchema).default([]),
  unitOrganisasiScope: z.array(UnitOrganisasiScopeSchema).default([]),
  instansiScope: z.array(InstansiScopeSchema).default([]),
  resultsReviews: z.array(ResultsReviewSchema).default([])
});
export type Variant = z.infer<typeof VariantSchema>;
export type VariantInput = z.input<typeof VariantSchema>;

/** Option values chosen by the user, by option key. */
export type OptionValues = Record<string, string>;

export function defaultOptionValues(variant: Variant): OptionValues {
  return Object.fromEntries(variant.options.map((o) => [o.key, o.default]));
}
