// The lanes of a mechanism flow named after the officials of this structure: workflow.resolveActor for
// the actors it knows, and the few others the variants use (Kepala Perangkat Daerah, atasan langsung,
// Ketua Tim, the Pejabat yang Berwenang of each instansi across instansi).
import type { Assignment, Structure } from '../domain/structure.ts';
import type { Workflow } from '../domain/variant.ts';
import { headOfUnit, indexStructure, type StructureIndex } from '../domain/structure-index.ts';
import { resolveActor } from '../domain/workflow.ts';
import type { FlowActor } from './flow-layout.ts';

const EXTRA_ROLE: Record<string, string> = {
  kepala_perangkat_daerah: 'Kepala Perangkat Daerah',
  owner_kepala_perangkat_daerah: 'Kepala Perangkat Daerah pemilik kinerja',
  atasan_langsung: 'Atasan langsung'
};

function topUnit(index: StructureIndex, unitId: string): string {
  let id = unitId;
  for (let guard = 0; guard < index.units.size; guard++) {
    const parent = index.units.get(id)?.parent;
    if (!parent || !index.units.has(parent)) break;
    id = parent;
  }
  return id;
}

function official(index: StructureIndex, key: string, s: Structure, a: Assignment): string | undefined {
  const staff = index.positions.get(a.assignee);
  switch (key) {
    case 'kepala_perangkat_daerah':
      return staff ? headOfUnit(index, topUnit(index, staff.unit))?.id : undefined;
    case 'owner_kepala_perangkat_daerah':
      return a.owner ? headOfUnit(index, topUnit(index, a.owner))?.id : undefined;
    case 'atasan_langsung':
      return staff?.parent ?? undefined;
    case 'ketua':
      // The Ketua of a team of the owner unit that the assignee belongs to.
      return s.teams.find((t) => t.owner === a.owner && t.members.includes(a.assignee) && t.lead)?.lead ?? undefined;
    default:
      return undefined;
  }
}

/** The actors of a workflow (acting or addressed), each named after the official of this structure. */
export function flowActors(s: Structure, a: Assignment, w: Workflow, rater: (positionId: string) => string | null): FlowActor[] {
  const index = indexStructure(s);
  const keys = [...new Set(w.steps.flatMap((st) => (st.to ? [st.actor, st.to] : [st.actor])))];
  const external = a.owner === null ? a.externalInstansi?.trim() || 'instansi lain' : null;
  const home = s.title.trim() || 'Pemerintah Daerah ini';
  return keys.map((key) => {
    const r = resolveActor(key, s, a, rater, index);
    const role = EXTRA_ROLE[key] ?? r.label;
    const pos = r.position ?? official(index, key, s, a);
    const title = pos ? index.positions.get(pos)?.title : undefined;
    if (title) return { key, name: title, role };
    if (external) {
      // Across instansi the requesting side is the other instansi, the addressed side is this Pemda.
      if (key === 'owner_puo') return { key, name: `Pimpinan unit pemilik kinerja, ${external}`, role };
      if (key === 'pyb' || key === 'pyb_pemohon') return { key, name: `Pejabat yang Berwenang, ${external}`, role: 'instansi pemohon' };
      if (key === 'pyb_dituju' || key === 'pyb_target') return { key, name: `Pejabat yang Berwenang, ${home}`, role: 'instansi yang dituju' };
    }
    return { key, name: role, role: '' };
  });
}
