// Tahap evaluasi: how results are reviewed, sent back for rework when they miss the target, and
// accepted (the activity "dinyatakan selesai"). A loop over time, not a line between two boxes, so it is
// a procedure of the variant (`resultsReviews`) with its actors resolved per position from the result.
import type { ComputeResult } from './result.ts';
import { buildFacts, compileMatch, optionsHold } from './match.ts';
import { headOfUnit, type StructureIndex } from './structure-index.ts';
import type { OptionValues, ResultsReview, Variant } from './variant.ts';

export type ReviewOutcome = 'sesuai' | 'tidak_sesuai';

/** The review procedure for results produced in a unit: the first whose unit types, head and options fit. */
export function reviewFor(variant: Variant, index: StructureIndex, unitId: string, options: OptionValues): ResultsReview | undefined {
  const unit = index.units.get(unitId);
  if (!unit) return undefined;
  const head = headOfUnit(index, unitId);
  return variant.resultsReviews.find((r) => {
    if (!optionsHold(r.when, options)) return false;
    if (r.unitTypes && !r.unitTypes.includes(unit.type)) return false;
    if (r.head && !(head && compileMatch(r.head)(buildFacts(index, head)))) return false;
    return true;
  });
}

/**
 * The steps taken when successive reviews reach the given outcomes: a "tidak_sesuai" step with
 * `returnTo` goes back to that step (rework), a `closes` step ends. Outcomes run out as "sesuai".
 */
export function walkReview(review: ResultsReview, outcomes: readonly ReviewOutcome[]): string[] {
  const steps = review.steps;
  const out: string[] = [];
  let i = 0;
  let k = 0;
  for (let guard = 0; i < steps.length && guard < 10 * steps.length + 10 * outcomes.length; guard++) {
    const st = steps[i];
    if (!st.outcome) {
      out.push(st.id);
      if (st.closes) break;
      i++;
      continue;
    }
    let j = i;
    while (j < steps.length && steps[j].outcome) j++;
    const want = outcomes[k++] ?? 'sesuai';
    const pick = steps.slice(i, j).find((s) => s.outcome === want);
    if (!pick) {
      i = j;
      continue;
    }
    out.push(pick.id);
    if (pick.closes) break;
    const back = pick.returnTo ? steps.findIndex((s) => s.id === pick.returnTo) : -1;
    i = back >= 0 ? back : j;
  }
  return out;
}

/** The rework branch of a review: the step that sends results back and the step they return to. */
export function reworkLoop(review: ResultsReview): { step: string; returnTo: string } | undefined {
  const st = review.steps.find((s) => s.outcome === 'tidak_sesuai' && s.returnTo);
  return st ? { step: st.id, returnTo: st.returnTo! } : undefined;
}

/** The position acting as `actor` in the review of `positionId`'s results. */
export function reviewActor(actor: string, positionId: string, result: ComputeResult): string | undefined {
  const roles = result.roles.get(positionId);
  switch (actor) {
    case 'staff':
      return positionId;
    case 'ppk':
      return roles?.rater ?? undefined;
    case 'puo':
      return roles?.unitHead ?? undefined;
    case 'puk':
      return roles?.workUnitHead ?? undefined;
    default:
      return undefined;
  }
}

/** One step of a review as it applies to one position's results: who acts, towards whom, and where a rework goes. */
export interface ResolvedReviewStep {
  id: string;
  /** 1-based place of the step, as the analyst reads the list. */
  number: number;
  action: string;
  actor: string;
  /** The position that acts (undefined when the structure has none for that actor, e.g. no rater). */
  actorId: string | undefined;
  toActor: string | undefined;
  toId: string | undefined;
  outcome: ReviewOutcome | undefined;
  /** Number of the step a "tidak_sesuai" outcome sends the results back to. */
  returnTo: number | undefined;
  closes: boolean;
  basis: ResultsReview['basis'];
}

/** The review of `positionId`'s results, step by step, with its actors resolved from the computed roles. */
export function resolveReview(review: ResultsReview, positionId: string, result: ComputeResult): ResolvedReviewStep[] {
  const numberOf = new Map(review.steps.map((s, i) => [s.id, i + 1]));
  return review.steps.map((s, i) => ({
    id: s.id,
    number: i + 1,
    action: s.action,
    actor: s.actor,
    actorId: reviewActor(s.actor, positionId, result),
    toActor: s.to,
    toId: s.to ? reviewActor(s.to, positionId, result) : undefined,
    outcome: s.outcome,
    returnTo: s.returnTo ? numberOf.get(s.returnTo) : undefined,
    closes: s.closes === true,
    basis: s.basis
  }));
}
