// The rule engine's machinery behind compute() and the incremental engine. Work is split per unit
// (UnitPart): facts and roles, raters, line-rule lines, per-unit checks. From scratch every part is
// computed; after an edit (the edits in edit*.ts copy only the objects they change) only the parts of
// the positions that changed, of their kedudukan descendants and of the positions pointing at them
// (workUnder, coordinator) are recomputed, plus the line rules of child units whose parent unit got
// another head. Team lines, whole-structure checks and the assembly read the parts' results.
import type { Position, Structure, Unit } from './structure.ts';
import type { Variant } from './variant.ts';
import type { ComputeResult } from './result.ts';
import { compiledVariant, type CompiledVariant } from './compiled-variant.ts';
import { PosState, UnitPart, refreshFacts } from './engine-state.ts';
import { assignPartRoles, findRaters, partLines, type Seen } from './engine-lines.ts';
import { UNIT_SCOPED_CHECKS, partChecks } from './engine-part-checks.ts';
import { engineLookups } from './engine-lookup.ts';
import { assemble, type LineCache, type Run } from './engine-assemble.ts';
import type { RolesCache } from './engine-roles.ts';
import { ExternalLines, type PartChange } from './engine-line-splice.ts';
import { IntSet } from './int-set.ts';
import type { TeamCache } from './engine-teams.ts';
import type { UnitType } from './vocabulary.ts';

export interface EngineStats {
  /** Parts (units) taken from the previous computation unchanged. */
  reused: number;
  /** Parts computed anew. */
  computed: number;
  /** True when everything was computed from scratch. */
  whole: boolean;
}

/** More changed positions than this share of the file: computing from scratch is as quick. */
const WHOLE_SHARE = 0.25;

export class Engine {
  readonly stats: EngineStats = { reused: 0, computed: 0, whole: true };
  private compiled: CompiledVariant | undefined;
  private structure: Structure | undefined;
  private states = new Map<string, PosState>();
  private parts = new Map<string, UnitPart>();
  private units = new Map<string, Unit>();
  private unitParts: UnitPart[] = [];
  private childParts = new Map<string, UnitPart[]>();
  private order: PosState[] = [];
  private runs: Run[] = [];
  private round = 0;
  private serial = 0;
  private keyWidth = 1 << 15;
  private seen: Seen = Object.assign([], { used: new Uint8Array(0) });
  private lineCache: LineCache | undefined;
  private silentCache: { heads?: Map<UnitType, string[]> } = {};
  private teamCache: TeamCache = { teams: undefined, lines: [], parts: new Set(), partial: true };
  private rolesCache: RolesCache = { lookup: undefined, patches: new Map(), changed: null, removed: [] };
  /** Incremental only: positions by kedudukan parent id, and by the id their workUnder/coordinator names. */
  private children = new Map<string, Set<PosState>>();
  private refs = new Map<string, Set<PosState>>();

  constructor(private readonly incremental: boolean) {}

  compute(structure: Structure, variant: Variant, given: Record<string, string> = {}): ComputeResult {
    const c0 = compiledVariant(variant, given);
    if (this.compiled !== c0) {
      this.compiled = c0;
      this.structure = undefined;
    }
    const c = this.compiled;
    if (this.seen.length !== c.groupCount) this.seen = Object.assign(Array.from({ length: c.groupCount }, () => new IntSet()), { used: new Uint8Array(c.groupCount) });
    const prev = this.structure;
    if (!this.incremental || !prev || prev.units !== structure.units || !this.update(prev, structure)) this.build(structure);
    this.structure = structure;
    const lookups = engineLookups(structure, this.states, this.parts, this.units);
    return assemble({ structure, c, runs: this.runs, unitParts: this.unitParts, parts: this.parts, states: this.states, lookups, lineCache: this.lineCache!, rolesCache: this.incremental ? this.rolesCache : null, teamCache: this.teamCache, silentCache: this.silentCache });
  }

  private part(unitId: string): UnitPart {
    let part = this.parts.get(unitId);
    if (!part) {
      part = new UnitPart(unitId);
      part.unit = this.units.get(unitId);
      this.parts.set(unitId, part);
    }
    return part;
  }

