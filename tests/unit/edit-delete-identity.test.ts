// Deleting (or pasting) boxes replaces only what the deletion touches: the units, teams and penugasan it leaves alone stay
// the same objects, so the incremental engine recomputes the edited unit only (not the whole kabupaten).
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { deleteSubtrees, idMakerFor } from '../../src/lib/domain/edit.ts';
import { copySubtrees, pasteClipboard } from '../../src/lib/domain/edit-clipboard.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';

const variant = loadBuiltinVariants()[0];

describe('deleteSubtrees keeps what it does not touch', () => {
  const s = generateKabupaten({ positions: 1500, seed: 5 });
  const inTeams = new Set(s.teams.flatMap((t) => [...t.members, ...(t.lead ? [t.lead] : [])]));
  const assigned = new Set(s.assignments.map((a) => a.assignee));
  // A Pelaksana in a unit with other positions, in no team and with no penugasan.
  const leaf = s.positions.find((p) => p.level === 'pelaksana' && !inTeams.has(p.id) && !assigned.has(p.id) && !s.positions.some((q) => q.parent === p.id) && s.positions.filter((q) => q.unit === p.unit).length > 1)!;

  it('keeps the units, teams and assignments arrays when none of them change', () => {
    const r = deleteSubtrees(s, [leaf.id]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.structure.positions.some((p) => p.id === leaf.id)).toBe(false);
    expect(r.structure.units).toBe(s.units);
    expect(r.structure.teams).toBe(s.teams);
    expect(r.structure.assignments).toBe(s.assignments);
  });

  it('replaces only the team that loses a member', () => {
    const team = s.teams.find((t) => t.members.some((m) => m !== t.lead))!;
    const member = team.members.find((m) => m !== team.lead && !s.positions.some((q) => q.parent === m))!;
    const r = deleteSubtrees(s, [member]);
    if (!r.ok) throw new Error(r.reason);
    const after = r.structure.teams.find((t) => t.id === team.id)!;
    expect(after.members).not.toContain(member);
    const before = (id: string) => s.teams.find((x) => x.id === id)!;
    const untouched = r.structure.teams.filter((t) => !before(t.id).members.includes(member));
    expect(untouched.length).toBeGreaterThan(0);
    for (const t of untouched) expect(t).toBe(before(t.id));
  });

  it('lets the incremental engine recompute the one edited unit', () => {
    const engine = createIncrementalEngine();
    engine.compute(s, variant);
    const parts = engine.stats.computed;
    const r = deleteSubtrees(s, [leaf.id]);
    if (!r.ok) throw new Error(r.reason);
    expect(engine.compute(r.structure, variant)).toEqual(compute(r.structure, variant));
    expect(engine.stats).toEqual({ reused: parts - 1, computed: 1, whole: false });
  });
});

describe('pasteClipboard keeps the units array when no unit is pasted', () => {
  it('pastes a Pelaksana box into its own unit without replacing the units', () => {
    const s = generateKabupaten({ positions: 400, seed: 7 });
    const leaf = s.positions.find((p) => p.level === 'pelaksana' && p.parent !== null && !s.positions.some((q) => q.parent === p.id))!;
    const clip = copySubtrees(s, [leaf.id])!;
    const r = pasteClipboard(s, clip, leaf.parent!, idMakerFor(s, 'uji'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.structure.positions.length).toBe(s.positions.length + 1);
    expect(r.structure.units).toBe(s.units);
    const engine = createIncrementalEngine();
    engine.compute(s, variant);
    expect(engine.compute(r.structure, variant)).toEqual(compute(r.structure, variant));
    expect(engine.stats.whole).toBe(false);
  });
});
