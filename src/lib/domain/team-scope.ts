// Instansi of team members: a team with a member from another Instansi Pemerintah is formed by the
// regional head (Cilegon Pasal 9 ayat (2), L156), not by the owner's Pimpinan Unit Organisasi. Whether
// another Perangkat Daerah of the same Pemda is "another instansi" is the variant's `instansiScope`.
import type { Team } from './structure.ts';
import type { StructureIndex } from './structure-index.ts';
import { optionsHold } from './match.ts';
import type { Basis, OptionValues, Variant } from './variant.ts';
import { perangkatDaerahOf, type Scope } from './assignment-scope.ts';

export type InstansiBy = Variant['instansiScope'][number]['by'];

export function instansiBy(variant: Variant, options: OptionValues): InstansiBy {
  return variant.instansiScope.find((r) => optionsHold(r.when, options))?.by ?? 'pemda';
}

/** The instansi a unit belongs to: its own (or an ancestor's) `instansi`, else this Pemda ('') or, by Perangkat Daerah, its top unit. */
export function instansiOf(index: StructureIndex, unitId: string, by: InstansiBy): string {
  let id: string | null = unitId;
  for (let guard = 0; id && guard <= index.units.size; guard++) {
    const u = index.units.get(id);
    if (!u) break;
    if (u.instansi) return `instansi:${u.instansi}`;
    id = u.parent;
  }
  return by === 'perangkat_daerah' ? `pd:${perangkatDaerahOf(index, unitId)}` : '';
}

/** Members whose instansi differs from the owner unit's. */
export function membersFromOtherInstansi(index: StructureIndex, team: Team, by: InstansiBy): string[] {
  const own = instansiOf(index, team.owner, by);
  return team.members.filter((m) => {
    const p = index.positions.get(m);
    return p !== undefined && instansiOf(index, p.unit, by) !== own;
  });
}

export function teamScope(index: StructureIndex, team: Team, by: InstansiBy): Scope {
  if (membersFromOtherInstansi(index, team, by).length > 0) return 'lintas_instansi';
  return team.members.some((m) => index.positions.get(m)?.unit !== team.owner) ? 'lintas_uo' : 'intra_uo';
}

/** Who forms the team by Keputusan, as the variant says for its scope (undefined when the variant is silent). */
export function teamFormedBy(index: StructureIndex, team: Team, variant: Variant, options: OptionValues): { scope: Scope; label: string; basis: Basis } | undefined {
  const scope = teamScope(index, team, instansiBy(variant, options));
  const formed = scope === 'lintas_instansi' ? (variant.teams.formedAcrossInstansi ?? variant.teams.formedBy) : variant.teams.formedBy;
  return formed ? { scope, label: formed.label, basis: formed.basis } : undefined;
}
