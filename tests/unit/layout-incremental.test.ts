// Incremental re-layout (issue 7): a layout that reuses the previous request's unit plans, placed blocks,
// merged places and cross-unit lines must give exactly the scene a cold layout gives, after any sequence
// of editor edits — and must really lay out only the edited unit and its ancestors.
import { describe, expect, it } from 'vitest';
import { addChildPosition, addSiblingPosition, deleteSubtrees, idMakerFor, movePosition, updatePosition, updateUnit, type EditResult } from '../../src/lib/domain/edit.ts';
import { copySubtrees, pasteClipboard } from '../../src/lib/domain/edit-clipboard.ts';
import { addUnitFromTemplate, TEMPLATE_TYPES } from '../../src/lib/domain/edit-templates.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { LEVELS } from '../../src/lib/domain/vocabulary.ts';
import { LayoutCache, type Block } from '../../src/lib/layout/block.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { layoutStructure, type LayoutOptions } from '../../src/lib/layout/layout-structure.ts';
import type { Scene } from '../../src/lib/layout/scene.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { randomStructure, rng } from './helpers/random-structure.ts';
import { Builder } from './helpers/build.ts';

const elk = nodeElk();
type Edit = (s: Structure) => EditResult;

/** A LayoutCache that counts the unit blocks it had to lay out. */
class CountingCache extends LayoutCache {
  made = 0;
  override get(key: string, make: () => Promise<Block>): Promise<Block> {
    return super.get(key, () => {
      this.made++;
      return make();
    });
  }
}

const isOfficialLevel = (level: string) => level !== 'fungsional' && level !== 'pelaksana';

/** The head of a top-level unit placed under an official of another top-level unit (a Kepala Dinas under the Sekda). */
function headAcross(s: Structure, r: () => number): EditResult {
  const tops = s.units.filter((u) => u.parent === null);
  const unit = tops[Math.floor(r() * tops.length)];
  const head = s.positions.find((p) => p.unit === unit?.id && (p.parent === null || s.positions.find((q) => q.id === p.parent)?.unit !== p.unit));
  const others = s.positions.filter((p) => p.unit !== unit?.id && tops.some((t) => t.id === p.unit) && isOfficialLevel(p.level));
  if (!head || others.length === 0) return { ok: false, reason: 'tidak ada' };
  const parent = others[Math.floor(r() * others.length)].id;
  return { ok: true, structure: { ...s, positions: s.positions.map((p) => (p.id === head.id ? { ...p, parent } : p)) }, ids: [head.id] };
}

function randomEdit(r: () => number, s: Structure): { name: string; edit: Edit } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const newId = idMakerFor(s, `e${Math.floor(r() * 1e6)}`);
  if (s.positions.length === 0) return { name: 'new unit', edit: (x) => addUnitFromTemplate(x, pick(TEMPLATE_TYPES), newId, { parentPosition: null }) };
  const p = pick(s.positions);
  const q = pick(s.positions);
  const heads = s.positions.filter((x) => x.parent === null || s.positions.find((y) => y.id === x.parent)?.unit !== x.unit);
  const unitHead = pick(heads);
  const edits: { name: string; edit: Edit }[] = [
    { name: `rename ${p.id}`, edit: (x) => updatePosition(x, p.id, { title: `${p.title} (ubah)` }) },
    { name: `long title ${p.id}`, edit: (x) => updatePosition(x, p.id, { title: `${p.title} Urusan Pemerintahan Bidang Kesehatan dan Keluarga Berencana` }) },
    { name: `level ${p.id}`, edit: (x) => updatePosition(x, p.id, { level: pick(LEVELS) }) },
    { name: `count ${p.id}`, edit: (x) => updatePosition(x, p.id, { count: 1 + Math.floor(r() * 5) }) },
    { name: `need ${p.id}`, edit: (x) => updatePosition(x, p.id, { need: Math.floor(r() * 5) }) },
    { name: `child under ${p.id}`, edit: (x) => addChildPosition(x, p.id, { title: 'Pengelola Data', level: pick(['pelaksana', 'fungsional', 'pengawas'] as const) }, newId) },
    { name: `sibling of ${p.id}`, edit: (x) => addSiblingPosition(x, p.id, { title: 'Analis Kebijakan', level: 'fungsional' }, newId) },
    { name: `move ${p.id}→${q.id}`, edit: (x) => movePosition(x, p.id, q.id) },
    { name: `delete ${p.id}`, edit: (x) => deleteSubtrees(x, [p.id]) },
    { name: `unit name ${p.unit}`, edit: (x) => updateUnit(x, p.unit, { name: `Unit ${Math.floor(r() * 100)}` }) },
    {
      name: `paste ${p.id} under ${q.id}`,
      edit: (x) => {
        const clip = copySubtrees(x, [p.id]);
        return clip ? pasteClipboard(x, clip, q.id, newId) : { ok: false, reason: 'kosong' };
      }
    },
    { name: `move unit head ${unitHead.id} under ${q.id}`, edit: (x) => movePosition(x, unitHead.id, q.id) },
    { name: `new unit under ${q.id}`, edit: (x) => addUnitFromTemplate(x, pick(TEMPLATE_TYPES), newId, { parentPosition: r() < 0.7 ? q.id : null }) },
    { name: `remove unit of ${unitHead.id}`, edit: (x) => deleteSubtrees(x, [unitHead.id]) },
    { name: 'head under another top-level unit', edit: (x) => headAcross(x, r) },
    {
      name: `swap ${p.id} and ${q.id} in the file`,
      edit: (x) => {
        const i = x.positions.findIndex((y) => y.id === p.id);
        const j = x.positions.findIndex((y) => y.id === q.id);
        if (i < 0 || j < 0 || i === j) return { ok: false, reason: 'sama' };
        const positions = [...x.positions];
        [positions[i], positions[j]] = [positions[j], positions[i]];
        return { ok: true, structure: { ...x, positions }, ids: [] };
      }
    }
  ];
  return pick(edits);
}

