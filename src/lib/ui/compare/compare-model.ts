// What the compare view shows, as plain data: two computations (two variants on one structure, or one
// variant on two versions of a structure) → rows with titles, unit names and both citations side by side.
// Pure (no DOM): the page only renders these rows, and the unit tests check them.
import { compute } from '../../domain/compute.ts';
import { diffLines, diffPositionRoles, diffStructures, type LineDiff, type StructureChangeKind } from '../../domain/diff.ts';
import type { ComputeResult, Line } from '../../domain/result.ts';
import type { Structure } from '../../domain/structure.ts';
import type { Basis, OptionValues, Variant } from '../../domain/variant.ts';
import { GRADE_LABEL, LEVEL_LABEL, LINE_KIND_LABEL, type Grade, type Level, type LineKind } from '../../domain/vocabulary.ts';

export interface NamedPosition {
  id: string;
  title: string;
}

/** One position whose rater, assigner, reporting or performance owner differs between A and B. */
export interface ChangeRow {
  position: NamedPosition;
  unitName: string;
  /** Top-level unit (OPD) the position belongs to: what the chart overlay lays out. */
  topUnit: string;
  kind: LineKind;
  kindLabel: string;
  before: NamedPosition[];
  after: NamedPosition[];
  /** Distinct legal bases behind the A lines and the B lines. */
  basisBefore: Basis[];
  basisAfter: Basis[];
}

export interface UnitCount {
  unit: string;
  name: string;
  count: number;
}

export interface Comparison {
  a: ComputeResult;
  b: ComputeResult;
  lines: LineDiff;
  rows: ChangeRow[];
  /** Top-level units with at least one changed line or row, most changes first. */
  units: UnitCount[];
}

class Names {
  private positions = new Map<string, { title: string; unit: string }>();
  private units = new Map<string, { name: string; parent: string | null }>();

  constructor(...structures: Structure[]) {
    // Later structures win: in a version comparison the newer title is the one the user recognises.
    for (const s of structures) {
      for (const u of s.units) this.units.set(u.id, { name: u.name, parent: u.parent });
      for (const p of s.positions) this.positions.set(p.id, { title: p.title, unit: p.unit });
    }
  }

  position(id: string): NamedPosition {
    return { id, title: this.positions.get(id)?.title ?? id };
  }

  unitOf(positionId: string): string | undefined {
    return this.positions.get(positionId)?.unit;
  }

  unitName(unitId: string | undefined): string {
    return (unitId && this.units.get(unitId)?.name) || '—';
  }

  topUnit(unitId: string | undefined): string {
    let id = unitId;
    const seen = new Set<string>();
    while (id && !seen.has(id)) {
      seen.add(id);
      const parent = this.units.get(id)?.parent;
      if (!parent || !this.units.has(parent)) return id;
      id = parent;
    }
    return id ?? '';
  }
}

export function distinctBases(lines: readonly Line[]): Basis[] {
  const seen = new Map<string, Basis>();
  for (const l of lines) seen.set(`${l.basis.source}|${l.basis.ref}|${l.basis.quote}`, l.basis);
  return [...seen.values()];
}

export function compareResults(a: ComputeResult, b: ComputeResult, structures: Structure[]): Comparison {
  const names = new Names(...structures);
  const lines = diffLines(a, b);
  const rows: ChangeRow[] = diffPositionRoles(a, b).map((c) => {
    const unit = names.unitOf(c.position);
    return {
      position: names.position(c.position),
      unitName: names.unitName(unit),
      topUnit: names.topUnit(unit),
      kind: c.kind,
      kindLabel: LINE_KIND_LABEL[c.kind],
      before: c.before.map((id) => names.position(id)),
      after: c.after.map((id) => names.position(id)),
      basisBefore: distinctBases(c.linesBefore),
      basisAfter: distinctBases(c.linesAfter)
    };
  });
  const counts = new Map<string, number>();
  const bump = (positionId: string) => {
    const top = names.topUnit(names.unitOf(positionId));
    if (top) counts.set(top, (counts.get(top) ?? 0) + 1);
  };
  for (const l of [...lines.onlyA, ...lines.onlyB]) bump(l.to);
  const units = [...counts]
    .map(([unit, count]) => ({ unit, name: names.unitName(unit), count }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'id'));
  return { a, b, lines, rows, units };
}

export interface VariantChoice {
  variant: Variant;
  options: OptionValues;
}

/** Two variants (each with its option choices) on the same structure. */
export function compareVariants(structure: Structure, a: VariantChoice, b: VariantChoice): Comparison {
  return compareResults(compute(structure, a.variant, a.options), compute(structure, b.variant, b.options), [structure]);
}

const STRUCTURE_CHANGE_LABEL: Record<StructureChangeKind, string> = {
  added: 'Jabatan ditambah',
  removed: 'Jabatan dihapus',
  moved: 'Kedudukan dipindah',
  unit: 'Pindah unit',
  level: 'Tingkat jabatan berubah',
  grade: 'Jenjang berubah',
  title: 'Nama jabatan berubah',
  count: 'Jumlah pemangku berubah'
};

export interface StructureChangeRow {
  kind: StructureChangeKind;
  label: string;
  position: NamedPosition;
  unitName: string;
  before: string;
  after: string;
}

export interface VersionComparison extends Comparison {
  structure: StructureChangeRow[];
}

/** One variant on two versions of a structure (two snapshots, or a snapshot and the current state). */
export function compareVersions(before: Structure, after: Structure, choice: VariantChoice): VersionComparison {
  const a = compute(before, choice.variant, choice.options);
  const b = compute(after, choice.variant, choice.options);
  const names = new Names(before, after);
  const namesBefore = new Names(before);
  const namesAfter = new Names(after);
  const describe = (kind: StructureChangeKind, value: string | undefined, side: Names): string => {
    if (value === undefined) return '—';
    if (kind === 'moved') return side.position(value).title;
    if (kind === 'unit') return side.unitName(value);
    if (kind === 'level') return LEVEL_LABEL[value as Level] ?? value;
    if (kind === 'grade') return GRADE_LABEL[value as Grade] ?? value;
    return value;
  };
  const structure = diffStructures(before, after).map((c) => ({
    kind: c.kind,
    label: STRUCTURE_CHANGE_LABEL[c.kind],
    position: names.position(c.position),
    unitName: names.unitName(names.unitOf(c.position)),
    before: c.kind === 'added' ? '—' : describe(c.kind, c.before, namesBefore),
    after: c.kind === 'removed' ? '—' : describe(c.kind, c.after, namesAfter)
  }));
  return { ...compareResults(a, b, [before, after]), structure };
}
