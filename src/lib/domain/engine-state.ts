// The engine's working state: one PosState per position (its facts, kedudukan parent, structural parent,
// rater) and one UnitPart per unit (its positions in file order, its head). States are kept per id across
// incremental recomputations and updated in place, so references between them stay valid; integer
// serials give cheap numeric line keys. No string-keyed map is consulted in the hot loops.
import type { Position, Unit } from './structure.ts';
import type { PositionFacts } from './match.ts';
import type { Finding, Line, PositionRoles } from './result.ts';
import { isStructural } from './vocabulary.ts';
import { GRADE_BIT, LEVEL_BIT } from './engine-match.ts';
import type { CompiledVariant } from './compiled-variant.ts';
import { lowerBound } from './sorted.ts';

const lower = (s: string) => s.toLowerCase();

export class PosState implements PositionFacts {
  unitType = 'lainnya';
  unitName = '';
  /** Lowered title, made when a matcher first asks (most positions are never matched by title). */
  private lowered: string | undefined = undefined;
  private loweredFrom = '';
  unitHead = false;
  depth = 1;
  headOfUnitType: string | undefined = undefined;
  hasWorkUnder = false;
  roles: readonly string[] = [];
  /** LEVEL_BIT of the position's level. */
  levelBit = 0;
  /** GRADE_BIT of its jenjang (0: none), copied once like id and level. */
  gradeBit = 0;
  /** Bits of its variant roles (CompiledVariant.roleBit). */
  roleMask = 0;
  parent: PosState | undefined = undefined;
  /** Kedudukan parent found while the engine read the file in order (build); used once by refreshFacts. */
  parentHint: PosState | undefined = undefined;
  workUnder: PosState | undefined = undefined;
  coordinator: PosState | undefined = undefined;
  official = false;
  staff = false;
  structuralParent: PosState | undefined = undefined;
  rater: PosState | undefined = undefined;
  /** Round in which depth was last computed (depth is filled lazily along kedudukan chains). */
  depthRound = -1;
  /** Round in which this state was marked dirty (closure of an edit). */
  seenRound = -1;
  performanceOwner: string | null = null;
  /** Index in part.states. */
  local = 0;
  /**
   * The position's id and level, copied once: positions come in several shapes (optional fields), so
   * reading them through `position` in the hot loops is a megamorphic load — measured at ~130 bytes
   * allocated per load in partLines, most of a computation's garbage.
   */
  id = '';
  level: Position['level'] = 'pelaksana';
  /** A structural level (isStructural). */
  structural = false;
  public position!: Position;
  constructor(
    position: Position,
    public part: UnitPart,
    public serial: number
  ) {
    this.setPosition(position);
  }
  setPosition(position: Position): void {
    this.position = position;
    this.id = position.id;
    this.level = position.level;
    this.gradeBit = position.grade === undefined ? 0 : (GRADE_BIT[position.grade] ?? 0);
    this.structural = isStructural(position.level);
  }
  /**
   * Makes a state of an earlier one-off computation this position's: every field the engine reads
   * before writing it is reset here (facts, roles and raters are written for every state of a build).
   */
  reuse(position: Position, part: UnitPart, serial: number): this {
    this.setPosition(position);
    // Nothing derived from an earlier structure's content is kept, not even a lowered title.
    this.lowered = undefined;
    this.part = part;
    this.serial = serial;
    this.depthRound = -1;
    this.seenRound = -1;
    this.performanceOwner = null;
    return this;
  }
  get title(): string {
    const raw = this.position.title;
    if (this.lowered === undefined || this.loweredFrom !== raw) {
      this.lowered = lower(raw);
      this.loweredFrom = raw;
    }
    return this.lowered;
  }
}

/**
 * A part's lines of one rule (a copy cut from the part's lines, for splicing after an edit) and, when its
 * positions lie in more than one stretch of the file, the subject (local index) of each (`at`).
 */
export interface RuleLines {
  items: Line[];
  at: number[] | undefined;
}

/**
 * Each line of a part's output whose from or to lies outside the part: only these can repeat a line of
 * another part. Read off the key list (an object per such line cost ~1 MB per computation in
 * Cilegon, where every JF-led unit's lines reach its parent unit).
 */
export function forEachExternal(c: CompiledVariant, out: PartOutput | undefined, fn: (group: number, key: number, home: UnitPart | undefined) => void): void {
  const pairs = out?.external;
  if (!pairs) return;
  const { starts, ruleList, homes } = out;
  let j = 0;
  for (let e = 0; e < pairs.length; e += 2) {
    while (starts[j + 1] <= pairs[e]) j++;
    fn(c.lineRules[ruleList[j]].group, pairs[e + 1], homes?.[e >> 1]);
  }
}

const NO_FINDINGS: { items: Finding[]; at: number[] } = { items: [], at: [] };
const NO_IDS: { items: string[]; at: number[] } = { items: [], at: [] };
export const EMPTY_LISTS = { findings: NO_FINDINGS, ids: NO_IDS };

export interface PartOutput {
  /** Lines carry `at` (the part was split across the file when they were derived). */
  withAt: boolean;
  /**
   * The part's lines, rule after rule: the rules that have lines ascending in ruleList, the lines of rule
   * ruleList[j] at [starts[j], starts[j + 1]). One array per part, not one per rule and part (10,000 of
   * them at kabupaten scale, each an object and an array the young-generation collector copied).
   */
  items: Line[];
  starts: number[];
  ruleList: number[];
  /** Subject (local index) of each line, when withAt. */
  at: number[] | undefined;
  /**
   * The lines that reach outside the part, as (index into items, key) pairs by index; undefined when none
   * does (most parts have a few: their head's lines to the parent unit).
   */
  external: number[] | undefined;
  /** Per external pair: the part holding both ends of its line, when they share one (its own lines may then repeat it). */
  homes: (UnitPart | undefined)[] | undefined;
  /** Per compiled check: findings for the part's positions (with local index) or for its unit. */
  checks: ({ items: Finding[]; at: number[] } | undefined)[];
  /** Some position-scoped check found something in this part. */
  positionFindings: boolean;
  roles: PositionRoles[];
}

