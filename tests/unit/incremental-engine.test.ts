// The incremental engine must give exactly what compute() gives (same lines, findings and roles, in the
// same order) after any sequence of editor edits, and must actually reuse the Perangkat Daerah an edit
// did not touch.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine, splitByPerangkatDaerah } from '../../src/lib/domain/incremental-engine.ts';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import { addChildPosition, addSiblingPosition, deleteSubtrees, idMakerFor, movePosition, updatePosition, updateUnit, type EditResult } from '../../src/lib/domain/edit.ts';
import { addTeam, addTeamMembers, setTeamLead } from '../../src/lib/domain/edit-teams.ts';
import { copySubtrees, pasteClipboard } from '../../src/lib/domain/edit-clipboard.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { LEVELS, UNIT_TYPES } from '../../src/lib/domain/vocabulary.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';
import { rng } from './helpers/random-structure.ts';

const variants = loadBuiltinVariants();

type Edit = (s: Structure) => EditResult;

function randomEdit(r: () => number, s: Structure): { name: string; edit: Edit } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const p = pick(s.positions);
  const q = pick(s.positions);
  const newId = idMakerFor(s, `e${Math.floor(r() * 1e6)}`);
  const edits: { name: string; edit: Edit }[] = [
    { name: `rename ${p.id}`, edit: (x) => updatePosition(x, p.id, { title: `${p.title} (ubah)` }) },
    { name: `level ${p.id}`, edit: (x) => updatePosition(x, p.id, { level: pick(LEVELS) }) },
    { name: `count ${p.id}`, edit: (x) => updatePosition(x, p.id, { count: 1 + Math.floor(r() * 5) }) },
    { name: `workUnder ${p.id}→${q.id}`, edit: (x) => updatePosition(x, p.id, { workUnder: q.id }) },
    { name: `child under ${p.id}`, edit: (x) => addChildPosition(x, p.id, { title: 'Pengelola Data', level: pick(['pelaksana', 'fungsional', 'pengawas'] as const) }, newId) },
    { name: `sibling of ${p.id}`, edit: (x) => addSiblingPosition(x, p.id, { title: 'Analis Kebijakan', level: 'fungsional' }, newId) },
    { name: `move ${p.id}→${q.id}`, edit: (x) => movePosition(x, p.id, q.id) },
    { name: `delete ${p.id}`, edit: (x) => deleteSubtrees(x, [p.id]) },
    { name: `unit type ${p.unit}`, edit: (x) => updateUnit(x, p.unit, { type: pick(UNIT_TYPES) }) },
    { name: `unit name ${p.unit}`, edit: (x) => updateUnit(x, p.unit, { name: 'Bidang Pelayanan Kesehatan' }) },
    { name: `team in ${p.unit}`, edit: (x) => addTeam(x, { name: 'Tim Kerja Uji', owner: p.unit, members: [p.id, q.id], lead: q.id }, newId) },
    {
      name: `team member ${q.id}`,
      edit: (x) => (x.teams.length ? addTeamMembers(x, pick(x.teams).id, [q.id]) : { ok: false, reason: 'tidak ada tim' })
    },
    { name: `team lead ${p.id}`, edit: (x) => (x.teams.length ? setTeamLead(x, pick(x.teams).id, p.id) : { ok: false, reason: 'tidak ada tim' }) },
    {
      name: `paste ${p.id} under ${q.id}`,
      edit: (x) => {
        const clip = copySubtrees(x, [p.id]);
        return clip ? pasteClipboard(x, clip, q.id, newId) : { ok: false, reason: 'kosong' };
      }
    }
  ];
  return pick(edits);
}

