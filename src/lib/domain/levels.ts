// "Level" in the sense of the Sambas patterns (Lampiran I §3): the number of distinct jabatan classes on
// the kedudukan path from the top of the unit down to an official, not the number of boxes. A Setda
// path Sekda → Asisten → Kabag is [JPT, ADM] = 2 levels (L645); an RSUD Direktur → Kabid → Kasi is
// [ADM, PGW] = 2 (L751, L755). The path stays within units of the same type: a UPT (its own Unit
// Organisasi) does not count its parent Dinas, while a Bagian recorded as a unit of the Setda does.
import type { Position } from './structure.ts';
import type { StructureIndex } from './structure-index.ts';
import { isStructural, type Level } from './vocabulary.ts';

/** The classes on the path from the top down to `p` (inclusive), each once, top first; staff count only when heading a unit. */
export function levelClasses(index: StructureIndex, p: Position): Level[] {
  const type = index.units.get(p.unit)?.type;
  const path: Position[] = [];
  let cur: Position | undefined = p;
  for (let guard = 0; cur && guard <= index.positions.size; guard++) {
    path.push(cur);
    const parent: Position | undefined = cur.parent === null ? undefined : index.positions.get(cur.parent);
    if (!parent || index.units.get(parent.unit)?.type !== type) break;
    cur = parent;
  }
  const classes: Level[] = [];
  for (const q of path.reverse()) {
    if (!isStructural(q.level) && !index.headedUnit.has(q.id)) continue;
    if (!classes.includes(q.level)) classes.push(q.level);
  }
  return classes;
}

/** The level (1 = I) of an official on its own path: the place of its class among the classes above it. */
export function levelOf(index: StructureIndex, p: Position): number {
  const classes = levelClasses(index, p);
  return Math.max(1, classes.indexOf(p.level) + 1);
}
