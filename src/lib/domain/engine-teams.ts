// Tim Kerja lines: one per member (or per team for its Ketua) for each team line rule whose options hold.
// Few compared with the line-rule lines; drawn whole, and again only when the teams or a unit holding a
// Ketua, member or owner unit was recomputed (everything a team line reads lies in those units).
import type { Structure } from './structure.ts';
import type { Line } from './result.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import { optionsHold } from './match.ts';
import type { PosState, UnitPart } from './engine-state.ts';

/** The team lines of the last assembly and what they read; `partial` when a referenced id was missing. */
export interface TeamCache {
  teams: Structure['teams'] | undefined;
  lines: Line[];
  parts: Set<UnitPart>;
  partial: boolean;
}

export function teamLines(structure: Structure, c: CompiledVariant, states: ReadonlyMap<string, PosState>, parts: ReadonlyMap<string, UnitPart>, cache: TeamCache, recomputed: readonly UnitPart[] | null): Line[] {
  if (cache.teams === structure.teams && !cache.partial && recomputed !== null && !recomputed.some((p) => cache.parts.has(p))) return cache.lines;
  const out: Line[] = [];
  const read = new Set<UnitPart>();
  let partial = false;
  const note = (part: UnitPart | undefined) => (part ? read.add(part) : (partial = true));
  for (const team of structure.teams) {
    note(parts.get(team.owner));
    if (team.lead) note(states.get(team.lead)?.part);
    for (const m of team.members) note(states.get(m)?.part);
  }
  Object.assign(cache, { teams: structure.teams, lines: out, parts: read, partial });
  const { variant, options } = c;
  const rules = variant.teamLineRules.filter((rule) => optionsHold(rule.when, options));
  if (rules.length === 0) return out;
  // Team lines always carry their team, so they never collide with line-rule lines (other groups).
  const seen = new Map<string, Set<string>>();
  for (const team of structure.teams) {
    const ownerHead = parts.get(team.owner)?.head?.id;
    const lead = team.lead ?? undefined;
    const leadState = lead === undefined ? undefined : states.get(lead);
    for (const rule of rules) {
      const subjects = rule.each === 'lead' ? (lead ? [lead] : []) : team.members.filter((m) => m !== lead);
      for (const member of subjects) {
        const m = states.get(member);
        const pick = (s: string): string | undefined => {
          switch (s) {
            case 'member':
              return member;
            case 'lead':
              return lead;
            case 'ownerHead':
              return ownerHead;
            case 'leadRater':
              return leadState?.rater?.id;
            case 'memberRater':
              return m?.rater?.id;
            case 'memberUnitHead':
              return m?.part.head?.id;
            case 'memberWorkUnder':
              return m?.workUnder?.id;
            case 'memberStructuralParent':
              return m?.structuralParent?.id;
            case 'leadOrOwnerHead':
              return lead ?? ownerHead;
          }
          return undefined;
        };
        const from = pick(rule.from);
        const to = pick(rule.to);
        if (!from || !to || from === to) continue;
        const group = `${rule.kind}|${rule.subKind}|${team.id}`;
        let set = seen.get(group);
        if (!set) seen.set(group, (set = new Set()));
        const key = `${from}\u0000${to}`;
        if (set.has(key)) continue;
        set.add(key);
        out.push({ kind: rule.kind, subKind: rule.subKind, from, to, rule: rule.id, label: rule.label, basis: rule.basis, team: team.id, ...(rule.optional ? { optional: true } : {}) });
      }
    }
  }
  return out;
}
