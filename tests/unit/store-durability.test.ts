// What the editor commits must reopen (issue 8): an edit the schema would refuse on reload is refused
// now, with a message; "Tersimpan" waits for the last queued save.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, loadProject, renameProject } from '../../src/lib/store/projects.ts';
import { ProjectSession } from '../../src/lib/store/session.svelte.ts';
import { addChildPosition, idMakerFor, updatePosition, updateUnit } from '../../src/lib/domain/edit.ts';
import { addUnitFromTemplate, emptyStructure } from '../../src/lib/domain/edit-templates.ts';

async function setup() {
  const db = new BaganDatabase(`durable-${Math.random()}`);
  const r = addUnitFromTemplate(emptyStructure('Uji'), 'kelurahan', idMakerFor(emptyStructure(), 't'));
  if (!r.ok) throw new Error(r.reason);
  const project = await createProject(db, 'Kelurahan Uji', r.structure, null);
  return { db, project, lurah: r.ids[0], unit: r.structure.units[0].id };
}

describe('durable edits', () => {
  it('a 10,000-character title, unit name or holder is refused with a message and the project still reopens', async () => {
    const { db, project, lurah, unit } = await setup();
    const s = new ProjectSession(db, project);
    const long = 'A'.repeat(10000);
    expect(s.commit('judul', (x) => updatePosition(x, lurah, { title: long }))).toBeNull();
    expect(s.notice?.message).toMatch(/Perubahan ditolak: .*title/);
    expect(s.commit('unit', (x) => updateUnit(x, unit, { name: long }))).toBeNull();
    expect(s.commit('pemangku', (x) => updatePosition(x, lurah, { holders: [long] }))).toBeNull();
    s.rename(long);
    expect(s.notice?.message).toMatch(/Nama proyek terlalu panjang \(10000 karakter; paling banyak 200\)/);
    // Hostile but within limits: kept verbatim.
    const xss = '"/><image href=x onerror=alert(1)><script>alert(2)</script>\u202e\u0007';
    expect(s.commit('xss', (x) => updatePosition(x, lurah, { title: xss }))).not.toBeNull();
    s.rename(xss);
    await s.flush();
    const back = await loadProject(db, project.id);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.project.name).toBe(xss.trim());
      expect(back.project.structure.positions.find((p) => p.id === lurah)?.title).toBe(xss);
    }
    s.close();
  });

  it('renaming from the home page never stores a name the project could not reopen with', async () => {
    const { db, project } = await setup();
    await renameProject(db, project.id, 'N'.repeat(5000));
    const back = await loadProject(db, project.id);
    expect(back.ok && back.project.name.length).toBe(200);
  });

  it('"saving" stays on until the last of several queued saves has landed', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    const seen: boolean[] = [];
    for (let i = 0; i < 5; i++) s.commit(`t${i}`, (x) => addChildPosition(x, lurah, { title: `Kasi ${i}`, level: 'pengawas' }, idMakerFor(x)));
    while (s.saving) {
      const back = await loadProject(db, project.id);
      seen.push(back.ok && back.project.structure.positions.some((p) => p.title === 'Kasi 4'));
      await new Promise((r) => setTimeout(r, 1));
    }
    const back = await loadProject(db, project.id);
    expect(back.ok && back.project.structure.positions.filter((p) => p.title.startsWith('Kasi ')).length).toBe(5);
    expect(back.ok && back.project.structure).toEqual(s.structure);
    s.close();
  });
});
