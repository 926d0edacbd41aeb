// The incremental engine must give exactly what compute() gives (same lines, findings and roles, in the
// same order) after any sequence of editor edits — within a unit, across Perangkat Daerah, units added
// and removed, teams and penugasan changed, options switched — and must actually reuse the units an
// edit did not touch.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { addChildPosition, addSiblingPosition, deleteSubtrees, idMakerFor, movePosition, updatePosition, updateUnit, type EditResult } from '../../src/lib/domain/edit.ts';
import { addAssignment, addTeam, addTeamMembers, removeAssignment, removeTeam, removeTeamMember, setTeamLead, updateTeam } from '../../src/lib/domain/edit-teams.ts';
import { copySubtrees, pasteClipboard } from '../../src/lib/domain/edit-clipboard.ts';
import { addUnitFromTemplate, TEMPLATE_TYPES } from '../../src/lib/domain/edit-templates.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { LEVELS, UNIT_TYPES } from '../../src/lib/domain/vocabulary.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';
import { rng } from './helpers/random-structure.ts';

const variants = loadBuiltinVariants();

type Edit = (s: Structure) => EditResult;

/** Top-level unit (Perangkat Daerah) of each unit. */
function rootsOf(s: Structure): Map<string, string> {
  const byId = new Map(s.units.map((u) => [u.id, u]));
  const out = new Map<string, string>();
  for (const u of s.units) {
    let cur = u;
    for (let guard = 0; cur.parent !== null && byId.has(cur.parent) && guard < s.units.length; guard++) cur = byId.get(cur.parent)!;
    out.set(u.id, cur.id);
  }
  return out;
}

function randomEdit(r: () => number, s: Structure): { name: string; edit: Edit } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const p = pick(s.positions);
  const q = pick(s.positions);
  const newId = idMakerFor(s, `e${Math.floor(r() * 1e6)}`);
  const roots = rootsOf(s);
  const elsewhere = s.positions.filter((x) => roots.get(x.unit) !== roots.get(p.unit) && x.level !== 'pelaksana');
  const staff = s.positions.filter((x) => x.level === 'pelaksana' || x.level === 'fungsional');
  const unitHead = pick(s.positions.filter((x) => x.parent === null || s.positions.find((y) => y.id === x.parent)?.unit !== x.unit));
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
    },
    { name: `move ${p.id} to another Perangkat Daerah`, edit: (x) => (elsewhere.length ? movePosition(x, p.id, pick(elsewhere).id) : { ok: false, reason: 'satu PD' }) },
    { name: `move unit head ${unitHead.id} under ${q.id}`, edit: (x) => movePosition(x, unitHead.id, q.id) },
    { name: `new unit under ${q.id}`, edit: (x) => addUnitFromTemplate(x, pick(TEMPLATE_TYPES), newId, { parentPosition: r() < 0.7 ? q.id : null }) },
    { name: `remove unit of ${unitHead.id}`, edit: (x) => deleteSubtrees(x, [unitHead.id]) },
    { name: `team owner ${p.unit}`, edit: (x) => (x.teams.length ? updateTeam(x, pick(x.teams).id, { owner: p.unit }) : { ok: false, reason: 'tidak ada tim' }) },
    {
      name: `team member out`,
      edit: (x) => {
        const t = x.teams.find((y) => y.members.length > 0);
        return t ? removeTeamMember(x, t.id, pick(t.members)) : { ok: false, reason: 'tidak ada anggota' };
      }
    },
    { name: `remove team`, edit: (x) => (x.teams.length ? removeTeam(x, pick(x.teams).id) : { ok: false, reason: 'tidak ada tim' }) },
    {
      name: `assignment of a staff member`,
      edit: (x) => {
        const a = pick(staff);
        const owner = r() < 0.2 ? null : pick(x.units).id;
        return a ? addAssignment(x, { assignee: a.id, owner, mode: r() < 0.5 ? 'sukarela' : 'penunjukan', ...(owner === null ? { externalInstansi: 'Pemprov' } : {}) }, newId) : { ok: false, reason: 'tidak ada staf' };
      }
    },
    { name: `remove assignment`, edit: (x) => (x.assignments.length ? removeAssignment(x, pick(x.assignments).id) : { ok: false, reason: 'tidak ada penugasan' }) },
    {
      name: `swap ${p.id} and ${q.id} in the file`,
      edit: (x) => {
        const i = x.positions.indexOf(x.positions.find((y) => y.id === p.id)!);
        const j = x.positions.indexOf(x.positions.find((y) => y.id === q.id)!);
        if (i < 0 || j < 0 || i === j) return { ok: false, reason: 'sama' };
        const positions = [...x.positions];
        [positions[i], positions[j]] = [positions[j], positions[i]];
        return { ok: true, structure: { ...x, positions }, ids: [] };
      }
    }
  ];
  return pick(edits);
}

