// Structure file v1: the public contract of ../shared/design/interchange.md, as zod schemas that are
// the single source of the TypeScript types. Optional fields beyond the contract (workUnder,
// assignments, …) are additive: a v1 reader that ignores them still reads the file correctly.
import { z } from 'zod';
import { GRADES, LEVELS, UNIT_TYPES } from './vocabulary.ts';

export const STRUCTURE_FORMAT = 'bagan-kerja';
export const STRUCTURE_VERSION = 1;

const Id = z.string().trim().min(1).max(200);
const Text = z.string().max(500);
/** A calendar date, "YYYY-MM-DD" (compared as text, which orders ISO dates correctly). */
const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Tanggal harus berbentuk TTTT-BB-HH');

/** Pendidikan terakhir, lowest first (Ketua Tim criterion for Pelaksana, e.g. "pendidikan minimal sarjana"). */
export const PENDIDIKAN = ['sd', 'smp', 'sma', 'd1', 'd2', 'd3', 'd4', 's1', 's2', 's3'] as const;
export type Pendidikan = (typeof PENDIDIKAN)[number];
export const PENDIDIKAN_LABEL: Record<Pendidikan, string> = { sd: 'SD', smp: 'SMP', sma: 'SMA/SMK', d1: 'D-I', d2: 'D-II', d3: 'D-III', d4: 'D-IV', s1: 'S-1', s2: 'S-2', s3: 'S-3' };

export const UnitSchema = z.object({
  id: Id,
  name: Text.min(1),
  type: z.enum(UNIT_TYPES),
  parent: Id.nullable().default(null),
  /** Name of another Instansi Pemerintah this unit belongs to (a guest unit drawn for its team members); absent = this Pemda. */
  instansi: Text.min(1).optional()
});
export type Unit = z.infer<typeof UnitSchema>;

export const PositionSchema = z.object({
  id: Id,
  unit: Id,
  title: Text.min(1),
  level: z.enum(LEVELS),
  grade: z.enum(GRADES).optional(),
  parent: Id.nullable().default(null),
  count: z.number().int().min(1).max(100000).optional(),
  holders: z.array(Text).max(100000).optional(),
  classGrade: z.number().int().min(1).max(17).optional(),
  need: z.number().int().min(0).max(100000).optional(),
  /** Pimpinan Unit Kerja when it differs from the kedudukan parent (Karanganyar G14-PEN, Cilegon P2/P3). */
  workUnder: Id.optional(),
  /** JF that were structural officials before penyederhanaan (Ketua Tim criterion in several variants). */
  terdampak: z.boolean().optional(),
  /** Pangkat/golongan ruang, e.g. "III/d" (Ketua Tim criterion for Pelaksana). */
  golongan: z.string().regex(/^(I|II|III|IV)\/[a-e]$/).optional(),
  /** Has managerial experience or competence (Ketua Tim criterion). */
  managerial: z.boolean().optional(),
  /** Pendidikan terakhir (Ketua Tim criterion for Pelaksana). */
  pendidikan: z.enum(PENDIDIKAN).optional(),
  /** Has experience in the field of the work (Ketua Tim criterion for Pelaksana, "pengalaman di bidang kerja"). */
  pengalamanRelevan: z.boolean().optional(),
  /** Holds PPK authority by delegation ("pejabat lain yang diberi pendelegasian kewenangan") though below the usual rank. */
  delegatedPpk: z.boolean().optional(),
  /** The official who coordinates this JF/Pelaksana's work "seperti ketua tim" in a unit with more than two levels. */
  coordinator: Id.optional(),
  /** The node exists from / until these dates (e.g. a Subkoordinator abolished before a regulation took effect). */
  effectiveFrom: IsoDate.optional(),
  effectiveUntil: IsoDate.optional()
});
export type Position = z.infer<typeof PositionSchema>;

export const TeamSchema = z.object({
  id: Id,
  name: Text.min(1),
  owner: Id,
  lead: Id.nullable().optional(),
  members: z.array(Id).max(100000),
  /** Nomor Keputusan pembentukan tim. */
  decree: Text.optional()
});
export type Team = z.infer<typeof TeamSchema>;

export const ASSIGNMENT_MODES = ['penunjukan', 'sukarela'] as const;
export const ASSIGNMENT_STATUSES = ['draf', 'diajukan', 'disetujui', 'ditolak', 'terbit'] as const;
/** How the request (permohonan/keinginan) was made: some procedures require it in writing. */
export const REQUEST_FORMS = ['tertulis', 'lisan'] as const;

/** A penugasan of a JF/Pelaksana to a target of another unit (or instansi). */
export const AssignmentSchema = z.object({
  id: Id,
  assignee: Id,
  /** The unit owning the target; null with `externalInstansi` for a target outside this Pemda. */
  owner: Id.nullable(),
  externalInstansi: Text.optional(),
  mode: z.enum(ASSIGNMENT_MODES),
  purpose: Text.optional(),
  competence: Text.optional(),
  target: Text.optional(),
  duration: Text.optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  status: z.enum(ASSIGNMENT_STATUSES).default('draf'),
  rejectionReason: Text.optional(),
  /** The official within `owner` who owns the target (e.g. the Kepala Bidang), when the Unit Organisasi is narrower than the unit. */
  ownerPosition: Id.optional(),
  requestForm: z.enum(REQUEST_FORMS).optional(),
  /** The atasan langsung who signed "Mengetahui" on the request. */
  acknowledgedBy: Id.optional()
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const StructureSchema = z.object({
  format: z.literal(STRUCTURE_FORMAT),
  version: z.literal(STRUCTURE_VERSION),
  title: Text.default(''),
  units: z.array(UnitSchema).max(200000),
  positions: z.array(PositionSchema).max(200000),
  teams: z.array(TeamSchema).max(100000).default([]),
  assignments: z.array(AssignmentSchema).max(100000).default([])
});
export type Structure = z.infer<typeof StructureSchema>;
/** What callers may write before defaults are filled in. */
export type StructureInput = z.input<typeof StructureSchema>;
