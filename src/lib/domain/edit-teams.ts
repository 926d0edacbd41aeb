// Editing Tim Kerja and penugasan as pure functions (same contract as edit.ts), so the store records
// each change as one undoable step. A position may sit in several teams; members come from any unit.
// Status changes go through workflow.advanceAssignment, so the UI cannot skip or invent a step.
import type { Assignment, Structure, Team } from './structure.ts';
import type { OptionValues, Variant } from './variant.ts';
import type { EditResult, IdMaker } from './edit.ts';
import { advanceAssignment, type AssignmentStatus } from './workflow.ts';

export interface TeamDraft {
  name: string;
  owner: string;
  decree?: string;
  members?: string[];
  lead?: string | null;
}

const clean = (v: string | undefined) => (v === undefined ? undefined : v.trim() || undefined);

function unitExists(s: Structure, id: string): boolean {
  return s.units.some((u) => u.id === id);
}
function positionExists(s: Structure, id: string): boolean {
  return s.positions.some((p) => p.id === id);
}
function replaceTeam(s: Structure, team: Team): Structure {
  return { ...s, teams: s.teams.map((t) => (t.id === team.id ? team : t)) };
}

export function addTeam(s: Structure, draft: TeamDraft, newId: IdMaker): EditResult {
  if (!unitExists(s, draft.owner)) return { ok: false, reason: 'Unit pemilik kinerja tidak ditemukan' };
  const members = [...new Set((draft.members ?? []).filter((m) => positionExists(s, m)))];
  const lead = draft.lead && members.includes(draft.lead) ? draft.lead : null;
  const team: Team = { id: newId('tim'), name: draft.name.trim() || 'Tim Kerja baru', owner: draft.owner, lead, members };
  const decree = clean(draft.decree);
  if (decree) team.decree = decree;
  return { ok: true, structure: { ...s, teams: [...s.teams, team] }, ids: [team.id] };
}

export type TeamPatch = Partial<Pick<Team, 'name' | 'owner' | 'decree'>>;

export function updateTeam(s: Structure, id: string, patch: TeamPatch): EditResult {
  const old = s.teams.find((t) => t.id === id);
  if (!old) return { ok: false, reason: 'Tim Kerja tidak ditemukan' };
  if (patch.owner !== undefined && !unitExists(s, patch.owner)) return { ok: false, reason: 'Unit pemilik kinerja tidak ditemukan' };
  const next: Team = { ...old };
  if (patch.name !== undefined && patch.name.trim() !== '') next.name = patch.name.trim();
  if (patch.owner !== undefined) next.owner = patch.owner;
  if ('decree' in patch) {
    const d = clean(patch.decree);
    if (d) next.decree = d;
    else delete next.decree;
  }
  return { ok: true, structure: replaceTeam(s, next), ids: [id] };
}

export function removeTeam(s: Structure, id: string): EditResult {
  if (!s.teams.some((t) => t.id === id)) return { ok: false, reason: 'Tim Kerja tidak ditemukan' };
  return { ok: true, structure: { ...s, teams: s.teams.filter((t) => t.id !== id) }, ids: [id] };
}

/** Adds positions (in order, skipping those already in) to a team. */
export function addTeamMembers(s: Structure, id: string, positions: readonly string[]): EditResult {
  const old = s.teams.find((t) => t.id === id);
  if (!old) return { ok: false, reason: 'Tim Kerja tidak ditemukan' };
  const missing = positions.find((p) => !positionExists(s, p));
  if (missing !== undefined) return { ok: false, reason: 'Jabatan tidak ditemukan' };
  const fresh = positions.filter((p, i) => !old.members.includes(p) && positions.indexOf(p) === i);
  if (fresh.length === 0) return { ok: false, reason: 'Jabatan itu sudah menjadi anggota tim' };
  return { ok: true, structure: replaceTeam(s, { ...old, members: [...old.members, ...fresh] }), ids: fresh };
}

/** Removes a member; a removed Ketua leaves the team without a Ketua. */
export function removeTeamMember(s: Structure, id: string, position: string): EditResult {
  const old = s.teams.find((t) => t.id === id);
  if (!old) return { ok: false, reason: 'Tim Kerja tidak ditemukan' };
  if (!old.members.includes(position)) return { ok: false, reason: 'Jabatan itu bukan anggota tim' };
  const members = old.members.filter((m) => m !== position);
  return { ok: true, structure: replaceTeam(s, { ...old, members, lead: old.lead === position ? null : (old.lead ?? null) }), ids: [position] };
}

