// Within or across Unit Organisasi: what a Unit Organisasi is differs between regulations (and within one
// text, between readings), so the variant names it in `unitOrganisasiScope` and this file applies it.
import type { Assignment, Position } from './structure.ts';
import { headOfUnit, type StructureIndex } from './structure-index.ts';
import { optionsHold } from './match.ts';
import type { Basis, OptionValues, Variant, Workflow } from './variant.ts';
import { UNIT_ORGANISASI_SCOPES } from './variant.ts';

export type Scope = Workflow['scope'];
export type UnitOrganisasiBy = (typeof UNIT_ORGANISASI_SCOPES)[number];

/** The reading of "Unit Organisasi" the variant uses under these options; `unit` when it says nothing. */
export function unitOrganisasiBy(variant: Variant, options: OptionValues): { by: UnitOrganisasiBy; basis?: Basis } {
  const rule = variant.unitOrganisasiScope.find((r) => optionsHold(r.when, options));
  return rule ? { by: rule.by, basis: rule.basis } : { by: 'unit' };
}

/** The top-level unit (Perangkat Daerah) a unit belongs to. */
export function perangkatDaerahOf(index: StructureIndex, unitId: string): string {
  let id = unitId;
  for (let guard = 0; guard <= index.units.size; guard++) {
    const parent = index.units.get(id)?.parent;
    if (!parent || !index.units.has(parent)) return id;
    id = parent;
  }
  return id;
}

/** Whether `official` is `p` itself or one of its kedudukan ancestors. */
function withinSpan(index: StructureIndex, p: Position, official: string): boolean {
  let cur: Position | undefined = p;
  for (let guard = 0; cur && guard <= index.positions.size; guard++) {
    if (cur.id === official) return true;
    cur = cur.parent === null ? undefined : index.positions.get(cur.parent);
  }
  return false;
}

export function assignmentScope(index: StructureIndex, a: Assignment, by: UnitOrganisasiBy = 'unit'): Scope {
  if (a.owner === null) return 'lintas_instansi';
  const p = index.positions.get(a.assignee);
  if (!p) return 'lintas_uo';
  switch (by) {
    case 'unit':
      return p.unit === a.owner ? 'intra_uo' : 'lintas_uo';
    case 'perangkat_daerah':
      return perangkatDaerahOf(index, p.unit) === perangkatDaerahOf(index, a.owner) ? 'intra_uo' : 'lintas_uo';
    case 'rentang_pimpinan': {
      // Finer than `unit`, never coarser: another unit (a UPT, a Bagian unit) leads its own Unit Organisasi.
      if (p.unit !== a.owner) return 'lintas_uo';
      const official = a.ownerPosition ?? headOfUnit(index, a.owner)?.id;
      return official !== undefined && withinSpan(index, p, official) ? 'intra_uo' : 'lintas_uo';
    }
  }
}
