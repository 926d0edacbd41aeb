import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { ConflictError, createProject, deleteProject, duplicateProject, listProjects, loadProject, renameProject, saveProject, undeleteProject } from '../../src/lib/store/projects.ts';
import { seedVariants, storedVariants } from '../../src/lib/store/variants.ts';
import { restoreProject } from '../../src/lib/store/project.ts';
import { addUnitFromTemplate, emptyStructure } from '../../src/lib/domain/edit-templates.ts';
import { idMakerFor } from '../../src/lib/domain/edit.ts';
import { VariantSchema, type Variant } from '../../src/lib/domain/variant.ts';

let n = 0;
const freshDb = () => new BaganDatabase(`test-${++n}-${Math.random()}`);
const dinas = () => {
  const r = addUnitFromTemplate(emptyStructure('Uji'), 'dinas', idMakerFor(emptyStructure(), 't'));
  if (!r.ok) throw new Error(r.reason);
  return r.structure;
};

const basis = { source: 'seed-000.txt', ref: 'Pasal 1', quote: 'kutipan' };
function variant(id: string, revision: number, region = 'Kabupaten Uji'): Variant {
  return VariantSchema.parse({
    format: 'bagan-kerja-variant', version: 1, id, revision,
    identity: { region, province: 'Prov', instrument: 'Peraturan Bupati', number: '1', year: 2023, title: 'Sistem Kerja', sourceFile: 'seed-000.txt' },
    summary: 'Ringkasan', coverage: {}, fallback: { note: 'umum', basis }, raterRules: [], lineRules: []
  });
}

describe('projects in IndexedDB', () => {
  it('create, save, reload: the structure and history come back exactly', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Dinas Uji', dinas(), null);
    const edited = { ...p, structure: { ...p.structure, title: 'Baru' }, history: { past: [{ label: 'x', patch: { collections: {} }, at: 1 }], future: [] } };
    const saved = await saveProject(db, edited, p.revision);
    expect(saved.revision).toBe(1);
    const loaded = await loadProject(db, p.id);
    expect(loaded.ok && loaded.project.structure).toEqual(edited.structure);
    expect(loaded.ok && loaded.project.history.past.length).toBe(1);
  });

  it('a save based on an old revision (another tab saved first) is refused, never silently applied', async () => {
    const db = freshDb();
    const p = await createProject(db, 'A', dinas(), null);
    await saveProject(db, { ...p, name: 'tab 1' }, 0);
    await expect(saveProject(db, { ...p, name: 'tab 2' }, 0)).rejects.toBeInstanceOf(ConflictError);
    const loaded = await loadProject(db, p.id);
    expect(loaded.ok && loaded.project.name).toBe('tab 1');
  });

  it('rename, duplicate, delete and undo delete', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Asli', dinas(), null);
    await renameProject(db, p.id, 'Dinas Kesehatan');
    const copy = (await duplicateProject(db, p.id))!;
    expect(copy.name).toBe('Dinas Kesehatan (salinan)');
    expect(copy.structure).toEqual(p.structure);
    await deleteProject(db, p.id);
    expect((await listProjects(db)).map((x) => x.id)).toEqual([copy.id]);
    await undeleteProject(db, p.id);
    expect((await listProjects(db)).map((x) => x.name).sort()).toEqual(['Dinas Kesehatan', 'Dinas Kesehatan (salinan)']);
  });

  it('restoreProject fills defaults of an older record and refuses a broken structure with a reason', () => {
    const ok = restoreProject({ id: 'a', name: 'x', structure: emptyStructure(), createdAt: 1, updatedAt: 1 });
    expect(ok.ok && ok.project.ui.layers.kedudukan).toBe(true);
    const bad = restoreProject({ id: 'a', name: 'x', structure: { ...emptyStructure(), positions: [{ id: 'p', unit: 'nope', title: 'X', level: 'pelaksana', parent: null }] }, createdAt: 1, updatedAt: 1 });
    expect(bad.ok).toBe(false);
  });
});

describe('variant seeding', () => {
  it('seeds on first run, upgrades a builtin only when the shipped revision is newer, never touches a custom one', async () => {
    const db = freshDb();
    expect(await seedVariants(db, [variant('uji-2023-1', 1)])).toEqual({ added: ['uji-2023-1'], upgraded: [] });
    expect(await seedVariants(db, [variant('uji-2023-1', 1)])).toEqual({ added: [], upgraded: [] });
    expect(await seedVariants(db, [variant('uji-2023-1', 2, 'Kabupaten Baru')])).toEqual({ added: [], upgraded: ['uji-2023-1'] });
    expect((await storedVariants(db))[0].identity.region).toBe('Kabupaten Baru');
    await db.variants.put({ id: 'custom-2024-1', origin: 'custom', revision: 1, variant: { ...variant('custom-2024-1', 1), origin: 'custom' }, updatedAt: 0 });
    expect(await seedVariants(db, [variant('custom-2024-1', 5)])).toEqual({ added: [], upgraded: [] });
    expect((await storedVariants(db)).length).toBe(2);
  });
});
