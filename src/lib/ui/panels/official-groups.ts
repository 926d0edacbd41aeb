// The officials a JF/Pelaksana can be placed under (pimpinan unit kerja, koordinator), grouped by Perangkat
// Daerah: many officials share a title ("Sekretaris", "Kepala Sub Bagian Umum"), so a flat list of titles
// cannot tell them apart, and at kabupaten scale it runs to ~1,400 entries. The own Perangkat Daerah first.
import type { Position, Unit } from '$lib/domain/structure.ts';

export interface OfficialGroup {
  /** The Perangkat Daerah (top-level unit) id and name. */
  id: string;
  label: string;
  officials: Position[];
}

/** Top-level unit of each unit (cycles and dangling parents end at the last unit reached). */
function topUnits(units: readonly Unit[]): Map<string, Unit> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const top = new Map<string, Unit>();
  for (const u of units) {
    let cur = u;
    for (let guard = 0; cur.parent !== null && guard < units.length; guard++) {
      const next = byId.get(cur.parent);
      if (!next) break;
      cur = next;
    }
    top.set(u.id, cur);
  }
  return top;
}

export function officialGroups(units: readonly Unit[], officials: readonly Position[], ownUnit: string | undefined): OfficialGroup[] {
  const top = topUnits(units);
  const groups = new Map<string, OfficialGroup>();
  for (const o of officials) {
    const pd = top.get(o.unit);
    const key = pd?.id ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { id: key, label: pd?.name ?? 'Tanpa unit', officials: [] }));
    g.officials.push(o);
  }
  const own = ownUnit === undefined ? undefined : top.get(ownUnit)?.id;
  const list = [...groups.values()];
  const i = list.findIndex((g) => g.id === own);
  if (i > 0) list.unshift(...list.splice(i, 1));
  return list;
}