/** Options switched now and then: Peta Jabatan view, a collapsed subtree, a pin, one unit only, ELK per unit. */
function randomOptions(r: () => number, s: Structure): Omit<LayoutOptions, 'elk' | 'cache'> {
  const roll = r();
  const someone = s.positions[Math.floor(r() * s.positions.length)];
  if (roll < 0.5 || !someone) return {};
  if (roll < 0.62) return { view: 'peta' };
  if (roll < 0.74) return { collapsed: [someone.id] };
  if (roll < 0.84) return { pins: { [someone.id]: { x: 40 + Math.floor(r() * 2000), y: 40 + Math.floor(r() * 800) } } };
  if (roll < 0.94) return { unit: someone.unit };
  return { unitEngine: 'elk' };
}

async function expectSameAsCold(s: Structure, warm: Scene, opts: Omit<LayoutOptions, 'elk' | 'cache'>, step: string): Promise<void> {
  const cold = await layoutStructure(s, { ...opts, elk, cache: new LayoutCache() });
  expect(warm, step).toStrictEqual(cold);
  // Same key order too: exports and golden files serialise the scene.
  expect(JSON.stringify(warm) === JSON.stringify(cold), step).toBe(true);
}

async function walk(seed: number, start: Structure, steps: number): Promise<void> {
  const r = rng(seed);
  const cache = new LayoutCache();
  let s = start;
  let opts = {};
  await expectSameAsCold(s, await layoutStructure(s, { elk, cache }), {}, `seed ${seed} start`);
  for (let i = 0; i < steps; i++) {
    const { name, edit } = randomEdit(r, s);
    const out = edit(s);
    if (out.ok) s = out.structure;
    if (r() < 0.2) opts = randomOptions(r, s);
    const warm = await layoutStructure(s, { ...opts, elk, cache });
    await expectSameAsCold(s, warm, opts, `seed ${seed} step ${i}: ${name} ${JSON.stringify(opts)}`);
  }
}

describe('incremental layout gives the cold layout', () => {
  it('after random edits of a generated kabupaten (sub-units, heads under other units, options switched)', { timeout: 120_000 }, async () => {
    for (const seed of [3, 11]) {
      const r = rng(seed);
      let s = generateKabupaten({ positions: 320, seed });
      for (let i = 0; i < 4; i++) {
        const out = headAcross(s, r);
        if (out.ok) s = out.structure;
      }
      await walk(seed, s, 30);
    }
  });

  it('after random edits of odd structures (staff under staff, JF heads, units without staff)', { timeout: 120_000 }, async () => {
    for (const seed of [1, 2, 5, 8]) await walk(seed, randomStructure(seed, 70), 30);
  });
});

