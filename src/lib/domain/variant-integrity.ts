// Cross-references inside a variant: role ids used in matchers exist, option conditions name real
// options and values, rule ids are unique. A variant that fails here is refused before use.
import type { Problem } from './integrity.ts';
import type { OptionCondition, PositionMatch, Variant } from './variant.ts';

export function checkVariantIntegrity(v: Variant): Problem[] {
  const problems: Problem[] = [];
  const roleIds = new Set(v.roles.map((r) => r.id));
  const options = new Map(v.options.map((o) => [o.key, new Set(o.choices.map((c) => c.value))]));

  const checkMatch = (m: PositionMatch | undefined, path: (string | number)[]) => {
    m?.roles?.forEach((r, i) => {
      if (!roleIds.has(r)) problems.push({ path: [...path, 'roles', i], message: `Peran "${r}" tidak didefinisikan di roles` });
    });
  };
  const checkWhen = (w: OptionCondition | undefined, path: (string | number)[]) => {
    for (const [key, want] of Object.entries(w ?? {})) {
      const values = options.get(key);
      if (!values) {
        problems.push({ path: [...path, 'when', key], message: `Opsi "${key}" tidak didefinisikan di options` });
        continue;
      }
      for (const value of Array.isArray(want) ? want : [want])
        if (!values.has(value)) problems.push({ path: [...path, 'when', key], message: `Nilai "${value}" bukan pilihan opsi "${key}"` });
    }
  };
  const unique = (ids: string[], collection: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ path: [collection, i, 'id'], message: `Id "${id}" ganda` });
      seen.add(id);
    });
  };

  unique(v.roles.map((r) => r.id), 'roles');
  unique(v.raterRules.map((r) => r.id), 'raterRules');
  unique(v.lineRules.map((r) => r.id), 'lineRules');
  unique(v.teamLineRules.map((r) => r.id), 'teamLineRules');
  unique(v.options.map((o) => o.key), 'options');
  v.raterRules.forEach((r, i) => {
    checkMatch(r.candidate, ['raterRules', i, 'candidate']);
    checkMatch(r.staff, ['raterRules', i, 'staff']);
    checkWhen(r.when, ['raterRules', i]);
  });
  v.lineRules.forEach((r, i) => {
    checkMatch(r.subject, ['lineRules', i, 'subject']);
    checkWhen(r.when, ['lineRules', i]);
  });
  v.teamLineRules.forEach((r, i) => checkWhen(r.when, ['teamLineRules', i]));
  v.checks.forEach((c, i) => {
    checkWhen(c.when, ['checks', i]);
    if (c.check === 'placement') {
      checkMatch(c.staff, ['checks', i, 'staff']);
      checkMatch(c.parent, ['checks', i, 'parent']);
    }
    if (c.check === 'raterMinLevel') c.except.forEach((e, j) => checkMatch(e, ['checks', i, 'except', j]));
  });
  v.teams.ketuaCriteria.forEach((c, i) => checkWhen(c.when, ['teams', 'ketuaCriteria', i]));
  v.checks.forEach((c, i) => {
    if (c.check === 'teamLeadEligible') c.allowed.forEach((m, j) => checkMatch(m, ['checks', i, 'allowed', j]));
  });
  v.unitOrganisasiScope.forEach((r, i) => checkWhen(r.when, ['unitOrganisasiScope', i]));
  v.instansiScope.forEach((r, i) => checkWhen(r.when, ['instansiScope', i]));
  unique(v.resultsReviews.map((r) => r.id), 'resultsReviews');
  v.resultsReviews.forEach((r, i) => {
    checkWhen(r.when, ['resultsReviews', i]);
    checkMatch(r.head, ['resultsReviews', i, 'head']);
    const seen: string[] = [];
    r.steps.forEach((st, j) => {
      if (seen.includes(st.id)) problems.push({ path: ['resultsReviews', i, 'steps', j, 'id'], message: `Id langkah "${st.id}" ganda` });
      // A rework loop goes back to a step already passed, never forward (that would be no loop).
      if (st.returnTo !== undefined && !seen.includes(st.returnTo))
        problems.push({ path: ['resultsReviews', i, 'steps', j, 'returnTo'], message: `Langkah "${st.returnTo}" tidak ada sebelum langkah "${st.id}"` });
      seen.push(st.id);
    });
  });
  return problems;
}
