// The "what to export" list: the whole chart, then every unit in tree order, indented by depth.
import type { Structure } from '../../domain/structure.ts';

export interface UnitChoice {
  id: string;
  name: string;
  depth: number;
}

export function unitChoices(structure: Structure): UnitChoice[] {
  const children = new Map<string | null, Structure['units']>();
  const ids = new Set(structure.units.map((u) => u.id));
  for (const u of structure.units) {
    const parent = u.parent !== null && ids.has(u.parent) ? u.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitChoice[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ id: u.id, name: u.name, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
