import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, loadProject, saveProject } from '../../src/lib/store/projects.ts';
import { deleteSnapshot, listSnapshots, renameSnapshot, restoreSnapshot, saveSnapshot, snapshotStructure } from '../../src/lib/store/snapshots.ts';
import { undo } from '../../src/lib/store/history.ts';
import { addUnitFromTemplate, emptyStructure } from '../../src/lib/domain/edit-templates.ts';
import { idMakerFor } from '../../src/lib/domain/edit.ts';
import { compareVersions } from '../../src/lib/ui/compare/compare-model.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';

let n = 0;
const freshDb = () => new BaganDatabase(`snap-${++n}-${Math.random()}`);
const dinas = () => {
  const r = addUnitFromTemplate(emptyStructure('Uji'), 'dinas', idMakerFor(emptyStructure(), 't'));
  if (!r.ok) throw new Error(r.reason);
  return r.structure;
};

describe('snapshots (named versions of a project)', () => {
  it('save, list newest first, rename, delete; only the project’s own snapshots are listed', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Dinas Uji', dinas(), null);
    const other = await createProject(db, 'Lain', dinas(), null);
    await saveSnapshot(db, p, 'Draf 1', 1000);
    const second = await saveSnapshot(db, p, '  Sesuai   Perbup 2023 ', 2000);
    await saveSnapshot(db, other, 'Bukan milik p', 3000);
    expect((await listSnapshots(db, p.id)).map((s) => s.label)).toEqual(['Sesuai Perbup 2023', 'Draf 1']);
    expect(await renameSnapshot(db, second.id, 'Final')).toBe(true);
    expect(await renameSnapshot(db, second.id, '   ')).toBe(false);
    await deleteSnapshot(db, second.id);
    expect((await listSnapshots(db, p.id)).map((s) => s.label)).toEqual(['Draf 1']);
    await expect(saveSnapshot(db, p, ' ')).rejects.toThrow(/wajib/);
  });

  it('a snapshot is frozen: later edits of the project do not change it', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Dinas Uji', dinas(), null);
    const snap = await saveSnapshot(db, p, 'Draf 1');
    const edited = { ...p, structure: { ...p.structure, positions: p.structure.positions.slice(0, 1) } };
    await saveProject(db, edited, p.revision);
    const [stored] = await listSnapshots(db, p.id);
    expect(stored.id).toBe(snap.id);
    expect(stored.project.structure.positions.length).toBe(p.structure.positions.length);
  });

  it('restore is one undoable step; undo brings the state before the restore back', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Dinas Uji', dinas(), null);
    const snap = await saveSnapshot(db, p, 'Draf 1');
    const now = { ...p, structure: { ...p.structure, positions: p.structure.positions.slice(0, 2) } };
    const restored = restoreSnapshot(now, snap);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.project.structure).toEqual(p.structure);
    expect(restored.project.history.past.at(-1)?.label).toBe('Pulihkan versi “Draf 1”');
    const back = undo(restored.project.history, restored.project.structure)!;
    expect(back.structure).toEqual(now.structure);
    const saved = await saveProject(db, restored.project, p.revision);
    const loaded = await loadProject(db, p.id);
    expect(loaded.ok && loaded.project.structure).toEqual(p.structure);
    expect(saved.revision).toBe(p.revision + 1);
  });

  it('a damaged snapshot record is refused with a reason and restores nothing', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Dinas Uji', dinas(), null);
    const snap = await saveSnapshot(db, p, 'Rusak');
    const broken = { ...snap, project: { ...snap.project, structure: { ...snap.project.structure, positions: [{ id: 'x', unit: 'tidak-ada', title: 'X', level: 'pelaksana', parent: null }] } } } as typeof snap;
    const r = restoreSnapshot(p, broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Rusak/);
    expect(snapshotStructure(broken).ok).toBe(false);
  });

  it('two snapshots compare as versions: the removed positions are listed', async () => {
    const db = freshDb();
    const p = await createProject(db, 'Dinas Uji', dinas(), null);
    const first = await saveSnapshot(db, p, 'Draf 1');
    const dropped = p.structure.positions.at(-1)!;
    const second = await saveSnapshot(db, { ...p, structure: { ...p.structure, positions: p.structure.positions.filter((x) => x.id !== dropped.id) } }, 'Draf 2');
    const [a, b] = [snapshotStructure(first), snapshotStructure(second)];
    if (!a.ok || !b.ok) throw new Error('unreadable');
    const cmp = compareVersions(a.structure, b.structure, { variant: loadBuiltinVariant('tabanan-2023-107'), options: {} });
    expect(cmp.structure.map((c) => `${c.kind}:${c.position.id}`)).toEqual([`removed:${dropped.id}`]);
  });
});
