// The checks that read one unit and its positions (with their parents and raters): evaluated per part,
// so an edit re-checks only the units it touched. Same rules and messages as the generic checks in
// checks.ts, which hands these kinds to the parts (see PART_CHECKS).
import type { Check, PositionMatch } from './variant.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import type { Finding } from './result.ts';
import { LEVEL_LABEL, LEVEL_RANK } from './vocabulary.ts';
import type { PosState, UnitPart } from './engine-state.ts';
import type { FillTemplate } from './engine-lines.ts';

/** Check kinds evaluated per part; unit-scoped ones report in unit order, the others in position order. */
export const PART_CHECKS: ReadonlySet<string> = new Set(['unitHead', 'staffUnderStaff', 'raterMinLevel', 'maxLevels', 'placement', 'workUnitHeadUnderRater']);
export const UNIT_SCOPED_CHECKS: ReadonlySet<string> = new Set(['unitHead', 'maxLevels']);

const title = (st: PosState | undefined) => (st ? `"${st.position.title}"` : '?');

/** Whether one of the matchers picks the state (plain loop: no array of predicates per part). */
function matchesAny(c: CompiledVariant, matches: readonly PositionMatch[], st: PosState): boolean {
  for (let i = 0; i < matches.length; i++) if (c.stateMatcher(matches[i])(st)) return true;
  return false;
}

type Found = { items: Finding[]; at: number[] };

// The part being checked. Module scratch (partChecks runs to the end, never re-entered) so that `add` is a
// plain function: a closure made for every part, found something or not, was an allocation per unit.
let found: (Found | undefined)[] | undefined;
let current: Check;
let currentIndex = 0;
let fillCurrent: FillTemplate;

/**
 * Records a finding of the current check. `generic` is the message when the check has none of its own;
 * callers build it only then (`current.message ? '' : …`): most variant checks carry their own message.
 */
function add(checkCount: number, code: string, positions: string[], generic: string, at: number): void {
  found ??= new Array(checkCount);
  const list = (found[currentIndex] ??= { items: [], at: [] });
  list.items.push({ severity: current.severity, code, positions, message: current.message ? fillCurrent(current.message, positions) : generic, rule: current.check, basis: current.basis });
  list.at.push(at);
}

export function partChecks(part: UnitPart, c: CompiledVariant, fill: FillTemplate): (Found | undefined)[] {
  const checks = c.checks;
  const n = checks.length;
  const unit = part.unit;
  const states = part.states;
  found = undefined;
  fillCurrent = fill;
  for (let k = 0; k < n; k++) {
    const check = checks[k];
    if (!PART_CHECKS.has(check.check)) continue;
    current = check;
    currentIndex = k;
    const own = Boolean(check.message);
    switch (check.check) {
      case 'unitHead': {
        if (!unit) break;
        const heads = part.heads;
        if (heads.length === 0) add(n, 'UNIT_WITHOUT_HEAD', [], own ? '' : `Unit "${unit.name}" tidak memiliki pimpinan (tidak ada jabatan di unit ini).`, 0);
        else if (heads.length > 1)
          add(n, 'UNIT_MULTIPLE_HEADS', heads.map((h) => h.id), own ? '' : `Unit "${unit.name}" memiliki ${heads.length} pimpinan: ${heads.map(title).join(', ')}. Satu unit hanya dipimpin satu pejabat.`, 0);
        break;
      }
      case 'maxLevels': {
        if (!unit || (check.unitTypes && !check.unitTypes.includes(unit.type))) break;
        const max = check.max;
        if (!states.some((st) => st.structural && st.depth > max)) break;
        const deep = states.filter((st) => st.structural && st.depth > max);
        add(n, 'TOO_MANY_LEVELS', deep.map((st) => st.id), own ? '' : `Unit "${unit.name}" memiliki lebih dari ${max} level struktural: ${deep.map(title).join(', ')}.`, 0);
        break;
      }
      case 'staffUnderStaff':
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const parent = st.parent;
          if (st.staff && parent && !parent.official && st.rater !== parent)
            add(n, 'STAFF_UNDER_STAFF', [st.id, parent.id], own ? '' : `${title(st)} ditempatkan di bawah ${title(parent)}, padahal JF/Pelaksana berkedudukan di bawah pejabat, bukan di bawah JF/Pelaksana lain.`, i);
        }
        break;
      case 'raterMinLevel': {
        const minRank = LEVEL_RANK[check.minLevel];
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const rp = st.staff ? st.rater : undefined;
          if (!rp || LEVEL_RANK[rp.level] <= minRank) continue;
          if (matchesAny(c, check.except, rp)) continue;
          add(n, 'RATER_BELOW_MIN', [st.id, rp.id], own ? '' : `Pejabat Penilai Kinerja ${title(st)} adalah ${title(rp)} (${LEVEL_LABEL[rp.position.level]}), di bawah batas minimal ${LEVEL_LABEL[check.minLevel]}.`, i);
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
          add(n, check.code, [st.id, parent.id], '', i);
        }
        break;
      }
      case 'workUnitHeadUnderRater':
        for (let i = 0; i < states.length; i++) {
          const st = states[i];
          const w = st.workUnder;
          const r = st.rater;
          if (!w || !r || w === r || w.structuralParent === r) continue;
          add(n, 'WORK_UNIT_HEAD_NOT_UNDER_RATER', [st.id, w.id, r.id], own ? '' : `Pimpinan unit kerja ${title(st)} adalah ${title(w)}, yang bukan Pejabat Penilai Kinerjanya (${title(r)}) dan tidak berada langsung di bawahnya.`, i);
        }
        break;
    }
  }
  const out = found ?? NONE;
  found = undefined;
  return out;
}

const NONE: (Found | undefined)[] = [];