describe('incremental engine', () => {
  it('splits a generated kabupaten into its Perangkat Daerah, runs covering the file in order', () => {
    const s = generateKabupaten({ positions: 800, seed: 3 });
    const split = splitByPerangkatDaerah(s, indexStructure(s));
    expect(split).not.toBeNull();
    const topUnits = s.units.filter((u) => u.parent === null).map((u) => u.id);
    expect(split!.roots.length).toBeGreaterThan(5);
    for (const r of split!.roots) expect(topUnits).toContain(r);
    expect(split!.roots.reduce((n, r) => n + split!.positions.get(r)!.length, 0)).toBe(s.positions.length);
    // Walking the runs visits every position once, in file order.
    const walked = split!.runs.flatMap((run) => split!.positions.get(split!.roots[run.part])!.slice(run.from, run.to));
    expect(walked).toEqual(s.positions);
    expect(split!.runs.length).toBeGreaterThan(split!.roots.length); // UPTs appended after other Dinas interleave
  });

  it('refuses to split when a kedudukan crosses Perangkat Daerah (computed whole instead)', () => {
    const s = generateKabupaten({ positions: 400, seed: 4 });
    const [a, b] = s.units.filter((u) => u.parent === null);
    const inB = s.positions.find((p) => p.unit === b.id && p.parent !== null)!;
    const headA = s.positions.find((p) => p.unit === a.id && p.parent === null)!;
    const crossed: Structure = { ...s, positions: s.positions.map((p) => (p.id === inB.id ? { ...p, parent: headA.id } : p)) };
    expect(splitByPerangkatDaerah(crossed, indexStructure(crossed))).toBeNull();
    const engine = createIncrementalEngine();
    expect(engine.compute(crossed, variants[0])).toEqual(compute(crossed, variants[0]));
    expect(engine.stats.whole).toBe(true);
  });

  it('reuses every Perangkat Daerah but the edited one after a local edit', () => {
    const s = generateKabupaten({ positions: 1500, seed: 5 });
    const engine = createIncrementalEngine();
    engine.compute(s, variants[0]);
    const parts = engine.stats.computed;
    const staff = s.positions.find((p) => p.level === 'pelaksana')!;
    const edited = updatePosition(s, staff.id, { title: 'Pengadministrasi Umum' });
    if (!edited.ok) throw new Error(edited.reason);
    expect(engine.compute(edited.structure, variants[0])).toEqual(compute(edited.structure, variants[0]));
    expect(engine.stats).toEqual({ reused: parts - 1, computed: 1, whole: false });
  });

  it('starts afresh when the variant or its options change', () => {
    const s = generateKabupaten({ positions: 600, seed: 6 });
    const engine = createIncrementalEngine();
    for (const v of variants) {
      expect(engine.compute(s, v)).toEqual(compute(s, v));
      expect(engine.stats.reused).toBe(0);
    }
    const withOption = variants.find((v) => v.options.length > 0);
    if (withOption) {
      const opt = withOption.options[0];
      const other = opt.choices.find((x) => x.value !== opt.default)!.value;
      engine.compute(s, withOption);
      expect(engine.compute(s, withOption, { [opt.key]: other })).toEqual(compute(s, withOption, { [opt.key]: other }));
      expect(engine.stats.reused).toBe(0);
      expect(engine.compute(s, withOption, { [opt.key]: other }).options[opt.key]).toBe(other);
      expect(engine.stats.computed).toBe(0);
    }
  });

  for (const variant of variants) {
    it(`equals compute() after random edit sequences — ${variant.id}`, () => {
      for (const seed of [11, 23, 37]) {
        const r = rng(seed * 7 + variant.id.length);
        let s = generateKabupaten({ positions: 300 + seed * 10, seed });
        const engine = createIncrementalEngine();
        expect(engine.compute(s, variant)).toEqual(compute(s, variant));
        let reusedSomewhere = false;
        for (let step = 0; step < 25; step++) {
          const { name, edit } = randomEdit(r, s);
          const out = edit(s);
          if (!out.ok) continue;
          s = out.structure;
          expect(engine.compute(s, variant), `seed ${seed}, step ${step}: ${name}`).toEqual(compute(s, variant));
          if (engine.stats.reused > 0) reusedSomewhere = true;
        }
        expect(reusedSomewhere).toBe(true);
      }
    });
  }
});
