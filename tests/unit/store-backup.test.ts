// Backup and restore (issue 8): everything out, everything back, validated first, all or nothing.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, deleteProject, listProjects } from '../../src/lib/store/projects.ts';
import { saveSnapshot, listSnapshots } from '../../src/lib/store/snapshots.ts';
import { saveCustomVariant, seedVariants } from '../../src/lib/store/variants.ts';
import { createBackup, readRestoreText, restoreBackup } from '../../src/lib/store/backup.ts';
import { VariantSchema } from '../../src/lib/domain/variant.ts';
import { readStructureText } from '../../src/lib/io/read-structure.ts';
import { updatePosition } from '../../src/lib/domain/edit.ts';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const structure = (() => {
  const r = readStructureText(fixture('structures/dinas-kecil.json'));
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();
const custom = VariantSchema.parse(JSON.parse(fixture('variants/minimal.json')));
const builtin = { ...custom, id: 'bawaan-uji', origin: 'builtin' as const };

let n = 0;
async function filledDb() {
  const db = new BaganDatabase(`backup-${++n}-${Math.random()}`);
  await seedVariants(db, [builtin]);
  await saveCustomVariant(db, custom);
  const a = await createProject(db, 'Dinas A', structure, custom.id);
  const edited = updatePosition(structure, structure.positions[0].id, { title: 'Kepala Dinas <b>A</b>' });
  if (!edited.ok) throw new Error(edited.reason);
  await db.projects.put({ ...a, structure: edited.structure, options: { 'kadis-rates': 'yes' }, pins: { [structure.positions[1].id]: { x: 5, y: 6 } } });
  await saveSnapshot(db, a, 'Draf 1', 1000);
  const b = await createProject(db, 'Dinas B', structure, null);
  const gone = await createProject(db, 'Dihapus', structure, null);
  await deleteProject(db, gone.id);
  return { db, a: { ...a, structure: edited.structure }, b };
}

const emptyDb = async () => {
  const db = new BaganDatabase(`restore-${++n}-${Math.random()}`);
  await seedVariants(db, [builtin]);
  return db;
};

describe('backup', () => {
  it('carries every live project (structure, variant, options, pins, versions) and every custom variant, not the built-in ones', async () => {
    const { db, a } = await filledDb();
    const file = await createBackup(db, new Date('2026-11-23T10:00:00Z'));
    expect(file.fileName).toBe('bagan-kerja-cadangan-2026-11-23-10-00.json');
    expect([file.projects, file.variants]).toEqual([2, 1]);
    const read = readRestoreText(file.text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const pa = read.value.projects.find((p) => p.name === 'Dinas A')!;
    expect(pa.structure).toEqual(a.structure);
    expect([pa.variantId, pa.options, pa.pins]).toEqual([custom.id, { 'kadis-rates': 'yes' }, { [structure.positions[1].id]: { x: 5, y: 6 } }]);
    expect(pa.snapshots.map((s) => [s.name, s.structure])).toEqual([['Draf 1', structure]]);
    expect(read.value.projects.map((p) => p.name)).not.toContain('Dihapus');
    expect(read.value.variants.map((v) => v.id)).toEqual([custom.id]);
  });

  it('restores into an empty browser exactly as it was', async () => {
    const { db, a } = await filledDb();
    const read = readRestoreText((await createBackup(db)).text);
    if (!read.ok) throw new Error('unreadable');
    const target = await emptyDb();
    const report = await restoreBackup(target, read.value, 'new');
    expect(report).toEqual({ projects: 2, variants: 1, skipped: [] });
    const restored = await listProjects(target);
    expect(restored.map((p) => p.name).sort()).toEqual(['Dinas A', 'Dinas B']);
    const ra = restored.find((p) => p.name === 'Dinas A')!;
    expect(ra.structure).toEqual(a.structure);
    expect(ra.variantId).toBe(custom.id);
    expect((await listSnapshots(target, ra.id)).map((s) => [s.label, s.project.structure])).toEqual([['Draf 1', structure]]);
    expect((await target.variants.get(custom.id))?.origin).toBe('custom');
  });

  it('"as new projects" keeps what is there, renames a clashing name, never overwrites a variant', async () => {
    const { db } = await filledDb();
    const read = readRestoreText((await createBackup(db)).text);
    if (!read.ok) throw new Error('unreadable');
    const report = await restoreBackup(db, read.value, 'new');
    expect(report.projects).toBe(2);
    expect(report.skipped.map((s) => s.id)).toEqual([custom.id]);
    expect((await listProjects(db)).map((p) => p.name).sort()).toEqual(['Dinas A', 'Dinas A (dipulihkan)', 'Dinas B', 'Dinas B (dipulihkan)']);
  });

  it('"replace" removes every project, version and custom variant first, keeps the built-in variants', async () => {
    const { db } = await filledDb();
    const other = await emptyDb();
    await createProject(other, 'Satu-satunya', structure, null);
    const read = readRestoreText((await createBackup(other)).text);
    if (!read.ok) throw new Error('unreadable');
    await restoreBackup(db, read.value, 'replace');
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['Satu-satunya']);
    expect(await db.projects.count()).toBe(1); // the soft-deleted one too
    expect(await db.snapshots.count()).toBe(0);
    expect((await db.variants.toArray()).map((v) => v.id)).toEqual(['bawaan-uji']);
  });

  it('a variant in the backup with a built-in id is skipped with a reason, not written over the built-in one', async () => {
    const target = await emptyDb();
    const read = readRestoreText(JSON.stringify({ format: 'bagan-kerja-cadangan', version: 1, createdAt: 'x', projects: [], variants: [{ ...custom, id: 'bawaan-uji', identity: { ...custom.identity, title: 'Palsu' } }] }));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const report = await restoreBackup(target, read.value, 'replace');
    expect(report.skipped).toEqual([{ id: 'bawaan-uji', reason: expect.stringMatching(/bawaan/) }]);
    expect((await target.variants.get('bawaan-uji'))?.variant.identity.title).toBe(builtin.identity.title);
  });

  it('nothing is half-written when a write fails midway: the transaction rolls back the replace', async () => {
    const { db } = await filledDb();
    const before = (await db.projects.toArray()).map((p) => p.id).sort();
    const read = readRestoreText((await createBackup(db)).text);
    if (!read.ok) throw new Error('unreadable');
    let adds = 0;
    db.projects.hook('creating', () => {
      if (++adds === 2) throw new Error('disk penuh (uji)');
    });
    await expect(restoreBackup(db, read.value, 'replace')).rejects.toThrow();
    expect((await db.projects.toArray()).map((p) => p.id).sort()).toEqual(before);
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.variants.get(custom.id)).toBeDefined();
  });

  it('a single project or structure file restores as one project; anything else is refused with a message', async () => {
    const single = readRestoreText(fixture('structures/dinas-kecil.json'));
    expect(single.ok && single.value.projects.map((p) => p.name)).toEqual(['Dinas Kecil']);
    for (const bad of ['', '{"format":"lain"}', '[1,2]', '{"format":"bagan-kerja-cadangan","version":1,"createdAt":"x","projects":[{"name":"x"}]}', fixture('structures/dinas-kecil.json').slice(0, 300)]) {
      const r = readRestoreText(bad);
      expect(r.ok, bad.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.problems[0].message.length).toBeGreaterThan(5);
    }
    const broken = JSON.parse(fixture('structures/dinas-kecil.json'));
    broken.positions[1].parent = 'tidak-ada';
    const r = readRestoreText(JSON.stringify({ format: 'bagan-kerja-cadangan', version: 1, createdAt: 'x', projects: [{ format: 'bagan-kerja-proyek', version: 1, name: 'Rusak', structure: broken }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path.slice(0, 3)).toEqual(['projects', 0, 'structure']);
  });
});
