// Assignment procedures (penugasan) as the variant describes them: which procedure applies to an
// assignment, whether the variant allows it at all, the real officials behind each actor, and the
// status transitions along the procedure (diajukan → disetujui/ditolak → surat penugasan terbit).
import type { Assignment, Structure } from './structure.ts';
import { headOfUnit, indexStructure, type StructureIndex } from './structure-index.ts';
import type { Basis, OptionValues, Variant, Workflow } from './variant.ts';
import { defaultOptionValues } from './variant.ts';
import { regulationName } from './citation.ts';
import { ASSIGNMENT_STATUSES } from './structure.ts';
import { assignmentScope, unitOrganisasiBy, type Scope, type UnitOrganisasiBy } from './assignment-scope.ts';

export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type { Scope };

export const SCOPE_LABEL: Record<Scope, string> = { intra_uo: 'dalam Unit Organisasi', lintas_uo: 'lintas Unit Organisasi', lintas_instansi: 'lintas Instansi' };
export const STATUS_LABEL: Record<AssignmentStatus, string> = { draf: 'Draf', diajukan: 'Diajukan', disetujui: 'Disetujui', ditolak: 'Ditolak', terbit: 'Surat penugasan terbit' };
export const CONTENT_LABEL: Record<string, string> = { purpose: 'maksud dan tujuan', competence: 'kompetensi (keahlian/keterampilan) yang dibutuhkan', target: 'ekspektasi target kinerja', duration: 'durasi/periode pelibatan' };

/** Within or across Unit Organisasi; `by` is the variant's reading (see assignment-scope.ts), by unit id when not given. */
export function scopeOf(structure: Structure, a: Assignment, index: StructureIndex = indexStructure(structure), by: UnitOrganisasiBy = 'unit'): Scope {
  return assignmentScope(index, a, by);
}

/** Within or across Unit Organisasi as the variant reads it under the given options (its defaults for the rest). */
export function variantScopeOf(structure: Structure, variant: Variant, a: Assignment, options: OptionValues = {}, index?: StructureIndex): Scope {
  return scopeOf(structure, a, index, unitOrganisasiBy(variant, { ...defaultOptionValues(variant), ...options }).by);
}

export type WorkflowChoice = { ok: true; workflow: Workflow } | { ok: false; message: string; basis: Basis };

export function workflowFor(variant: Variant, mode: Assignment['mode'], scope: Scope): WorkflowChoice {
  const w = variant.workflows.find((x) => x.mode === mode && x.scope === scope);
  const what = `${mode === 'penunjukan' ? 'Penunjukan' : 'Pengajuan sukarela'} ${SCOPE_LABEL[scope]}`;
  if (!w) return { ok: false, message: `${what} tidak diatur oleh ${regulationName(variant)}.`, basis: variant.fallback.basis };
  if (!w.allowed) return { ok: false, message: `${what} tidak dimungkinkan menurut varian ini.`, basis: w.basis };
  return { ok: true, workflow: w };
}

export interface Actor {
  key: string;
  label: string;
  /** The official of this structure, when the actor is one. */
  position?: string;
}

const ACTOR_LABEL: Record<string, string> = {
  staff: 'PF/Pelaksana yang ditugaskan',
  ppk: 'Pejabat Penilai Kinerja',
  home_ppk: 'Pejabat Penilai Kinerja asal',
  puo: 'Pimpinan Unit Organisasi',
  home_puo: 'Pimpinan Unit Organisasi asal',
  owner_puo: 'Pimpinan Unit Organisasi pemilik kinerja',
  owner_ppk: 'Pejabat Penilai Kinerja pemilik kinerja',
  target_ppk: 'Pejabat Penilai Kinerja yang dituju',
  pyb: 'Pejabat yang Berwenang',
  pyb_pemohon: 'Pejabat yang Berwenang (instansi pemohon)',
  pyb_dituju: 'Pejabat yang Berwenang (instansi yang dituju)',
  pyb_target: 'Pejabat yang Berwenang (instansi yang dituju)',
  ketua: 'Ketua Tim'
};

