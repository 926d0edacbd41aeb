// The Inspector's official selects group officials by Perangkat Daerah, the edited position's own first.
import { describe, expect, it } from 'vitest';
import { officialGroups } from '../../src/lib/ui/panels/official-groups.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';

describe('officialGroups', () => {
  const s = generateKabupaten({ positions: 600, seed: 3 });
  const officials = s.positions.filter((p) => p.level !== 'fungsional' && p.level !== 'pelaksana');
  const tops = s.units.filter((u) => u.parent === null);

  it('puts every official once, under its top-level unit, own Perangkat Daerah first', () => {
    const staff = s.positions.find((p) => p.level === 'pelaksana' && s.units.find((u) => u.id === p.unit)?.parent !== null)!;
    const groups = officialGroups(s.units, officials, staff.unit);
    expect(groups.flatMap((g) => g.officials).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...officials].sort((a, b) => a.id.localeCompare(b.id)));
    // The staff member sits in a sub-unit; its group is its Perangkat Daerah, listed first.
    let unit = s.units.find((u) => u.id === staff.unit)!;
    while (unit.parent !== null) unit = s.units.find((u) => u.id === unit.parent)!;
    expect(groups[0]).toMatchObject({ id: unit.id, label: unit.name });
    for (const g of groups) expect(tops.map((t) => t.id)).toContain(g.id);
    const unitTop = (id: string) => {
      let u = s.units.find((x) => x.id === id)!;
      while (u.parent !== null) u = s.units.find((x) => x.id === u.parent)!;
      return u.id;
    };
    for (const g of groups) for (const o of g.officials) expect(unitTop(o.unit)).toBe(g.id);
  });

  it('keeps file order within a group and survives a unit cycle', () => {
    const p = (id: string, unit: string) => ({ id, title: id, level: 'pengawas' as const, unit, parent: null });
    const two = [
      { id: 'a', name: 'Dinas A', type: 'dinas' as const, parent: null },
      { id: 'b', name: 'Badan B', type: 'badan' as const, parent: null }
    ];
    const groups = officialGroups(two, [p('x', 'a'), p('y', 'b'), p('z', 'a')], 'b');
    expect(groups.map((g) => [g.label, g.officials.map((o) => o.id)])).toEqual([
      ['Badan B', ['y']],
      ['Dinas A', ['x', 'z']]
    ]);
    const cyclic = [
      { id: 'a', name: 'A', type: 'dinas' as const, parent: 'b' },
      { id: 'b', name: 'B', type: 'dinas' as const, parent: 'a' }
    ];
    expect(officialGroups(cyclic, [p('x', 'a'), p('y', 'b'), p('z', 'a')], 'b').flatMap((g) => g.officials.map((o) => o.id)).sort()).toEqual(['x', 'y', 'z']);
  });
});