  private build(structure: Structure): void {
    this.round++;
    this.messages.clear();
    this.messageCount = 0;
    // A one-off engine keeps its id map: ids are mostly those of the computation before (the same
    // project again, another variant), and overwriting an entry allocates nothing, where a new
    // 10,000-entry map grew and rehashed its table a dozen times. Entries of ids gone are found by the count.
    const states = this.incremental ? new Map<string, PosState>() : this.states;
    this.states = states;
    this.parts = new Map();
    const units = structure.units;
    this.units = new Map();
    for (let i = 0; i < units.length; i++) this.units.set(units[i].id, units[i]);
    this.unitParts = new Array(units.length);
    // Child units are looked up only when an edit gives a unit another head (incremental).
    this.childParts = new Map();
    for (let i = 0; i < units.length; i++) {
      const part = (this.unitParts[i] = this.part(units[i].id));
      if (this.incremental && units[i].parent !== null) push(this.childParts, units[i].parent!, part);
    }
    this.children = new Map();
    this.refs = new Map();
    const n = structure.positions.length;
    this.keyWidth = n < 1 << 14 ? 1 << 15 : 2 ** Math.ceil(Math.log2(2 * n + 1));
    this.serial = 0;
    // A one-off engine (compute()) is kept between computations: its states are reused, not reallocated
    // (10,000 states surviving every young-generation collection were a large share of the GC time).
    const pool = this.incremental ? [] : this.order;
    this.order = new Array(n);
    // Positions of a unit mostly follow each other: the previous position's part is tried first (a string
    // comparison, no hashing of a freshly read unit id).
    let lastUnit: string | undefined;
    let part: UnitPart | undefined;
    // Files list a position after its kedudukan parent and the parent's earlier subtrees, so the chain of
    // ancestors of the previous position usually holds the parent: found by string comparisons, without
    // hashing every freshly read parent id for a map lookup (refreshFacts falls back to the map).
    const chain: PosState[] = [];
    let top = 0;
    let repeated = 0;
    for (let i = 0; i < n; i++) {
      const p = structure.positions[i];
      if (part === undefined || p.unit !== lastUnit) {
        part = this.part(p.unit);
        lastUnit = p.unit;
      }
      const st = i < pool.length ? pool[i].reuse(p, part, this.serial++) : new PosState(p, part, this.serial++);
      const before = states.get(p.id);
      // Placed earlier in this build (pool states are reused in file order, serial = index): a repeated id.
      if (before !== undefined && before.serial < i && this.order[before.serial] === before && before.id === p.id) repeated++;
      states.set(p.id, st);
      const parentId = p.parent;
      if (parentId === null) top = 0;
      else while (top > 0 && chain[top - 1].id !== parentId) top--;
      st.parentHint = top > 0 ? chain[top - 1] : undefined;
      chain[top++] = st;
      // Counted now, listed below at the exact length (pushing grew each unit's list two or three times).
      st.local = part.size++;
      this.order[i] = st;
      if (this.incremental) this.link(st);
    }
    for (const part of this.parts.values()) part.states = new Array(part.size);
    for (let i = 0; i < n; i++) this.order[i].part.states[this.order[i].local] = this.order[i];
    if (states.size !== n - repeated) {
      // Ids of an earlier computation left in the kept map: built again (the last state of an id wins).
      this.states = new Map();
      for (const st of this.order) this.states.set(st.id, st);
    }
    // With a repeated id the map keeps the last state of that id: hints could name another one.
    if (repeated > 0) for (const st of this.order) st.parentHint = undefined;
    this.runs = runsOf(this.order, this.parts.values());
    this.lineCache = { segments: [], changes: null, external: this.incremental ? new ExternalLines(this.compiled!) : null, keyOf: (l) => this.keyOf(l), seen: this.lineCache?.seen };
    this.recompute([...this.parts.values()], [], [], true);
    this.rolesCache.changed = null;
    Object.assign(this.stats, { reused: 0, computed: this.parts.size, whole: true });
  }

