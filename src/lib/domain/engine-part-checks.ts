// The checks that read one unit and its positions (with their parents and raters): evaluated per part,
// so an edit re-checks only the units it touched. Same rules and messages as the generic checks in
// checks.ts, which hands these kinds to the parts (see PART_CHECKS).
import type { Check } from './variant.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import type { Finding } from './result.ts';
import { LEVEL_LABEL, LEVEL_RANK } from './vocabulary.ts';
import type { PosState, UnitPart } from './engine-state.ts';
import type { FillTemplate } from './engine-lines.ts';

/** Check kinds evaluated per part; unit-scoped ones report in unit order, the others in position order. */
export const PART_CHECKS: ReadonlySet<string> = new Set(['unitHead', 'staffUnderStaff', 'raterMinLevel', 'maxLevels', 'placement', 'workUnitHeadUnderRater']);
export const UNIT_SCOPED_CHECKS: ReadonlySet<string> = new Set(['unitHead', 'maxLevels']);

const title = (st: PosState | undefined) => (st ? `"${st.position.title}"` : '?');

/** A plain function: a closure over the loop's `rp` made V8 allocate a context for every position. */
function matchesAny(tests: readonly ((st: PosState) => boolean)[], st: PosState): boolean {
  for (let i = 0; i < tests.length; i++) if (tests[i](st)) return true;
  return false;
}

type Found = { items: Finding[]; at: number[] };

export function partChecks(part: UnitPart, c: CompiledVariant, fill: FillTemplate): (Found | undefined)[] {
  const checks = c.checks;
  let out: (Found | undefined)[] | undefined;
  const unit = part.unit;
  const states = part.states;
  let k = 0;
  let check: Check;
  const add = (code: string, positions: string[], generic: string, at: number) => {
    out ??= new Array(checks.length);
    const list = (out[k] ??= { items: [], at: [] });
    list.items.push({ severity: check.severity, code, positions, message: check.message ? fill(check.message, positions) : generic, rule: check.check, basis: check.basis });
    list.at.push(at);
  };
  for (k = 0; k < checks.length; k++) {
    check = checks[k];
    if (!PART_CHECKS.has(check.check)) continue;
    switch (check.check) {
      case 'unitHead': {
        if (!unit) break;
        const heads = part.heads;
        if (heads.length === 0) add('UNIT_WITHOUT_HEAD', [], `Unit "${unit.name}" tidak memiliki pimpinan (tidak ada jabatan di unit ini).`, 0);
        else if (heads.length > 1)
          add('UNIT_MULTIPLE_HEADS', heads.map((h) => h.id), `Unit "${unit.name}" memiliki ${heads.length} pimpinan: ${heads.map(title).join(', ')}. Satu unit hanya dipimpin satu pejabat.`, 0);
        break;
      }
      case 'maxLevels': {
        if (!unit || (check.unitTypes && !check.unitTypes.includes(unit.type))) break;
        const max = check.max;
        const deep = states.filter((st) => st.structural && st.depth > max);
        if (deep.length > 0) add('TOO_MANY_LEVELS', deep.map((st) => st.id), `Unit "${unit.name}" memiliki lebih dari ${max} level struktural: ${deep.map(title).join(', ')}.`, 0);
        break;
      }
      case 'staffUnderStaff':
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const parent = st.parent;
          if (st.staff && parent && !parent.official && st.rater !== parent)
            add('STAFF_UNDER_STAFF', [st.id, parent.id], `${title(st)} ditempatkan di bawah ${title(parent)}, padahal JF/Pelaksana berkedudukan di bawah pejabat, bukan di bawah JF/Pelaksana lain.`, i);
        }
        break;
      case 'raterMinLevel': {
        const except = check.except.map(c.stateMatcher);
        const minRank = LEVEL_RANK[check.minLevel];
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const rp = st.staff ? st.rater : undefined;
          if (!rp || LEVEL_RANK[rp.level] <= minRank) continue;
          if (matchesAny(except, rp)) continue;
          add('RATER_BELOW_MIN', [st.id, rp.id], `Pejabat Penilai Kinerja ${title(st)} adalah ${title(rp)} (${LEVEL_LABEL[rp.position.level]}), di bawah batas minimal ${LEVEL_LABEL[check.minLevel]}.`, i);
        }
        break;
      }
      case 'placement': {
        // Most placement checks are about some unit types or levels: a part without them is skipped whole.
        const whole = c.matchParts(check.staff);
        if ((whole.levelMask & part.levelMask) === 0 || (whole.unitTest !== null && (states.length === 0 || !whole.unitTest(states[0])))) break;
        const staff = c.stateMatcher(check.staff);
        const parentTest = c.stateMatcher(check.parent);
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const parent = st.parent;
          if (!parent || !staff(st) || !parentTest(parent)) continue;
          const ids = [st.id, parent.id];
          add(check.code, ids, '', i);
        }
        break;
      }
      case 'workUnitHeadUnderRater':
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const w = st.workUnder;
          const r = st.rater;
          if (!w || !r || w === r || w.structuralParent === r) continue;
          add('WORK_UNIT_HEAD_NOT_UNDER_RATER', [st.id, w.id, r.id], `Pimpinan unit kerja ${title(st)} adalah ${title(w)}, yang bukan Pejabat Penilai Kinerjanya (${title(r)}) dan tidak berada langsung di bawahnya.`, i);
        }
        break;
    }
  }
  return out ?? NONE;
}

const NONE: (Found | undefined)[] = [];
