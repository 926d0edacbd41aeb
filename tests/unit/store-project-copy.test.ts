// "Unduh salinan" on a storage failure (issue 8): the whole project as a project file v1, and reading it
// back restores structure (with teams and assignments), variant, options, pins, versions and the
// project's own variant.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject } from '../../src/lib/store/projects.ts';
import { saveSnapshot } from '../../src/lib/store/snapshots.ts';
import { saveCustomVariant } from '../../src/lib/store/variants.ts';
import { projectCopy } from '../../src/lib/store/project-copy.ts';
import { readRestoreText, restoreBackup } from '../../src/lib/store/backup.ts';
import { readProjectFileText } from '../../src/lib/io/project-file.ts';
import { idMakerFor, updatePosition } from '../../src/lib/domain/edit.ts';
import { addUnitFromTemplate, emptyStructure } from '../../src/lib/domain/edit-templates.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import type { Project } from '../../src/lib/store/project.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';

let n = 0;
async function setup() {
  const db = new BaganDatabase(`copy-${++n}-${Math.random()}`);
  const r = addUnitFromTemplate(emptyStructure('Uji'), 'kelurahan', idMakerFor(emptyStructure(), 't'));
  if (!r.ok) throw new Error(r.reason);
  const base = loadBuiltinVariant('karanganyar-2023-50');
  const custom: Variant = { ...base, id: 'karanganyar-draf', origin: 'custom' };
  await saveCustomVariant(db, custom);
  const created = await createProject(db, 'Kelurahan Uji', r.structure, custom.id);
  const withTeam = { ...r.structure, teams: [{ id: 'tim-1', name: 'Tim Pelayanan', owner: r.structure.units[0].id, lead: r.ids[0], members: [r.ids[0]] }] };
  const project: Project = { ...created, structure: withTeam as Project['structure'], options: { 'opsi-a': 'nilai-b' }, pins: { [r.ids[0]]: { x: 12, y: 34 } } };
  await db.projects.put(project);
  const older = updatePosition(r.structure, r.ids[0], { title: 'Lurah Lama' });
  if (!older.ok) throw new Error(older.reason);
  await saveSnapshot(db, { ...project, structure: older.structure }, 'Draf 1', 1000);
  return { db, project, custom };
}

describe('projectCopy ("Unduh salinan")', () => {
  it('writes the whole project, not only the structure, and reading it back gives everything', async () => {
    const { db, project, custom } = await setup();
    const copy = await projectCopy(db, project, [custom]);
    expect(copy.fileName).toBe('Kelurahan-Uji.bagan.json');
    expect(copy.missing).toEqual([]);
    const read = readProjectFileText(copy.text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.structure).toEqual(project.structure);
    expect(read.value.structure.teams.map((t) => t.name)).toEqual(['Tim Pelayanan']);
    expect(read.value).toMatchObject({ name: project.name, variantId: 'karanganyar-draf', options: project.options, pins: project.pins });
    expect(read.value.customVariants.map((v) => v.id)).toEqual(['karanganyar-draf']);
    expect(read.value.snapshots.map((s) => [s.name, s.structure.positions.find((p) => p.title === 'Lurah Lama') !== undefined])).toEqual([['Draf 1', true]]);
  });

  it('restoring the copy into an empty database recreates the project as it was', async () => {
    const { db, project, custom } = await setup();
    const copy = await projectCopy(db, project, [custom]);
    const fresh = new BaganDatabase(`copy-restore-${Math.random()}`);
    const read = readRestoreText(copy.text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await restoreBackup(fresh, read.value, 'new');
    const [restored] = await fresh.projects.toArray();
    expect(restored).toMatchObject({ name: project.name, structure: project.structure, variantId: project.variantId, options: project.options, pins: project.pins });
    expect((await fresh.snapshots.toArray()).map((s) => s.label)).toEqual(['Draf 1']);
    expect((await fresh.variants.get('karanganyar-draf'))?.origin).toBe('custom');
  });

  it('still downloads from memory when storage is gone, and says what it could not include', async () => {
    const { db, project } = await setup();
    db.close();
    const copy = await projectCopy(db, project, []);
    const read = readProjectFileText(copy.text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value).toMatchObject({ structure: project.structure, variantId: project.variantId, options: project.options, pins: project.pins, snapshots: [] });
    expect(copy.missing.length).toBe(2);
  });
});
