// The part of a structure a single-unit figure shows (the unit and its sub-units), as a valid structure
// file of its own, for the figure's <metadata>: re-opening a Dinas figure gives that Dinas, not the
// whole kabupaten. Links that leave the part (the head's kedudukan outside, team members elsewhere)
// are cut so the extract passes the integrity check.
import type { Structure } from '../domain/structure.ts';

export function extractUnit(structure: Structure, unitId: string): Structure {
  const units = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of structure.units)
      if (u.parent !== null && units.has(u.parent) && !units.has(u.id)) {
        units.add(u.id);
        grew = true;
      }
  }
  const positions = structure.positions.filter((p) => units.has(p.unit));
  const ids = new Set(positions.map((p) => p.id));
  return {
    ...structure,
    units: structure.units.filter((u) => units.has(u.id)).map((u) => (u.id === unitId ? { ...u, parent: null } : u)),
    positions: positions.map((p) => {
      const q = { ...p, parent: p.parent !== null && ids.has(p.parent) ? p.parent : null };
      if (q.workUnder !== undefined && !ids.has(q.workUnder)) delete q.workUnder;
      return q;
    }),
    teams: structure.teams
      .filter((t) => units.has(t.owner))
      .map((t) => ({ ...t, lead: t.lead && ids.has(t.lead) ? t.lead : null, members: t.members.filter((m) => ids.has(m)) })),
    assignments: structure.assignments.filter((a) => ids.has(a.assignee) && (a.owner === null || units.has(a.owner)))
  };
}