describe('incremental layout reuses what an edit did not touch', () => {
  it('routes a line between top-level units again when its head moves under another official, though no box moves', async () => {
    const base = generateKabupaten({ positions: 320, seed: 4 });
    const tops = base.units.filter((u) => u.parent === null);
    const [a, b] = tops;
    const headB = base.positions.find((p) => p.unit === b.id && p.parent === null)!;
    const [first, second] = base.positions.filter((p) => p.unit === a.id && isOfficialLevel(p.level)).slice(-2);
    const under = (parent: string): Structure => ({ ...base, positions: base.positions.map((p) => (p.id === headB.id ? { ...p, parent } : p)) });
    const cache = new LayoutCache();
    const before = await layoutStructure(under(first.id), { elk, cache });
    expect(before.edges.some((e) => e.from === first.id && e.to === headB.id)).toBe(true);
    const moved = under(second.id);
    const after = await layoutStructure(moved, { elk, cache });
    expect(after.edges.some((e) => e.from === second.id && e.to === headB.id)).toBe(true);
    expect(after.edges.some((e) => e.from === first.id && e.to === headB.id)).toBe(false);
    await expectSameAsCold(moved, after, {}, 'moved head');
  });

  it('routes that line again when the box it leaves grows inside its unit, though the unit keeps its size', async () => {
    const b = new Builder('setda', 'Sekretariat Daerah');
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama', null, { id: 'sekda' });
    b.pos('Asisten', 'administrator', sekda, { id: 'asisten' });
    b.pos('Asisten Perekonomian, Pembangunan, Administrasi Umum dan Kesejahteraan Rakyat Daerah', 'administrator', sekda, { id: 'asisten-panjang' });
    b.unit('dinas', 'Dinas Kesehatan', null, 'dinkes');
    const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', 'asisten', { id: 'kadis' });
    b.pos('Sekretaris', 'administrator', kadis, { id: 'sek' });
    const s = b.done();
    const cache = new LayoutCache();
    const before = await layoutStructure(s, { elk, cache });
    const renamed = updatePosition(s, 'asisten', { title: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' });
    if (!renamed.ok) throw new Error(renamed.reason);
    const after = await layoutStructure(renamed.structure, { elk, cache });
    const box = (scene: Scene, id: string) => scene.nodes.find((n) => n.id === `p:${id}`)!;
    expect(box(after, 'asisten').height).toBeGreaterThan(box(before, 'asisten').height);
    expect(after.height).toBe(before.height);
    const line = after.edges.find((e) => e.from === 'asisten' && e.to === 'kadis')!;
    // The premise: the line leaves the grown box elsewhere, so the previous route would be wrong.
    expect(line.points).not.toEqual(before.edges.find((e) => e.from === 'asisten' && e.to === 'kadis')!.points);
    await expectSameAsCold(renamed.structure, after, {}, 'grown box');
  });

  it('lays out only the edited unit and its ancestors, and hands back the other units’ boxes as they were', async () => {
    const s = generateKabupaten({ positions: 600, seed: 2 });
    const cache = new CountingCache();
    const before = await layoutStructure(s, { elk, cache });
    const unitOf = new Map(s.units.map((u) => [u.id, u]));
    const chainOf = (id: string): string[] => {
      const out: string[] = [];
      for (let u: string | null = id; u !== null; u = unitOf.get(u)!.parent) out.push(u);
      return out;
    };
    // The deepest unit with positions: a Sekolah or Kelurahan under its Dinas or Kecamatan.
    const chain = s.units
      .filter((u) => s.positions.some((p) => p.unit === u.id))
      .map((u) => chainOf(u.id))
      .sort((a, b) => b.length - a.length)[0];
    expect(chain.length).toBeGreaterThan(1);
    const target = s.positions.find((p) => p.unit === chain[0])!;

    cache.made = 0;
    const edited = updatePosition(s, target.id, { title: `${target.title} Baru` });
    if (!edited.ok) throw new Error(edited.reason);
    const after = await layoutStructure(edited.structure, { elk, cache });
    expect(cache.made).toBe(chain.length);

    const top = chain[chain.length - 1];
    const topOf = (unitId: string): string => {
      let u = unitOf.get(unitId)!;
      while (u.parent !== null) u = unitOf.get(u.parent)!;
      return u.id;
    };
    const old = new Map(before.nodes.map((n) => [n.id, n]));
    const elsewhere = after.nodes.filter((n) => topOf(n.unitId) !== top);
    expect(elsewhere.length).toBeGreaterThan(100);
    for (const n of elsewhere) expect(n, n.id).toBe(old.get(n.id));
    // Inside the edited top-level unit too: the sub-units off the edited chain keep their boxes' objects.
    const besideChain = after.nodes.filter((n) => topOf(n.unitId) === top && !chain.includes(n.unitId));
    expect(besideChain.length).toBeGreaterThan(10);
    for (const n of besideChain) expect(n, n.id).toBe(old.get(n.id));
    // The rename changed only text: the merged places are the same object.
    expect(after.places).toBe(before.places);
  });

  it('an unchanged structure makes no block and gives the same boxes; a new record with the same content only a cache hit', async () => {
    const s = generateKabupaten({ positions: 300, seed: 6 });
    const cache = new CountingCache();
    const first = await layoutStructure(s, { elk, cache });
    cache.made = 0;
    const again = await layoutStructure({ ...s }, { elk, cache });
    expect(cache.made).toBe(0);
    expect(again.nodes.every((n, i) => n === first.nodes[i])).toBe(true);
    const copied = { ...s, positions: s.positions.map((p) => ({ ...p })) };
    const third = await layoutStructure(copied, { elk, cache });
    expect(cache.made).toBe(0);
    expect(third).toStrictEqual(first);
  });
});
