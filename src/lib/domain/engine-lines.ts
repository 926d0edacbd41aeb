// Per part (one unit): Pejabat Penilai Kinerja of each position, the line-rule lines of its positions
// and their roles. Reads other parts' states (ancestors, parent unit head) but writes only its own.
import type { Basis, FindingTemplate } from './variant.ts';
import type { Line, PositionRoles } from './result.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import { findStructuralParent, type ExternalLine, type PosState, type RuleLines, type UnitPart } from './engine-state.ts';

export type FillTemplate = (template: string, ids: readonly string[]) => string;

/** Structural parents and raters of a part's positions; rater-rule findings and staff without a rater. */
export function findRaters(part: UnitPart, c: CompiledVariant, limit: number, fill: FillTemplate): void {
  const findings = { items: [] as import('./result.ts').Finding[], at: [] as number[] };
  const noRater = { items: [] as string[], at: [] as number[] };
  const emit = (rule: { id: string; basis: Basis }, t: FindingTemplate, ids: string[], at: number) => {
    findings.items.push({ severity: t.severity, code: t.code, positions: ids, message: fill(t.message, ids), rule: rule.id, basis: rule.basis });
    findings.at.push(at);
  };
  for (const st of part.states) st.structuralParent = findStructuralParent(st, limit);
  for (let i = 0; i < part.states.length; i++) {
    const st = part.states[i];
    if (!st.staff) {
      st.rater = st.structuralParent;
      continue;
    }
    st.rater = undefined;
    let refused = false;
    let candidate = st.parent;
    let steps = 0;
    while (candidate && steps++ <= limit) {
      let rule: CompiledVariant['raterRules'][number] | undefined;
      for (const r of c.raterRules)
        if (r.candidate(candidate) && r.staff(st)) {
          rule = r;
          break;
        }
      const effect = rule ? rule.rule.effect : candidate.official ? 'allow' : 'skip';
      if (rule?.rule.finding) emit(rule.rule, rule.rule.finding, [st.id, candidate.id], i);
      if (effect === 'allow') {
        st.rater = candidate;
        break;
      }
      if (effect === 'refuse') {
        refused = true;
        break;
      }
      candidate = candidate.parent;
    }
    if (!st.rater && !refused) {
      noRater.items.push(st.id);
      noRater.at.push(i);
    }
  }
  part.raterFindings = findings;
  part.noRater = noRater;
}

function select(selector: string, st: PosState, parentHead: PosState | undefined): PosState | undefined {
  switch (selector) {
    case 'self':
      return st;
    case 'kedudukanParent':
      return st.parent;
    case 'structuralParent':
      return st.structuralParent;
    case 'rater':
      return st.rater;
    case 'unitHead':
      return st.part.head;
    case 'workUnitHead':
      return st.workUnder ?? st.rater;
    case 'parentUnitHead':
      return parentHead;
    case 'raterOfRater':
      return st.rater?.rater;
    case 'coordinator':
      return st.coordinator;
  }
  return undefined;
}

/** Scratch dedupe sets, one per line group, cleared for each part. */
export type Seen = Set<number>[];

/**
 * Line-rule lines of a part, per rule in variant order and within a rule in file order, deduplicated by
 * (group, from, to) as compute() always did; and the roles of its positions.
 */
export function partLines(part: UnitPart, c: CompiledVariant, parentHead: PosState | undefined, keyWidth: number, seen: Seen): { lines: (RuleLines | undefined)[]; ruleList: number[]; external: ExternalLine[]; roles: PositionRoles[] } {
  for (const s of seen) s.clear();
  const lines: (RuleLines | undefined)[] = new Array(c.lineRules.length);
  const ruleList: number[] = [];
  const external: ExternalLine[] = [];
  for (const st of part.states) st.performanceOwner = null;
  const applicable = c.rulesForUnitType(part.states.length ? part.states[0].unitType : (part.unit?.type ?? 'lainnya'));
  for (const r of applicable) {
    const cr = c.lineRules[r];
    const rule = cr.rule;
    const set = seen[cr.group];
    let out: RuleLines | undefined;
    const ownsPerformance = rule.kind === 'performance' && !rule.optional;
    for (let i = 0; i < part.states.length; i++) {
      const st = part.states[i];
      if (cr.levels && !cr.levels.has(st.position.level)) continue;
      if (!cr.subject(st)) continue;
      const from = select(cr.from, st, parentHead);
      const to = select(cr.to, st, parentHead);
      if (!from || !to || from === to) continue;
      if (cr.unlessFromIs && cr.unlessFromIs.some((s) => select(s, st, parentHead) === from)) continue;
      const key = from.serial * keyWidth + to.serial;
      if (set.has(key)) continue;
      set.add(key);
      const line: Line = { kind: rule.kind, subKind: rule.subKind, from: from.position.id, to: to.position.id, rule: rule.id, label: rule.label, basis: rule.basis };
      if (rule.optional) line.optional = true;
      if (!out) {
        out = lines[r] = { items: [], at: [] };
        ruleList.push(r);
      }
      if (from.part !== part || to.part !== part) {
        external.push({ rule: r, index: out.items.length, key, home: from.part === to.part ? from.part : undefined });
        (out.external ??= [])[out.items.length] = key;
      }
      out.items.push(line);
      out.at.push(i);
      if (ownsPerformance && to.part === part && to.performanceOwner === null) to.performanceOwner = line.from;
    }
  }
  const head = part.head?.position.id ?? null;
  const roles: PositionRoles[] = new Array(part.states.length);
  for (let i = 0; i < part.states.length; i++) {
    const st = part.states[i];
    roles[i] = {
      unitHead: head,
      workUnitHead: (st.workUnder ?? st.rater)?.position.id ?? null,
      rater: st.rater?.position.id ?? null,
      performanceOwner: st.performanceOwner,
      // Shared, frozen: one array per distinct set of role ids (see CompiledVariant.rolesArray).
      roles: st.roles as string[]
    };
  }
  return { lines, ruleList, external, roles };
}

/** Variant roles of each position of a part (after its facts); only the roles its unit type allows. */
export function assignPartRoles(part: UnitPart, c: CompiledVariant): void {
  if (part.states.length === 0) return;
  const candidates = c.rolesForUnitType(part.states[0].unitType);
  const ids: string[] = [];
  for (const st of part.states) {
    ids.length = 0;
    for (const k of candidates) {
      const r = c.roleTests[k];
      if ((!r.levels || r.levels.has(st.position.level)) && r.test(st)) ids.push(r.id);
    }
    st.roles = ids.length === 0 ? c.rolesArray(ids) : c.rolesArray(ids.slice());
  }
}
