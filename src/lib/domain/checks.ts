// Generic structural checks. A variant switches each on with a severity, its legal basis and, where it
// wants, its own message; the mechanism is the same for every region.
import type { EngineContext } from './compute.ts';
import { isStaff } from './compute.ts';
import { compileMatch, optionsHold } from './match.ts';
import { fillTemplate } from './message.ts';
import { headOfUnit, isOfficial, parentOf, structuralParentOf } from './structure-index.ts';
import type { Check } from './variant.ts';
import { LEVEL_LABEL, LEVEL_RANK, UNIT_TYPE_LABEL, UNIT_TYPES, isStructural, type UnitType } from './vocabulary.ts';
import { runProcedureChecks } from './checks-procedures.ts';
import { assignmentScope, unitOrganisasiBy } from './assignment-scope.ts';

type CheckOf<K extends Check['check']> = Extract<Check, { check: K }>;

/** Assignment fields a workflow may require (`requiredContents`), with their names in the regulation. */
const ASSIGNMENT_CONTENT_LABEL = {
  purpose: 'maksud dan tujuan',
  competence: 'kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan',
  target: 'ekspektasi/target kinerja',
  duration: 'durasi pelibatan'
} as const;
type AssignmentContent = keyof typeof ASSIGNMENT_CONTENT_LABEL;

