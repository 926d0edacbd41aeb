// Differences between two computations (two variants on one structure, or one variant on two versions
// of a structure) and between two versions of a structure. Pure: used by the compare view and the CLI.
import type { ComputeResult, Line } from './result.ts';
import type { Position, Structure } from './structure.ts';
import type { LineKind } from './vocabulary.ts';

const lineKey = (l: Line) => `${l.kind}|${l.subKind}|${l.from}|${l.to}|${l.team ?? ''}|${l.optional ? 'opt' : ''}`;

export interface LineDiff {
  onlyA: Line[];
  onlyB: Line[];
  same: Line[];
}

export function diffLines(a: ComputeResult, b: ComputeResult): LineDiff {
  const inB = new Map(b.lines.map((l) => [lineKey(l), l]));
  const inA = new Set(a.lines.map(lineKey));
  return {
    onlyA: a.lines.filter((l) => !inB.has(lineKey(l))),
    onlyB: b.lines.filter((l) => !inA.has(lineKey(l))),
    same: a.lines.filter((l) => inB.has(lineKey(l)))
  };
}

/** Per position: who rates it, who assigns to it, to whom it reports — under A and under B. */
export interface PositionChange {
  position: string;
  kind: LineKind;
  before: string[];
  after: string[];
  /** Lines behind the "before" and "after" sources, for side-by-side citations. */
  linesBefore: Line[];
  linesAfter: Line[];
}

const TRACKED: LineKind[] = ['rating', 'assignment', 'reporting', 'performance'];

export function diffPositionRoles(a: ComputeResult, b: ComputeResult): PositionChange[] {
  const collect = (r: ComputeResult) => {
    const m = new Map<string, Line[]>();
    for (const l of r.lines) {
      if (!TRACKED.includes(l.kind) || l.optional || l.team) continue;
      const key = `${l.to}|${l.kind}`;
      const list = m.get(key);
      if (list) list.push(l);
      else m.set(key, [l]);
    }
    return m;
  };
  const ma = collect(a);
  const mb = collect(b);
  const keys = [...new Set([...ma.keys(), ...mb.keys()])];
  const out: PositionChange[] = [];
  for (const key of keys) {
    const la = ma.get(key) ?? [];
    const lb = mb.get(key) ?? [];
    const before = [...new Set(la.map((l) => l.from))].sort();
    const after = [...new Set(lb.map((l) => l.from))].sort();
    if (before.join() === after.join()) continue;
    const [position, kind] = key.split('|') as [string, LineKind];
    out.push({ position, kind, before, after, linesBefore: la, linesAfter: lb });
  }
  return out.sort((x, y) => x.position.localeCompare(y.position) || TRACKED.indexOf(x.kind) - TRACKED.indexOf(y.kind));
}

export type StructureChangeKind = 'added' | 'removed' | 'moved' | 'level' | 'grade' | 'title' | 'unit' | 'count';

export interface StructureChange {
  kind: StructureChangeKind;
  position: string;
  before?: string;
  after?: string;
}

/** Versions of a structure matched by position id (ids are stable across edits in the app). */
export function diffStructures(a: Structure, b: Structure): StructureChange[] {
  const pa = new Map(a.positions.map((p) => [p.id, p]));
  const pb = new Map(b.positions.map((p) => [p.id, p]));
  const out: StructureChange[] = [];
  for (const p of a.positions) if (!pb.has(p.id)) out.push({ kind: 'removed', position: p.id, before: p.title });
  for (const p of b.positions) {
    const old = pa.get(p.id);
    if (!old) {
      out.push({ kind: 'added', position: p.id, after: p.title });
      continue;
    }
    const cmp = (kind: StructureChangeKind, get: (x: Position) => unknown) => {
      const x = get(old);
      const y = get(p);
      if (x !== y) out.push({ kind, position: p.id, before: x == null ? undefined : String(x), after: y == null ? undefined : String(y) });
    };
    cmp('moved', (x) => x.parent);
    cmp('unit', (x) => x.unit);
    cmp('level', (x) => x.level);
    cmp('grade', (x) => x.grade);
    cmp('title', (x) => x.title);
    cmp('count', (x) => x.count ?? 1);
  }
  return out;
}