/** The Ketua must be a member (the variants' teams draw members → Ketua lines). */
export function setTeamLead(s: Structure, id: string, lead: string | null): EditResult {
  const old = s.teams.find((t) => t.id === id);
  if (!old) return { ok: false, reason: 'Tim Kerja tidak ditemukan' };
  if (lead !== null && !old.members.includes(lead)) return { ok: false, reason: 'Ketua Tim harus anggota tim' };
  return { ok: true, structure: replaceTeam(s, { ...old, lead }), ids: lead ? [lead] : [] };
}

export type AssignmentDraft = Omit<Assignment, 'id' | 'status' | 'rejectionReason'>;

function validTarget(s: Structure, a: Pick<Assignment, 'assignee' | 'owner' | 'externalInstansi'>): string | null {
  const p = s.positions.find((x) => x.id === a.assignee);
  if (!p) return 'Jabatan yang ditugaskan tidak ditemukan';
  if (p.level !== 'fungsional' && p.level !== 'pelaksana') return 'Penugasan hanya untuk Pejabat Fungsional atau Pelaksana';
  if (a.owner === null && !a.externalInstansi?.trim()) return 'Sebutkan instansi yang dituju';
  if (a.owner !== null && !unitExists(s, a.owner)) return 'Unit pemilik kinerja tidak ditemukan';
  return null;
}

function tidy(a: Assignment): Assignment {
  const out: Record<string, unknown> = { ...a };
  for (const k of ['externalInstansi', 'purpose', 'competence', 'target', 'duration', 'start', 'end', 'rejectionReason'] as const) {
    const v = clean(out[k] as string | undefined);
    if (v) out[k] = v;
    else delete out[k];
  }
  if (a.owner !== null) delete out.externalInstansi;
  return out as Assignment;
}

export function addAssignment(s: Structure, draft: AssignmentDraft, newId: IdMaker): EditResult {
  const bad = validTarget(s, draft);
  if (bad) return { ok: false, reason: bad };
  const a = tidy({ ...draft, id: newId('penugasan'), status: 'draf' });
  return { ok: true, structure: { ...s, assignments: [...s.assignments, a] }, ids: [a.id] };
}

export type AssignmentPatch = Partial<Omit<Assignment, 'id' | 'status' | 'rejectionReason'>>;

/** Edits the contents of a penugasan; only a draf can change, a submitted request is a document. */
export function updateAssignment(s: Structure, id: string, patch: AssignmentPatch): EditResult {
  const old = s.assignments.find((a) => a.id === id);
  if (!old) return { ok: false, reason: 'Penugasan tidak ditemukan' };
  if (old.status !== 'draf') return { ok: false, reason: 'Penugasan yang sudah diajukan tidak dapat diubah; kembalikan ke draf dulu' };
  const next = tidy({ ...old, ...patch });
  const bad = validTarget(s, next);
  if (bad) return { ok: false, reason: bad };
  return { ok: true, structure: { ...s, assignments: s.assignments.map((a) => (a.id === id ? next : a)) }, ids: [id] };
}

export function removeAssignment(s: Structure, id: string): EditResult {
  if (!s.assignments.some((a) => a.id === id)) return { ok: false, reason: 'Penugasan tidak ditemukan' };
  return { ok: true, structure: { ...s, assignments: s.assignments.filter((a) => a.id !== id) }, ids: [id] };
}

/** Back to draf (to correct a request or re-submit after a refusal); the refusal reason is dropped. */
export function reopenAssignment(s: Structure, id: string): EditResult {
  const old = s.assignments.find((a) => a.id === id);
  if (!old) return { ok: false, reason: 'Penugasan tidak ditemukan' };
  if (old.status === 'draf') return { ok: false, reason: 'Penugasan masih draf' };
  const next: Assignment = { ...old, status: 'draf' };
  delete next.rejectionReason;
  return { ok: true, structure: { ...s, assignments: s.assignments.map((a) => (a.id === id ? next : a)) }, ids: [id] };
}

/** Moves a penugasan one step along its variant's procedure (refusals carry their citation). */
export function advanceAssignmentIn(s: Structure, variant: Variant, id: string, to: AssignmentStatus, reason?: string, options?: OptionValues): EditResult {
  const old = s.assignments.find((a) => a.id === id);
  if (!old) return { ok: false, reason: 'Penugasan tidak ditemukan' };
  const r = advanceAssignment(s, variant, old, to, reason, options);
  if (!r.ok) return { ok: false, reason: r.basis ? `${r.message} (${r.basis.ref})` : r.message };
  return { ok: true, structure: { ...s, assignments: s.assignments.map((a) => (a.id === id ? r.assignment : a)) }, ids: [id] };
}