/** Some option values of the variant: defaults, or one option switched. */
function randomOptions(r: () => number, variant: (typeof variants)[number]): Record<string, string> {
  if (variant.options.length === 0 || r() < 0.6) return {};
  const opt = variant.options[Math.floor(r() * variant.options.length)];
  return { [opt.key]: opt.choices[Math.floor(r() * opt.choices.length)].value };
}

describe('incremental engine', () => {
  it('gives compute() when a kedudukan crosses Perangkat Daerah, and recomputes only the edited unit', () => {
    const s = generateKabupaten({ positions: 400, seed: 4 });
    const [a, b] = s.units.filter((u) => u.parent === null);
    const inB = s.positions.find((p) => p.unit === b.id && p.parent !== null)!;
    const headA = s.positions.find((p) => p.unit === a.id && p.parent === null)!;
    const crossed: Structure = { ...s, positions: s.positions.map((p) => (p.id === inB.id ? { ...p, parent: headA.id } : p)) };
    const engine = createIncrementalEngine();
    expect(engine.compute(s, variants[0])).toEqual(compute(s, variants[0]));
    expect(engine.compute(crossed, variants[0])).toEqual(compute(crossed, variants[0]));
    expect(engine.stats.whole).toBe(false);
    expect(engine.stats.computed).toBeLessThan(s.units.length / 4);
  });

  it('gives compute() when a new position lands in the stretch of another unit in the file', () => {
    const s = generateKabupaten({ positions: 600, seed: 8 });
    const engine = createIncrementalEngine();
    for (const variant of variants) {
      engine.compute(s, variant);
      // A new staff position of the second unit lands inside the first unit's stretch: the first unit,
      // itself unchanged, now lies in two stretches of the file.
      const positions = [...s.positions];
      const j = positions.findIndex((p) => p.unit !== positions[0].unit);
      positions.splice(j - 3, 0, { id: 'sisipan', unit: positions[j].unit, title: 'Pengadministrasi Umum', level: 'pelaksana', parent: positions[j].id });
      const moved: Structure = { ...s, positions };
      expect(engine.compute(moved, variant)).toEqual(compute(moved, variant));
      expect(engine.stats.whole).toBe(false);
      expect(engine.compute(s, variant)).toEqual(compute(s, variant));
    }
  });

  it('reuses every unit but the edited one after a local edit', () => {
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
        let options: Record<string, string> = {};
        for (let step = 0; step < 40; step++) {
          const { name, edit } = randomEdit(r, s);
          const out = edit(s);
          if (!out.ok) continue;
          s = out.structure;
          if (step % 10 === 9) options = randomOptions(r, variant);
          expect(engine.compute(s, variant, options), `seed ${seed}, step ${step}: ${name} ${JSON.stringify(options)}`).toEqual(compute(s, variant, options));
          if (engine.stats.reused > 0) reusedSomewhere = true;
        }
        expect(reusedSomewhere).toBe(true);
      }
    });
  }
});
