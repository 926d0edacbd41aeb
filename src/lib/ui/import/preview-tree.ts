// The resulting tree of an import as an indented list (units, then their positions by kedudukan), cut
// after `limit` lines so a 5,000-row file previews instantly.
import type { Structure } from '../../domain/structure.ts';
import { GRADE_LABEL, LEVEL_LABEL, UNIT_TYPE_LABEL } from '../../domain/vocabulary.ts';

export interface TreeLine {
  depth: number;
  kind: 'unit' | 'position';
  text: string;
  detail: string;
}

export function previewTree(s: Structure, limit = 80): { lines: TreeLine[]; hidden: number } {
  const lines: TreeLine[] = [];
  let total = 0;
  const push = (l: TreeLine) => {
    total++;
    if (lines.length < limit) lines.push(l);
  };
  const childUnits = new Map<string | null, string[]>();
  const unitIds = new Set(s.units.map((u) => u.id));
  for (const u of s.units) {
    const key = u.parent !== null && unitIds.has(u.parent) ? u.parent : null;
    childUnits.set(key, [...(childUnits.get(key) ?? []), u.id]);
  }
  const units = new Map(s.units.map((u) => [u.id, u]));
  const posById = new Map(s.positions.map((p) => [p.id, p]));
  const kids = new Map<string, string[]>();
  const topOfUnit = new Map<string, string[]>();
  for (const p of s.positions) {
    const parent = p.parent ? posById.get(p.parent) : undefined;
    if (parent && parent.unit === p.unit) kids.set(parent.id, [...(kids.get(parent.id) ?? []), p.id]);
    else topOfUnit.set(p.unit, [...(topOfUnit.get(p.unit) ?? []), p.id]);
  }
  const seen = new Set<string>();
  const position = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const p = posById.get(id)!;
    const level = p.grade ? `${LEVEL_LABEL[p.level]} ${GRADE_LABEL[p.grade]}` : LEVEL_LABEL[p.level];
    const extra = [level, p.classGrade ? `kelas ${p.classGrade}` : '', `B ${p.count ?? 1}`, p.need !== undefined ? `K ${p.need}` : ''].filter(Boolean).join(' · ');
    push({ depth, kind: 'position', text: p.title, detail: extra });
    for (const c of kids.get(id) ?? []) position(c, depth + 1);
  };
  const unit = (id: string, depth: number) => {
    const u = units.get(id)!;
    push({ depth, kind: 'unit', text: u.name, detail: UNIT_TYPE_LABEL[u.type] });
    for (const p of topOfUnit.get(id) ?? []) position(p, depth + 1);
    for (const c of childUnits.get(id) ?? []) unit(c, depth + 1);
  };
  for (const id of childUnits.get(null) ?? []) unit(id, 0);
  return { lines, hidden: total - lines.length };
}
