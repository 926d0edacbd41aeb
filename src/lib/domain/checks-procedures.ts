// Checks on penugasan requests and on who may lead a Tim Kerja, beyond the generic ones in checks.ts:
// the form of a request, the atasan langsung's "Mengetahui", per-unit-type Ketua eligibility, the
// Pelaksana-Ketua requirements, and teams across instansi. Each is switched on by a variant check.
import type { EngineContext } from './compute.ts';
import { compileMatch } from './match.ts';
import { fillTemplate } from './message.ts';
import { structuralParentOf } from './structure-index.ts';
import { PENDIDIKAN, PENDIDIKAN_LABEL } from './structure.ts';
import type { Check } from './variant.ts';
import { isStructural, type Severity } from './vocabulary.ts';
import { assignmentScope, unitOrganisasiBy } from './assignment-scope.ts';
import { instansiBy, membersFromOtherInstansi } from './team-scope.ts';
import { wrongRequestForm } from './workflow.ts';

const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];

export function runProcedureChecks(ctx: EngineContext, checks: readonly Check[]): void {
  const { index, variant, options, findings } = ctx;
  const add = (check: Check, code: string, positions: string[], generic: string, severity: Severity = check.severity) =>
    findings.push({ severity, code, positions, message: check.message ? fillTemplate(check.message, index, positions) : generic, rule: check.check, basis: check.basis });
  const title = (id: string | undefined) => {
    const p = id ? index.positions.get(id) : undefined;
    return p ? `"${p.title}"` : '?';
  };
  const by = unitOrganisasiBy(variant, options).by;
  const workflowOf = (a: (typeof index.structure.assignments)[number]) => {
    const scope = assignmentScope(index, a, by);
    return variant.workflows.find((w) => w.mode === a.mode && w.scope === scope);
  };

  for (const check of checks) {
    switch (check.check) {
      case 'assignmentRequestForm':
        for (const a of index.structure.assignments) {
          const w = workflowOf(a);
          if (w && wrongRequestForm(w, a))
            add(check, 'ASSIGNMENT_REQUEST_FORM', [a.assignee], `Permohonan ${title(a.assignee)} disampaikan secara ${a.requestForm}, padahal ${w.label} mensyaratkan secara ${w.requestForm!.form}: tidak ada Surat Penugasan atas permohonan ini${a.status === 'terbit' ? ', meskipun statusnya tercatat terbit' : ''}.`);
        }
        break;
      case 'assignmentAcknowledgement':
        for (const a of index.structure.assignments) {
          const w = workflowOf(a);
          const p = index.positions.get(a.assignee);
          if (!w?.acknowledgement || !p) continue;
          const atasan = structuralParentOf(index, p)?.id;
          if (!a.acknowledgedBy) add(check, 'ASSIGNMENT_NOT_ACKNOWLEDGED', [a.assignee], `Permohonan ${title(a.assignee)} belum diketahui (ditandatangani "Mengetahui") oleh atasan langsung${atasan ? ` ${title(atasan)}` : ''}.`);
          else if (atasan && a.acknowledgedBy !== atasan)
            add(check, 'ASSIGNMENT_ACKNOWLEDGED_BY_OTHER', [a.assignee, a.acknowledgedBy, atasan], `Permohonan ${title(a.assignee)} diketahui oleh ${title(a.acknowledgedBy)}, bukan oleh atasan langsungnya ${title(atasan)}.`);
        }
        break;
      case 'teamLeadEligible': {
        const allowed = check.allowed.map(compileMatch);
        for (const t of index.structure.teams) {
          const lead = t.lead ? index.positions.get(t.lead) : undefined;
          const facts = lead ? ctx.facts.get(lead.id) : undefined;
          if (!lead || !facts || !isStructural(lead.level) || allowed.some((m) => m(facts))) continue;
          add(check, 'TEAM_LEAD_NOT_ELIGIBLE', [lead.id], `Ketua ${t.name} adalah ${title(lead.id)}, pejabat struktural yang tidak disebut dapat ditunjuk menjadi ketua tim kerja pada unit ini.`);
        }
        break;
      }
      case 'ketuaPelaksanaRequirements':
        for (const t of index.structure.teams) {
          const lead = t.lead ? index.positions.get(t.lead) : undefined;
          if (!lead || lead.level !== 'pelaksana') continue;
          const failed: string[] = [];
          const unknown: string[] = [];
          if (check.minPendidikan) {
            const need = `pendidikan minimal ${PENDIDIKAN_LABEL[check.minPendidikan]}`;
            if (!lead.pendidikan) unknown.push(need);
            else if (PENDIDIKAN.indexOf(lead.pendidikan) < PENDIDIKAN.indexOf(check.minPendidikan)) failed.push(`${need} (tercatat ${PENDIDIKAN_LABEL[lead.pendidikan]})`);
          }
          if (check.minGolongan) {
            const need = `golongan minimal ${check.minGolongan}`;
            if (!lead.golongan) unknown.push(need);
            else if (GOLONGAN.indexOf(lead.golongan) < GOLONGAN.indexOf(check.minGolongan)) failed.push(`${need} (tercatat ${lead.golongan})`);
          }
          if (check.experience) {
            const need = 'pengalaman di bidang kerja sesuai tugas dan fungsi';
            if (lead.pengalamanRelevan === undefined) unknown.push(need);
            else if (!lead.pengalamanRelevan) failed.push(need);
          }
          if (failed.length > 0) add(check, 'KETUA_PELAKSANA_TIDAK_MEMENUHI', [lead.id], `Pelaksana ${title(lead.id)} sebagai Ketua ${t.name} tidak memenuhi persyaratan: ${failed.join('; ')}.`);
          if (unknown.length > 0) add(check, 'KETUA_PELAKSANA_BELUM_TERCATAT', [lead.id], `Persyaratan Ketua ${t.name} (${title(lead.id)}, Pelaksana) belum dapat diperiksa karena belum tercatat: ${unknown.join('; ')}.`, 'info');
        }
        break;
      case 'teamAcrossInstansi': {
        const instansi = instansiBy(variant, options);
        const formed = variant.teams.formedAcrossInstansi;
        for (const t of index.structure.teams) {
          const others = membersFromOtherInstansi(index, t, instansi);
          if (others.length === 0) continue;
          add(check, 'TEAM_LINTAS_INSTANSI', others, `${t.name} beranggotakan pegawai instansi lain (${others.map(title).join(', ')}): tim lintas Instansi Pemerintah${formed ? `, dibentuk dengan ${formed.label}` : ''}.`);
        }
        break;
      }
    }
  }
}