  /** fillTemplate (message.ts) with each template split once: thousands of findings share a few templates. */
  private templates = new Map<string, string[]>();
  /**
   * Filled messages by template and titles, emptied on each computation from scratch: thousands of findings
   * (one per JF of a JF-led unit in Cilegon) repeat a hundred messages, each built once instead of as
   * thousands of concatenated strings the young-generation collector then copies.
   */
  private messages = new Map<string, MessageNode>();
  private messageCount = 0;
  private fill(template: string, ids: readonly string[]): string {
    let parts = this.templates.get(template);
    if (!parts) this.templates.set(template, (parts = template.split(/\{(\d)\}/)));
    let node = this.messages.get(template);
    if (!node) this.messages.set(template, (node = new MessageNode()));
    for (let i = 1; i < parts.length; i += 2) {
      const id = ids[Number(parts[i])];
      const title = id === undefined ? undefined : this.states.get(id)?.position.title;
      node = node.next(title);
    }
    if (node.message !== undefined) return node.message;
    // An incremental engine builds from scratch rarely: renames must not grow the cache without end.
    if (++this.messageCount > 50_000) {
      this.messageCount = 0;
      this.messages.clear();
    }
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const id = ids[Number(parts[i])];
      const p = id === undefined ? undefined : this.states.get(id)?.position;
      out += (p ? `"${p.title}"` : '?') + parts[i + 1];
    }
    return (node.message = out);
  }

  /** A line's numeric key; -1 for a line of a removed position (its part and its readers are recomputed). */
  private keyOf(line: { from: string; to: string }): number {
    const from = this.states.get(line.from);
    const to = this.states.get(line.to);
    return from && to ? from.serial * this.keyWidth + to.serial : -1;
  }

  private link(st: PosState): void {
    const p = st.position;
    if (p.parent !== null) addTo(this.children, p.parent, st);
    if (p.workUnder !== undefined) addTo(this.refs, p.workUnder, st);
    const coordinator = (p as { coordinator?: string }).coordinator;
    if (coordinator !== undefined) addTo(this.refs, coordinator, st);
  }

  private unlink(st: PosState): void {
    const p = st.position;
    if (p.parent !== null) this.children.get(p.parent)?.delete(st);
    if (p.workUnder !== undefined) this.refs.get(p.workUnder)?.delete(st);
    const coordinator = (p as { coordinator?: string }).coordinator;
    if (coordinator !== undefined) this.refs.get(coordinator)?.delete(st);
  }

  /** Applies the positions that changed since `prev`; false when computing from scratch is needed. */
  private update(prev: Structure, next: Structure): boolean {
    const O = prev.positions;
    const N = next.positions;
    const round = ++this.round;
    let a = 0;
    const min = Math.min(O.length, N.length);
    while (a < min && O[a] === N[a]) a++;
    let b = 0;
    while (b < min - a && O[O.length - 1 - b] === N[N.length - 1 - b]) b++;
    const oldMid = O.slice(a, O.length - b);
    const newMid = N.slice(a, N.length - b);
    if (oldMid.length + newMid.length > WHOLE_SHARE * Math.max(N.length, 16)) return false;
    if (this.serial + newMid.length >= this.keyWidth) return false;

    const dirty: UnitPart[] = [];
    const markDirty = (part: UnitPart) => {
      if (part.dirtyRound === round) return;
      part.dirtyRound = round;
      dirty.push(part);
    };
    const oldIds = new Set<string>();
    for (const p of oldMid) {
      const st = this.states.get(p.id);
      if (!st || st.position !== p || oldIds.has(p.id)) return false;
      oldIds.add(p.id);
    }
    const newIds = new Set<string>();
    for (const p of newMid) {
      if (newIds.has(p.id) || (this.states.has(p.id) && !oldIds.has(p.id))) return false; // a duplicate id
      newIds.add(p.id);
    }
    const seeds: PosState[] = [];
    const seedRefs = (id: string) => {
      for (const s of this.children.get(id) ?? []) seeds.push(s);
      for (const s of this.refs.get(id) ?? []) seeds.push(s);
    };
    for (const p of oldMid) {
      const st = this.states.get(p.id)!;
      markDirty(st.part);
      this.unlink(st);
      if (!newIds.has(p.id)) {
        this.states.delete(p.id);
        seedRefs(p.id);
      }
    }
    const midStates: PosState[] = new Array(newMid.length);
    let movedPart = false;
    newMid.forEach((p, i) => {
      const part = this.part(p.unit);
      let st = this.states.get(p.id);
      if (!st) {
        st = new PosState(p, part, this.serial++);
        this.states.set(p.id, st);
        seedRefs(p.id);
      } else {
        markDirty(st.part);
        if (st.part !== part) movedPart = true;
        st.setPosition(p);
        st.part = part;
      }
      markDirty(part);
      this.link(st);
      seeds.push(st);
      midStates[i] = st;
    });
    // Everything that reads a changed position: its kedudukan descendants and who points at it.
    for (let i = 0; i < seeds.length; i++) {
      const st = seeds[i];
      if (st.seenRound === round || this.states.get(st.id) !== st) continue;
      st.seenRound = round;
      markDirty(st.part);
      seedRefs(st.id);
    }

    // Same positions in the same places and units (a rename, a level changed): file order, the parts'
    // lists and the runs stay as they are.
    const sameShape = !movedPart && oldMid.length === newMid.length && midStates.every((st, i) => this.order[a + i] === st);
    let split: UnitPart[] = [];
    if (!sameShape) {
      const order = new Array<PosState>(N.length);
      for (let i = 0; i < a; i++) order[i] = this.order[i];
      for (let i = 0; i < newMid.length; i++) order[a + i] = midStates[i];
      for (let i = 0; i < b; i++) order[N.length - b + i] = this.order[O.length - b + i];
      this.order = order;
      for (const part of dirty) part.states = [];
      for (const st of order)
        if (st.part.dirtyRound === round) {
          st.local = st.part.states.length;
          st.part.states.push(st);
        }
      this.runs = runsOf(order, this.parts.values());
      // A part now split across the file (another unit's position inserted in its stretch) needs the
      // subject of each line to be cut by stretch: derive its lines again.
      split = this.runs.filter((run) => run.part.runCount > 1 && run.part.out?.withAt === false && run.part.dirtyRound !== round).map((run) => run.part);
    }
    this.rolesCache.removed = oldMid.filter((p) => !newIds.has(p.id)).map((p) => p.id);
    const computed = this.recompute(dirty, dirty.map((p) => p.head), split);
    Object.assign(this.stats, { reused: this.parts.size - computed, computed, whole: false });
    return true;
  }

  /** Recomputes the given parts (heads before, same order, to notice a unit that got another head). */
  private recompute(dirty: readonly UnitPart[], headsBefore: readonly (PosState | undefined)[], split: readonly UnitPart[] = [], fromScratch = false): number {
    const c = this.compiled!;
    const round = this.round;
    const limit = this.states.size;
    const fill = (template: string, ids: readonly string[]) => this.fill(template, ids);
    for (const part of dirty) {
      refreshFacts(part, this.states, round);
      assignPartRoles(part, c);
    }
    const lineParts = [...dirty];
    for (const part of dirty) part.linesRound = round;
    for (const part of split)
      if (part.linesRound !== round) {
        part.linesRound = round;
        lineParts.push(part);
      }
    dirty.forEach((part, i) => {
      if (i >= headsBefore.length || headsBefore[i] === part.head) return;
      for (const child of this.childParts.get(part.unitId) ?? [])
        if (child.linesRound !== round) {
          child.linesRound = round;
          lineParts.push(child);
        }
    });
    for (const part of dirty) findRaters(part, c, limit, fill);
    const cache = this.lineCache!;
    // From scratch every line is gathered anew: no change list to splice by.
    const changes: PartChange[] | null = fromScratch ? null : [];
    for (const part of lineParts) {
      changes?.push({ part, old: part.out });
      cache.external?.update(part, part.out, -1);
      const parentId = part.unit?.parent;
      const parentHead = parentId ? this.parts.get(parentId)?.head : undefined;
      const out = partLines(part, c, parentHead, this.keyWidth, this.seen);
      out.checks = partChecks(part, c, fill);
      out.positionFindings = out.checks.some((l, k) => l !== undefined && !UNIT_SCOPED_CHECKS.has(c.checks[k].check));
      part.out = out;
      cache.external?.update(part, part.out, 1);
    }
    cache.changes = changes;
    this.rolesCache.changed = lineParts;
    return lineParts.length;
  }
}

function runsOf(order: readonly PosState[], parts: Iterable<UnitPart>): Run[] {
  for (const part of parts) {
    part.firstRun = -1;
    part.runCount = 0;
  }
  const runs: Run[] = [];
  let run: Run | undefined;
  for (let i = 0; i < order.length; i++) {
    const st = order[i];
    if (!run || run.part !== st.part) {
      if (st.part.runCount++ === 0) st.part.firstRun = runs.length;
      runs.push((run = { part: st.part, from: st.local, to: st.local }));
    }
    run.to++;
  }
  return runs;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo(map: Map<string, Set<PosState>>, key: string, st: PosState): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(st);
}

export type { Position };

/** One step of the filled-message cache: by the title filling the next placeholder (undefined: no position). */
class MessageNode {
  message: string | undefined = undefined;
  private byTitle: Map<string, MessageNode> | undefined = undefined;
  private untitled: MessageNode | undefined = undefined;
  next(title: string | undefined): MessageNode {
    if (title === undefined) return (this.untitled ??= new MessageNode());
    const map = (this.byTitle ??= new Map());
    let node = map.get(title);
    if (!node) map.set(title, (node = new MessageNode()));
    return node;
  }
}
