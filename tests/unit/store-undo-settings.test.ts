// Changing the regulation variant or one of its options is an undoable step (issue 3), and replacing
// the open project from a file takes the file's variant, options and pins as one step (issue 5).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, loadProject } from '../../src/lib/store/projects.ts';
import { ProjectSession } from '../../src/lib/store/session.svelte.ts';
import { emptyHistory, recordContent, redoContent, undoContent, type ProjectContent } from '../../src/lib/store/history.ts';
import { idMakerFor, updatePosition } from '../../src/lib/domain/edit.ts';
import { addUnitFromTemplate, emptyStructure } from '../../src/lib/domain/edit-templates.ts';

function kelurahan() {
  const r = addUnitFromTemplate(emptyStructure('Uji'), 'kelurahan', idMakerFor(emptyStructure(), 't'));
  if (!r.ok) throw new Error(r.reason);
  return { structure: r.structure, lurah: r.ids[0] };
}

let n = 0;
async function setup() {
  const db = new BaganDatabase(`undo-settings-${++n}-${Math.random()}`);
  const { structure, lurah } = kelurahan();
  const project = await createProject(db, 'Kelurahan Uji', structure, 'karanganyar-2023-50');
  return { db, project, lurah };
}

const content = (s: ProjectSession): ProjectContent => ({ structure: s.structure, variantId: s.project.variantId, options: s.project.options, pins: s.project.pins });

describe('history over the whole content', () => {
  it('records variant, options and pins beside the structure, and undoes/redoes each exactly', () => {
    const { structure } = kelurahan();
    const a: ProjectContent = { structure, variantId: 'v1', options: { x: 'a' }, pins: {} };
    const b: ProjectContent = { ...a, variantId: 'v2', options: {}, pins: { p: { x: 1, y: 2 } } };
    expect(recordContent(emptyHistory(), a, { ...a }, 'nothing')).toBeNull();
    const h = recordContent(emptyHistory(), a, b, 'ganti')!;
    expect(h.past[0].settings).toEqual({ variantId: ['v1', 'v2'], options: [{ x: 'a' }, {}], pins: [{}, { p: { x: 1, y: 2 } }] });
    expect(h.past[0].patch.collections).toEqual({});
    const u = undoContent(h, b)!;
    expect(u.content).toEqual(a);
    expect(redoContent(u.history, u.content)!.content).toEqual(b);
  });

  it('undoes a step saved before settings were part of history (structure only)', () => {
    const { structure, lurah } = kelurahan();
    const edited = updatePosition(structure, lurah, { title: 'Lurah Baru' });
    if (!edited.ok) throw new Error(edited.reason);
    const h = recordContent(emptyHistory(), { structure, variantId: 'v', options: {}, pins: {} }, { structure: edited.structure, variantId: 'v', options: {}, pins: {} }, 'ubah')!;
    expect(h.past[0].settings).toBeUndefined();
    const old = JSON.parse(JSON.stringify(h));
    expect(undoContent(old, { structure: edited.structure, variantId: 'v', options: { k: 'x' }, pins: {} })!.content).toEqual({ structure, variantId: 'v', options: { k: 'x' }, pins: {} });
  });
});

describe('ProjectSession: variant and options are undoable', () => {
  it('variant change, option change and an edit undo and redo in order, and the history survives a reload', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    s.setOptions({ 'penilai-jf': 'atasan-langsung' });
    s.setVariant('cilegon-2023-17');
    s.commit('ubah', (x) => updatePosition(x, lurah, { classGrade: 9 }));
    expect(s.undoLabel).toBe('ubah');
    s.undo();
    expect(s.project.variantId).toBe('cilegon-2023-17');
    expect(s.undoLabel).toBe('Ganti varian peraturan');
    s.undo();
    expect(s.project.variantId).toBe('karanganyar-2023-50');
    expect(s.project.options).toEqual({ 'penilai-jf': 'atasan-langsung' });
    expect(s.undoLabel).toBe('Ubah pilihan varian');
    s.undo();
    expect(s.project.options).toEqual({});
    expect(s.canUndo).toBe(false);
    s.redo();
    s.redo();
    expect(s.project.variantId).toBe('cilegon-2023-17');
    expect(s.project.options).toEqual({});
    await s.flush();
    const loaded = await loadProject(db, project.id);
    if (!loaded.ok) throw new Error(loaded.reason);
    const reopened = new ProjectSession(db, loaded.project);
    reopened.undo();
    expect(reopened.project.variantId).toBe('karanganyar-2023-50');
    expect(reopened.project.options).toEqual({ 'penilai-jf': 'atasan-langsung' });
    s.close();
    reopened.close();
  });

  it('choosing the variant already chosen records nothing', async () => {
    const { db, project } = await setup();
    const s = new ProjectSession(db, project);
    s.setVariant('karanganyar-2023-50');
    s.setOptions({});
    expect(s.canUndo).toBe(false);
    s.close();
  });

  it('replacing from a file takes structure, variant, options and pins as one undoable step', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    const before = content(s);
    const edited = updatePosition(s.structure, lurah, { title: 'Lurah dari Berkas' });
    if (!edited.ok) throw new Error(edited.reason);
    const file: ProjectContent = { structure: edited.structure, variantId: 'sambas-2024-18', options: { a: 'b' }, pins: { [lurah]: { x: 40, y: 80 } } };
    expect(s.replaceContent('Ganti dengan berkas proyek “X”', file)).toBe(true);
    expect(content(s)).toEqual(file);
    await s.flush();
    const loaded = await loadProject(db, project.id);
    expect(loaded.ok && loaded.project.pins).toEqual(file.pins);
    s.undo();
    expect(content(s)).toEqual(before);
    expect(s.canUndo).toBe(false);
    s.close();
  });

  it('refuses a replacement the schema refuses, and changes nothing', async () => {
    const { db, project } = await setup();
    const s = new ProjectSession(db, project);
    const bad = { ...content(s), structure: { ...s.structure, title: 'x'.repeat(100_000) } };
    expect(s.replaceContent('x', bad)).toBe(false);
    expect(s.notice?.kind).toBe('warning');
    expect(s.canUndo).toBe(false);
    s.close();
  });
});