export function resolveActor(key: string, structure: Structure, a: Assignment, rater: (positionId: string) => string | null, index: StructureIndex = indexStructure(structure)): Actor {
  const label = ACTOR_LABEL[key] ?? key.replace(/_/g, ' ');
  const assignee = index.positions.get(a.assignee);
  const homeHead = assignee ? headOfUnit(index, assignee.unit)?.id : undefined;
  const ownerHead = a.owner ? headOfUnit(index, a.owner)?.id : undefined;
  const position = (() => {
    switch (key) {
      case 'staff':
        return a.assignee;
      case 'ppk':
      case 'home_ppk':
        return rater(a.assignee) ?? undefined;
      case 'puo':
      case 'home_puo':
        return homeHead;
      case 'owner_puo':
        return ownerHead;
      case 'owner_ppk':
        return ownerHead;
      case 'target_ppk':
        // Across instansi the "target" is this Pemda's own staff member's PPK.
        return a.owner === null ? (rater(a.assignee) ?? undefined) : undefined;
      default:
        return undefined;
    }
  })();
  return { key, label, ...(position ? { position } : {}) };
}

/** Statuses along the approve path, in order, and whether a reject branch exists. */
export function statusPath(w: Workflow): { path: AssignmentStatus[]; canReject: boolean } {
  const path: AssignmentStatus[] = [];
  for (const s of w.steps) if (s.status && s.status !== 'ditolak' && !path.includes(s.status)) path.push(s.status);
  if (!path.includes('terbit')) path.push('terbit');
  return { path, canReject: w.steps.some((s) => s.branch === 'reject' || s.status === 'ditolak') };
}

export function nextStatuses(w: Workflow, current: AssignmentStatus): AssignmentStatus[] {
  if (current === 'terbit' || current === 'ditolak') return [];
  const { path, canReject } = statusPath(w);
  const i = current === 'draf' ? -1 : path.indexOf(current);
  // A status this procedure never reaches (set under another variant): only "back to draf" makes sense.
  if (current !== 'draf' && i < 0) return [];
  const out: AssignmentStatus[] = [];
  if (i + 1 < path.length) out.push(path[i + 1]);
  // A request can be refused once it has been submitted and before the letter is issued.
  if (canReject && current !== 'draf' && path[i + 1] !== undefined) out.push('ditolak');
  return out;
}

export function missingContents(w: Workflow, a: Assignment): string[] {
  return w.requiredContents.filter((key) => {
    const v = (a as Record<string, unknown>)[key];
    return typeof v !== 'string' || v.trim() === '';
  });
}

export type Advance = { ok: true; assignment: Assignment } | { ok: false; message: string; basis?: Basis };

/** The request was made in another form than the procedure prescribes (e.g. oral where "secara tertulis"). */
export function wrongRequestForm(w: Workflow, a: Assignment): boolean {
  return w.requestForm !== undefined && a.requestForm !== undefined && a.requestForm !== w.requestForm.form;
}

export function advanceAssignment(structure: Structure, variant: Variant, a: Assignment, to: AssignmentStatus, reason?: string, options: OptionValues = defaultOptionValues(variant)): Advance {
  const choice = workflowFor(variant, a.mode, scopeOf(structure, a, undefined, unitOrganisasiBy(variant, options).by));
  if (!choice.ok) return choice;
  const w = choice.workflow;
  // A request in the wrong form is no request under this procedure: nothing may be approved or issued on it.
  if (to !== 'ditolak' && to !== 'draf' && wrongRequestForm(w, a))
    return { ok: false, message: `Permohonan disampaikan secara ${a.requestForm}, padahal prosedur ${w.label} mensyaratkan ${w.requestForm!.form}; surat tidak dapat diterbitkan.`, basis: w.requestForm!.basis };
  if (!nextStatuses(w, a.status).includes(to)) return { ok: false, message: `Status tidak dapat berpindah dari "${STATUS_LABEL[a.status]}" ke "${STATUS_LABEL[to]}" pada prosedur ${w.label}.` };
  const missing = missingContents(w, a);
  if (missing.length && a.status === 'draf')
    return { ok: false, message: `Permohonan pelibatan belum lengkap: ${missing.map((m) => CONTENT_LABEL[m] ?? m).join(', ')}.`, basis: w.basis };
  if (to === 'ditolak' && !reason?.trim()) return { ok: false, message: 'Penolakan wajib disertai alasan.', basis: w.steps.find((s) => s.branch === 'reject')?.basis ?? w.basis };
  return { ok: true, assignment: { ...a, status: to, ...(to === 'ditolak' ? { rejectionReason: reason!.trim() } : {}) } };
}