/** A part's lines of rule r, if it has any (binary search in its rule list). */
export function linesOf(out: PartOutput | undefined, r: number): RuleLines | undefined {
  if (!out) return undefined;
  const j = lowerBound(out.ruleList, r);
  return out.ruleList[j] === r ? ruleLinesAt(out, j) : undefined;
}

/** The lines of the part's j-th rule (ruleList[j]), cut out. */
export function ruleLinesAt(out: PartOutput, j: number): RuleLines {
  const from = out.starts[j];
  const to = out.starts[j + 1];
  return { items: out.items.slice(from, to), at: out.at?.slice(from, to) };
}

/** Index of the first external pair of `pairs` whose line index is at least `i` (pairs.length when none). */
export function externalFrom(pairs: readonly number[], i: number): number {
  let lo = 0;
  let hi = pairs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[2 * mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

const NO_HEADS: PosState[] = [];

export class UnitPart {
  states: PosState[] = [];
  /** Positions counted while a build reads the file (states is then made at that length). */
  size = 0;
  unit: Unit | undefined = undefined;
  head: PosState | undefined = undefined;
  heads: PosState[] = [];
  private headIdList: string[] | undefined;
  /** Rater-rule findings and staff without a rater, each with the local index of its position. */
  raterFindings: { items: Finding[]; at: number[] } = NO_FINDINGS;
  noRater: { items: string[]; at: number[] } = NO_IDS;
  out: PartOutput | undefined = undefined;
  dirtyRound = -1;
  linesRound = -1;
  /** Index of its first run in the file and number of runs (stretches of consecutive positions). */
  firstRun = -1;
  runCount = 0;
  /** Levels present among its positions (LEVEL_BIT). */
  levelMask = 0;
  constructor(public readonly unitId: string) {}
  headIds(): readonly string[] {
    return (this.headIdList ??= this.heads.map((h) => h.id));
  }
  setHeads(heads: PosState[]): void {
    this.heads = heads;
    this.head = heads[0];
    this.headIdList = undefined;
  }
}

/** Facts of a part's positions that read only the position, its unit and its kedudukan chain. */
export function refreshFacts(part: UnitPart, byId: ReadonlyMap<string, PosState>, round: number): void {
  const unit = part.unit;
  const unitType = unit?.type ?? 'lainnya';
  const unitName = lower(unit?.name ?? '');
  // Nearly every unit has one head: no list (a 16-slot store per unit) until a second one shows.
  let firstHead: PosState | undefined;
  let moreHeads: PosState[] | undefined;
  let levelMask = 0;
  for (let i = 0; i < part.states.length; i++) {
    const st = part.states[i];
    const p = st.position;
    st.local = i;
    st.parent = p.parent === null ? undefined : (st.parentHint ?? byId.get(p.parent));
    st.parentHint = undefined;
    const headed = !st.parent || st.parent.part !== part;
    st.unitHead = headed;
    st.unitType = unitType;
    st.unitName = unitName;
    st.headOfUnitType = headed ? unit?.type : undefined;
    st.workUnder = p.workUnder === undefined ? undefined : byId.get(p.workUnder);
    st.hasWorkUnder = st.workUnder !== undefined;
    const coordinator = (p as { coordinator?: string }).coordinator;
    st.coordinator = coordinator === undefined ? undefined : byId.get(coordinator);
    st.levelBit = LEVEL_BIT[st.level] ?? 0;
    levelMask |= st.levelBit;
    st.official = headed || st.structural;
    st.staff = !headed && (st.level === 'fungsional' || st.level === 'pelaksana');
    if (headed) {
      if (firstHead === undefined) firstHead = st;
      else (moreHeads ??= [firstHead]).push(st);
    }
  }
  part.setHeads(moreHeads ?? (firstHead ? [firstHead] : NO_HEADS));
  part.levelMask = levelMask;
  for (const st of part.states) {
    // Parents usually come first in the file: their depth is known, no chain to walk.
    const parent = st.parent;
    if (st.unitHead) {
      st.depth = 1;
      st.depthRound = round;
    } else if (parent && parent.depthRound === round) {
      st.depth = parent.depth + (st.structural ? 1 : 0);
      st.depthRound = round;
    } else depthOf(st, round, part.states.length);
  }
}

/** Structural depth inside the unit: head = 1, each structural position below adds one. Iterative (deep chains). */
function depthOf(st: PosState, round: number, limit: number): number {
  if (st.depthRound === round) return st.depth;
  const chain: PosState[] = [];
  let cur: PosState | undefined = st;
  while (cur && cur.depthRound !== round && !cur.unitHead && chain.length <= limit) {
    chain.push(cur);
    cur = cur.parent;
  }
  let d = 1;
  if (cur && cur.depthRound === round) d = cur.depth;
  else if (cur && cur.unitHead) {
    cur.depth = 1;
    cur.depthRound = round;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const q = chain[i];
    if (q.structural) d += 1;
    q.depth = d;
    q.depthRound = round;
  }
  return st.depth;
}

/** Nearest official above (the direct superior in the structural sense). */
export function findStructuralParent(st: PosState, limit: number): PosState | undefined {
  let cur = st.parent;
  let guard = 0;
  while (cur && !cur.official && guard++ < limit) cur = cur.parent;
  return cur;
}