export function runChecks(ctx: EngineContext, noRater: readonly string[]): void {
  const { variant, options, index, findings } = ctx;
  const add = (check: Check, code: string, positions: string[], generic: string) => {
    findings.push({
      severity: check.severity,
      code,
      positions,
      message: check.message ? fillTemplate(check.message, index, positions) : generic,
      rule: check.check,
      basis: check.basis
    });
  };
  const title = (id: string | null | undefined) => {
    const p = id ? index.positions.get(id) : undefined;
    return p ? `"${p.title}"` : '?';
  };
  const checks = variant.checks.filter((c) => optionsHold(c.when, options));
  const first = <K extends Check['check']>(k: K) => checks.find((c): c is CheckOf<K> => c.check === k);

  // Uncovered unit types: the regulation is silent, the variant's fallback applies.
  const silent = ctx.silentHeads?.() ?? new Map<UnitType, string[]>();
  if (!ctx.silentHeads)
  for (const u of index.structure.units) {
    if (variant.coverage[u.type]) continue;
    const head = headOfUnit(index, u.id);
    const list = silent.get(u.type) ?? [];
    if (head) list.push(head.id);
    silent.set(u.type, list);
  }
  for (const type of UNIT_TYPES) {
    const heads = silent.get(type);
    if (!heads) continue;
    findings.push({
      severity: 'info',
      code: 'UNIT_TYPE_NOT_COVERED',
      positions: heads,
      message: `Peraturan ini tidak mengatur ${UNIT_TYPE_LABEL[type]} secara khusus; garis dihitung dengan ketentuan umum varian. ${variant.fallback.note}`,
      rule: 'coverage',
      basis: variant.fallback.basis
    });
  }

  const noRaterCheck = first('noRater');
  for (const id of noRater) {
    const basis = noRaterCheck?.basis ?? variant.fallback.basis;
    findings.push({
      severity: noRaterCheck?.severity ?? 'error',
      code: 'NO_RATER',
      positions: [id],
      message: noRaterCheck?.message
        ? fillTemplate(noRaterCheck.message, index, [id])
        : `${title(id)} tidak memiliki Pejabat Penilai Kinerja yang memenuhi syarat menurut varian ini.`,
      rule: 'noRater',
      basis
    });
  }

  for (const check of checks) {
    if (ctx.fromParts?.(check)) continue;
    switch (check.check) {
      case 'unitHead':
        for (const u of index.structure.units) {
          const heads = index.headsOfUnit.get(u.id) ?? [];
          if (heads.length === 0)
            add(check, 'UNIT_WITHOUT_HEAD', [], `Unit "${u.name}" tidak memiliki pimpinan (tidak ada jabatan di unit ini).`);
          else if (heads.length > 1)
            add(check, 'UNIT_MULTIPLE_HEADS', [...heads], `Unit "${u.name}" memiliki ${heads.length} pimpinan: ${heads.map(title).join(', ')}. Satu unit hanya dipimpin satu pejabat.`);
        }
        break;
      case 'staffUnderStaff':
        for (const p of index.structure.positions) {
          if (!isStaff(index, p)) continue;
          const parent = parentOf(index, p);
          if (parent && !isOfficial(index, parent) && ctx.rater.get(p.id) !== parent.id)
            add(check, 'STAFF_UNDER_STAFF', [p.id, parent.id], `${title(p.id)} ditempatkan di bawah ${title(parent.id)}, padahal JF/Pelaksana berkedudukan di bawah pejabat, bukan di bawah JF/Pelaksana lain.`);
        }
        break;
      case 'raterMinLevel': {
        const except = check.except.map(compileMatch);
        for (const p of index.structure.positions) {
          if (!isStaff(index, p)) continue;
          const r = ctx.rater.get(p.id);
          const rp = r ? index.positions.get(r) : undefined;
          if (!rp || LEVEL_RANK[rp.level] <= LEVEL_RANK[check.minLevel]) continue;
          if (except.some((e) => e(ctx.facts.get(rp.id)!))) continue;
          add(check, 'RATER_BELOW_MIN', [p.id, rp.id], `Pejabat Penilai Kinerja ${title(p.id)} adalah ${title(rp.id)} (${LEVEL_LABEL[rp.level]}), di bawah batas minimal ${LEVEL_LABEL[check.minLevel]}.`);
        }
        break;
      }
      case 'maxLevels':
        for (const u of index.structure.units) {
          if (check.unitTypes && !check.unitTypes.includes(u.type)) continue;
          const deep = (index.positionsOfUnit.get(u.id) ?? []).filter((id) => {
            const p = index.positions.get(id)!;
            return isStructural(p.level) && (index.depth.get(id) ?? 1) > check.max;
          });
          if (deep.length > 0)
            add(check, 'TOO_MANY_LEVELS', deep, `Unit "${u.name}" memiliki lebih dari ${check.max} level struktural: ${deep.map(title).join(', ')}.`);
        }
        break;
      case 'placement': {
        const staff = compileMatch(check.staff);
        const parentTest = compileMatch(check.parent);
        for (const p of index.structure.positions) {
          const parent = parentOf(index, p);
          if (!parent || !staff(ctx.facts.get(p.id)!) || !parentTest(ctx.facts.get(parent.id)!)) continue;
          add(check, check.code, [p.id, parent.id], fillTemplate(check.message, index, [p.id, parent.id]));
        }
        break;
      }
      case 'teamLeadOutsideOwner':
        for (const t of index.structure.teams) {
          const lead = t.lead ? index.positions.get(t.lead) : undefined;
          if (lead && lead.unit !== t.owner)
            add(check, 'TEAM_LEAD_OUTSIDE_OWNER', [lead.id], `Ketua ${t.name} (${title(lead.id)}) tidak berasal dari unit pemilik kinerja.`);
        }
        break;
      case 'teamLeadNotStaff':
        for (const t of index.structure.teams) {
          const lead = t.lead ? index.positions.get(t.lead) : undefined;
          if (lead && isStructural(lead.level))
            add(check, 'TEAM_LEAD_STRUCTURAL', [lead.id], `Ketua ${t.name} adalah pejabat struktural (${title(lead.id)}); varian ini menyebut Ketua Tim dari JF atau Pelaksana.`);
        }
        break;
      case 'teamStructuralMember':
        for (const t of index.structure.teams) {
          const structural = t.members.filter((m) => {
            const p = index.positions.get(m);
            return p !== undefined && isStructural(p.level);
          });
          if (structural.length > 0)
            add(check, 'TEAM_STRUCTURAL_MEMBER', structural, `${t.name} beranggotakan pejabat struktural (${structural.map(title).join(', ')}); varian ini hanya menyebut JF dan Pelaksana sebagai anggota.`);
        }
        break;
      case 'teamWithoutLead':
        for (const t of index.structure.teams)
          if (!t.lead) add(check, 'TEAM_WITHOUT_LEAD', [...t.members], `${t.name} belum memiliki Ketua Tim.`);
        break;
      case 'sukarelaCrossInstansi':
        for (const a of index.structure.assignments)
          if (a.mode === 'sukarela' && a.owner === null)
            add(check, 'SUKARELA_CROSS_INSTANSI', [a.assignee], `Pengajuan sukarela ${title(a.assignee)} ke instansi lain${a.externalInstansi ? ` (${a.externalInstansi})` : ''} tidak diatur/tidak diperbolehkan oleh varian ini.`);
        break;
      case 'sukarelaCrossUnit':
        for (const a of index.structure.assignments) {
          const p = index.positions.get(a.assignee);
          if (a.mode === 'sukarela' && p && a.owner !== null && a.owner !== p.unit)
            add(check, 'SUKARELA_CROSS_UNIT', [a.assignee], `Pengajuan sukarela ${title(a.assignee)} lintas unit organisasi tidak diperbolehkan oleh varian ini.`);
        }
        break;
      case 'assignmentWithoutEnd':
        for (const a of index.structure.assignments)
          if (!a.end) add(check, 'ASSIGNMENT_WITHOUT_END', [a.assignee], `Penugasan ${title(a.assignee)} tidak mencantumkan tanggal berakhir; penugasan berlaku dalam periode waktu tertentu.`);
        break;
      case 'assignmentOutsideTeam':
        for (const a of index.structure.assignments) {
          const p = index.positions.get(a.assignee);
          if (!p || a.owner === p.unit) continue;
          const inTeam = index.structure.teams.some((t) => (a.owner === null || t.owner === a.owner) && t.members.includes(a.assignee));
          if (!inTeam)
            add(check, 'ASSIGNMENT_OUTSIDE_TEAM', [a.assignee], `Penugasan ${title(a.assignee)} ${a.owner === null ? 'lintas instansi' : 'lintas unit organisasi'} tidak dilaksanakan dalam tim kerja.`);
        }
        break;
      case 'workUnitHeadUnderRater':
        for (const p of index.structure.positions) {
          const w = p.workUnder === undefined ? undefined : index.positions.get(p.workUnder);
          const r = ctx.rater.get(p.id);
          if (!w || !r || w.id === r || structuralParentOf(index, w)?.id === r) continue;
          add(check, 'WORK_UNIT_HEAD_NOT_UNDER_RATER', [p.id, w.id, r], `Pimpinan unit kerja ${title(p.id)} adalah ${title(w.id)}, yang bukan Pejabat Penilai Kinerjanya (${title(r)}) dan tidak berada langsung di bawahnya.`);
        }
        break;
      case 'teamLeadNotPengawas':
        for (const t of index.structure.teams) {
          const lead = t.lead ? index.positions.get(t.lead) : undefined;
          if (!lead || lead.level === 'pengawas') continue;
          const pengawas = (index.positionsOfUnit.get(t.owner) ?? []).filter((id) => index.positions.get(id)?.level === 'pengawas');
          if (pengawas.length > 0)
            add(check, 'TEAM_LEAD_NOT_PENGAWAS', [lead.id, ...pengawas], `Ketua ${t.name} (${title(lead.id)}) bukan pejabat pengawas, padahal unit pemilik kinerja masih memiliki pejabat pengawas (${pengawas.map(title).join(', ')}).`);
        }
        break;
      case 'assignmentMissingContents':
        for (const a of index.structure.assignments) {
          const scope = assignmentScope(index, a, unitOrganisasiBy(variant, options).by);
          const flow = variant.workflows.find((w) => w.mode === a.mode && w.scope === scope);
          const missing = (flow?.requiredContents ?? []).filter((k) => k in ASSIGNMENT_CONTENT_LABEL && !a[k as AssignmentContent]?.trim());
          if (missing.length > 0)
            add(check, 'ASSIGNMENT_MISSING_CONTENTS', [a.assignee], `Permohonan penugasan ${title(a.assignee)} belum memuat: ${missing.map((k) => ASSIGNMENT_CONTENT_LABEL[k as AssignmentContent]).join(', ')}.`);
        }
        break;
      case 'noRater':
        break;
    }
  }
  runProcedureChecks(ctx, checks);
}
