// Project file in and out of IndexedDB (issue 5): project → file → new project is identical (structure,
// variant, options, pins, snapshots, the custom variant it uses), and an import never overwrites.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, listProjects, loadProject } from '../../src/lib/store/projects.ts';
import { listSnapshots, saveSnapshot } from '../../src/lib/store/snapshots.ts';
import { saveCustomVariant, storedVariants } from '../../src/lib/store/variants.ts';
import { readProjectFileText } from '../../src/lib/io/project-file.ts';
import { exportProject, fileName, importAsNewProject } from '../../src/lib/ui/import/project-transfer.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';
import { build } from './helpers/build.ts';

let n = 0;
const freshDb = () => new BaganDatabase(`transfer-${++n}-${Math.random()}`);

const structure = () =>
  build('dinas', (b) => {
    const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { classGrade: 14, need: 1 });
    b.pos('Epidemiolog Kesehatan', 'fungsional', kadis, { grade: 'ahli_muda', count: 2, need: 4 });
  }, 'Dinas Kesehatan');

async function customVariant(): Promise<Variant> {
  const builtin = loadBuiltinVariant('sambas-2024-18');
  return { ...builtin, id: 'sambas-salinan-bagor', origin: 'custom' };
}

describe('project file ↔ stored project', () => {
  it('project → file → new project gives the same project, snapshots and custom variant', async () => {
    const db = freshDb();
    const custom = await saveCustomVariant(db, await customVariant());
    const created = await createProject(db, 'Dinkes 2026', structure(), custom.id);
    const project = { ...created, options: { contoh: 'ya' }, pins: { [created.structure.positions[0].id]: { x: 10, y: 20 } } };
    await db.projects.put(project);
    await saveSnapshot(db, { ...project, structure: { ...project.structure, title: 'Draf 1' } }, 'Draf 1', 1000);

    const text = await exportProject(db, project, await storedVariants(db));
    const read = readProjectFileText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.customVariants.map((v) => v.id)).toEqual(['sambas-salinan-bagor']);

    // Into another browser's database: the custom variant comes along.
    const other = freshDb();
    const { project: imported, skippedVariants } = await importAsNewProject(other, read.value, []);
    expect(skippedVariants).toEqual([]);
    const loaded = await loadProject(other, imported.id);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.project.id).not.toBe(project.id);
    expect(loaded.project.name).toBe('Dinkes 2026');
    expect(loaded.project.structure).toEqual(project.structure);
    expect(loaded.project.variantId).toBe(custom.id);
    expect(loaded.project.options).toEqual(project.options);
    expect(loaded.project.pins).toEqual(project.pins);
    expect((await storedVariants(other)).map((v) => v.id)).toEqual(['sambas-salinan-bagor']);
    const snaps = await listSnapshots(other, imported.id);
    expect(snaps.map((s) => [s.label, s.createdAt, s.project.structure.title])).toEqual([['Draf 1', 1000, 'Draf 1']]);

    // And out again: the same file content.
    const again = readProjectFileText(await exportProject(other, loaded.project, await storedVariants(other)));
    if (!again.ok) throw new Error('re-export unreadable');
    const { exportedAt: _a, ...first } = read.value;
    const { exportedAt: _b, ...second } = again.value;
    expect(second).toEqual(first);
  });

  it('importing the same file twice makes two projects; the first is untouched', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Asli', structure(), null);
    const read = readProjectFileText(await exportProject(db, p, []));
    if (!read.ok) throw new Error('unreadable');
    await importAsNewProject(db, read.value, []);
    await importAsNewProject(db, read.value, []);
    const all = await listProjects(db);
    expect(all).toHaveLength(3);
    expect(new Set(all.map((x) => x.id)).size).toBe(3);
    expect((await loadProject(db, p.id)).ok).toBe(true);
  });

  it('a custom variant in the file never replaces a built-in one of the same id', async () => {
    const db = freshDb();
    const builtin = loadBuiltinVariant('sambas-2024-18');
    await db.variants.put({ id: builtin.id, origin: 'builtin', revision: builtin.revision, variant: builtin, updatedAt: 0 });
    const p = await createProject(db, 'X', structure(), builtin.id);
    const read = readProjectFileText(await exportProject(db, p, []));
    if (!read.ok) throw new Error('unreadable');
    const hostile = { ...read.value, customVariants: [{ ...builtin, origin: 'custom' as const, summary: 'diubah' }] };
    const { skippedVariants } = await importAsNewProject(db, hostile, []);
    expect(skippedVariants).toEqual([expect.stringContaining('milik varian bawaan')]);
    expect((await db.variants.get(builtin.id))?.variant.summary).toBe(builtin.summary);
  });

  it('file names keep letters and digits only', () => {
    expect(fileName('Dinkes 2026: draf/1', '.bagan.json')).toBe('Dinkes-2026-draf1.bagan.json');
    expect(fileName('???', '.xlsx')).toBe('bagan.xlsx');
  });
});
