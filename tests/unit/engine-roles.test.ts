// ComputeResult.roles is a lookup the engine fills lazily and, after an edit, layers on the previous
// result's: each result must stay the snapshot of its own structure, and compare by content.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { addChildPosition, idMakerFor, movePosition } from '../../src/lib/domain/edit.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';

const variants = loadBuiltinVariants();
const s = generateKabupaten({ positions: 600, seed: 11 });
const staff = s.positions.filter((p) => p.level === 'pelaksana');

function ok(r: { ok: true; structure: Structure } | { ok: false; reason: string }): Structure {
  if (!r.ok) throw new Error(r.reason);
  return r.structure;
}

describe('roles of a result', () => {
  it('holds every position once, in file order, and reads like a Map', () => {
    const r = compute(s, variants[0]);
    expect([...r.roles.keys()]).toEqual(s.positions.map((p) => p.id));
    expect(r.roles.size).toBe(s.positions.length);
    expect(r.roles.get('no-such-position')).toBeUndefined();
    expect(r.roles.has(staff[0].id)).toBe(true);
    expect(JSON.parse(JSON.stringify(r.roles))[staff[0].id]).toEqual(r.roles.get(staff[0].id));
  });

  it('differs (toEqual) when one position’s rater differs', () => {
    const mover = staff[3];
    const official = s.positions.find((p) => p.level === 'pengawas' && p.id !== mover.parent)!;
    const moved = ok(movePosition(s, mover.id, official.id));
    const a = compute(s, variants[0]).roles;
    const b = compute(moved, variants[0]).roles;
    expect(a.get(mover.id)!.rater).not.toBe(b.get(mover.id)!.rater);
    expect(b).not.toEqual(a);
  });

  it('stays the snapshot of its own structure after the engine computes later edits', () => {
    for (const v of variants) {
      const engine = createIncrementalEngine();
      engine.compute(s, v);
      let cur = s;
      const kept: { structure: Structure; roles: ReadonlyMap<string, unknown> }[] = [];
      // More edits than the lookup keeps layers, so both layering and starting afresh are covered.
      for (let step = 0; step < 12; step++) {
        const target = staff[(step * 7) % staff.length];
        cur =
          step % 3 === 2 && cur.positions.some((p) => p.id === target.id && !cur.positions.some((q) => q.parent === p.id))
            ? // Removed with the units array kept (deleteSubtrees makes a new one, and the engine then starts afresh).
              { ...cur, positions: cur.positions.filter((p) => p.id !== target.id) }
            : ok(addChildPosition(cur, target.parent ?? target.id, { title: `Pengadministrasi ${step}`, level: 'pelaksana' }, idMakerFor(cur, `r${step}`)));
        const roles = engine.compute(cur, v).roles;
        expect(engine.stats.whole, `${v.id} step ${step}`).toBe(false);
        // A removed position is gone from the lookup, not only from its iteration.
        if (!cur.positions.some((p) => p.id === target.id)) expect(roles.get(target.id), `${v.id} step ${step}`).toBeUndefined();
        // Half indexed at once, half only after later computations have reused the engine's states.
        if (step % 2 === 0) roles.get(target.id);
        kept.push({ structure: cur, roles });
      }
      for (const { structure, roles } of kept) expect(roles, v.id).toEqual(compute(structure, v).roles);
    }
  });
});
