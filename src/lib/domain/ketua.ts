// Ranking Ketua Tim candidates by the variant's ordered criteria (lexicographic), with the reason for
// each candidate's place, and the warning when the chosen Ketua is not the one the criteria prefer.
import type { Position, Structure, Team } from './structure.ts';
import type { Finding } from './result.ts';
import type { OptionValues, Variant } from './variant.ts';
import { optionsHold } from './match.ts';
import { GRADE_RANK, isKeahlian, LEVEL_LABEL } from './vocabulary.ts';

export interface Candidate {
  position: string;
  scores: number[];
  reasons: string[];
}

const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];

type Criterion = Variant['teams']['ketuaCriteria'][number]['criterion'];

function score(c: Criterion, p: Position, team: Team): [number, string | null] {
  switch (c) {
    case 'jf_keahlian':
      return p.level === 'fungsional' && p.grade && isKeahlian(p.grade) ? [1, 'JF kategori keahlian'] : [0, null];
    case 'managerial':
      return p.managerial ? [1, 'berpengalaman/berkompetensi manajerial'] : [0, null];
    case 'highest_grade':
      return p.level === 'fungsional' && p.grade ? [GRADE_RANK[p.grade], `jenjang ${p.grade.replace('_', ' ')}`] : [0, null];
    case 'highest_golongan': {
      const g = p.level === 'pelaksana' && p.golongan ? GOLONGAN.indexOf(p.golongan) + 1 : 0;
      return g ? [g, `Pelaksana golongan ${p.golongan}`] : [0, null];
    }
    case 'terdampak':
      return p.terdampak ? [1, 'JF terdampak penyederhanaan birokrasi'] : [0, null];
    case 'pengawas':
      return p.level === 'pengawas' ? [1, `masih ${LEVEL_LABEL.pengawas}`] : [0, null];
    case 'owner_unit':
      return p.unit === team.owner ? [1, 'dari unit pemilik kinerja'] : [0, null];
  }
}

export function rankKetua(structure: Structure, team: Team, variant: Variant, options: OptionValues, pool?: readonly string[], byId: ReadonlyMap<string, Position> = new Map(structure.positions.map((p) => [p.id, p]))): Candidate[] {
  const criteria = variant.teams.ketuaCriteria.filter((c) => optionsHold(c.when, options));
  const candidates: Candidate[] = [];
  for (const id of pool ?? team.members) {
    const p = byId.get(id);
    if (!p) continue;
    const scores: number[] = [];
    const reasons: string[] = [];
    const seen = new Set<Criterion>();
    for (const c of criteria) {
      if (seen.has(c.criterion)) continue; // a criterion listed twice counts at its first place
      seen.add(c.criterion);
      const [s, why] = score(c.criterion, p, team);
      scores.push(s);
      if (why) reasons.push(why);
    }
    candidates.push({ position: id, scores, reasons });
  }
  // Stable: equal candidates keep the team's member order.
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => {
      for (let k = 0; k < x.c.scores.length; k++) if (x.c.scores[k] !== y.c.scores[k]) return y.c.scores[k] - x.c.scores[k];
      return x.i - y.i;
    })
    .map((x) => x.c);
}

/** True when the chosen lead scores strictly below the best candidate. */
export function leadIsOutranked(ranked: readonly Candidate[], lead: string): boolean {
  const best = ranked[0];
  const chosen = ranked.find((c) => c.position === lead);
  if (!best || !chosen || best === chosen) return false;
  for (let k = 0; k < best.scores.length; k++) if (best.scores[k] !== chosen.scores[k]) return best.scores[k] > chosen.scores[k];
  return false;
}

/**
 * A warning for each team whose Ketua the variant's criteria would not pick (the criteria are a
 * preference, so the choice stays allowed), citing the first criterion on which the choice loses.
 */
export function ketuaFindings(structure: Structure, variant: Variant, options: OptionValues, positionsById?: ReadonlyMap<string, Position>): Finding[] {
  const criteria = variant.teams.ketuaCriteria.filter((c) => optionsHold(c.when, options));
  if (criteria.length === 0) return [];
  const unique = criteria.filter((c, i) => criteria.findIndex((d) => d.criterion === c.criterion) === i);
  const byId = positionsById ?? new Map(structure.positions.map((p) => [p.id, p]));
  const titles = { get: (id: string) => byId.get(id)?.title };
  const out: Finding[] = [];
  for (const team of structure.teams) {
    if (!team.lead) continue;
    const ranked = rankKetua(structure, team, variant, options, undefined, byId);
    if (!leadIsOutranked(ranked, team.lead)) continue;
    const best = ranked[0];
    const chosen = ranked.find((c) => c.position === team.lead)!;
    const k = best.scores.findIndex((s, i) => s !== chosen.scores[i]);
    const criterion = unique[k];
    out.push({
      severity: 'warning',
      code: 'KETUA_NOT_PREFERRED',
      positions: [team.lead, best.position],
      message: `Ketua ${team.name} ("${titles.get(team.lead)}") tidak diutamakan menurut kriteria "${criterion.label}"; calon yang diutamakan: "${titles.get(best.position)}".`,
      rule: 'teams.ketuaCriteria',
      basis: criterion.basis
    });
  }
  return out;
}
