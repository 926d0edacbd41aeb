import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, loadProject } from '../../src/lib/store/projects.ts';
import { ProjectSession } from '../../src/lib/store/session.svelte.ts';
import { addChildPosition, idMakerFor, updatePosition } from '../../src/lib/domain/edit.ts';
import { addUnitFromTemplate, emptyStructure } from '../../src/lib/domain/edit-templates.ts';

let n = 0;
async function setup() {
  const db = new BaganDatabase(`session-${++n}-${Math.random()}`);
  const r = addUnitFromTemplate(emptyStructure('Uji'), 'kelurahan', idMakerFor(emptyStructure(), 't'));
  if (!r.ok) throw new Error(r.reason);
  const project = await createProject(db, 'Kelurahan Uji', r.structure, null);
  return { db, project, lurah: r.ids[0] };
}

const until = async (cond: () => boolean, ms = 2000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('ProjectSession', () => {
  it('every committed edit is saved, and a reopened project has the same structure and undo history', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    s.commit('tambah', (x) => addChildPosition(x, lurah, { title: 'Kasi Baru', level: 'pengawas' }, idMakerFor(x)));
    s.commit('ubah', (x) => updatePosition(x, lurah, { classGrade: 9 }));
    await s.flush();
    const loaded = await loadProject(db, project.id);
    expect(loaded.ok && loaded.project.structure).toEqual(s.structure);
    expect(loaded.ok && loaded.project.history.past.map((e) => e.label)).toEqual(['tambah', 'ubah']);
    const reopened = new ProjectSession(db, loaded.ok ? loaded.project : project);
    reopened.undo();
    reopened.undo();
    expect(reopened.structure).toEqual(project.structure);
    s.close();
    reopened.close();
  });

  it('edits made while a save waits are written by that one save, whose record holds the last of them', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    for (let i = 1; i <= 5; i++) s.commit(`ubah ${i}`, (x) => updatePosition(x, lurah, { classGrade: i }));
    expect(s.saving).toBe(true);
    await s.flush();
    expect(s.saving).toBe(false);
    const stored = await loadProject(db, project.id);
    expect(stored.ok && stored.project.revision).toBe(project.revision + 1);
    expect(stored.ok && stored.project.structure.positions.find((p) => p.id === lurah)?.classGrade).toBe(5);
    expect(stored.ok && stored.project.history.past).toHaveLength(5);
    // An edit after that save is saved again.
    s.commit('lagi', (x) => updatePosition(x, lurah, { classGrade: 6 }));
    await s.flush();
    const again = await loadProject(db, project.id);
    expect(again.ok && again.project.revision).toBe(project.revision + 2);
    expect(again.ok && again.project.structure.positions.find((p) => p.id === lurah)?.classGrade).toBe(6);
    s.close();
  });

  it('a project holding a state proxy (left by a UI patch) is still saved, as plain data', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    const layers = new Proxy({ ...project.ui.layers, team: true }, {});
    s.setUi({ layers });
    s.commit('ubah', (x) => updatePosition(x, lurah, { holders: new Proxy(['Budi'], {}) }));
    await s.flush();
    expect(s.notice).toBeNull();
    const stored = await loadProject(db, project.id);
    expect(stored.ok && stored.project.ui.layers.team).toBe(true);
    expect(stored.ok && stored.project.structure.positions.find((p) => p.id === lurah)?.holders).toEqual(['Budi']);
    s.close();
  });

  it('a refused edit changes nothing and tells the user why', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    expect(s.commit('x', (x) => addChildPosition(x, 'nope', { title: 'A', level: 'pelaksana' }, idMakerFor(x)))).toBeNull();
    expect(s.structure).toBe(project.structure);
    expect(s.notice?.message).toMatch(/tidak ditemukan/);
    expect(lurah).toBeTruthy();
    s.close();
  });

  it('two tabs: an edit in one reaches the other; a stale save is refused and reported, never applied', async () => {
    const { db, project, lurah } = await setup();
    const a = new ProjectSession(db, project);
    const b = new ProjectSession(db, project);
    a.commit('A', (x) => updatePosition(x, lurah, { title: 'Lurah A' }));
    await a.flush();
    await until(() => b.structure.positions.some((p) => p.title === 'Lurah A'));
    expect(b.notice?.message).toMatch(/tab lain/);

    // Tab b saves based on what it had loaded: both tabs now edit the same, fresh state.
    b.commit('B', (x) => updatePosition(x, lurah, { need: 2 }));
    await b.flush();
    const stored = await loadProject(db, project.id);
    expect(stored.ok && stored.project.structure.positions.find((p) => p.id === lurah)).toMatchObject({ title: 'Lurah A', need: 2 });
    a.close();
    b.close();
  });

  it('a save overtaken by another writer reloads the stored version and warns', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    s.close(); // no broadcast: simulates a writer this tab did not hear from
    await db.projects.put({ ...project, name: 'Diubah di tempat lain', revision: 5 });
    s.commit('X', (x) => updatePosition(x, lurah, { title: 'Tidak boleh menimpa' }));
    await s.flush();
    expect(s.notice?.kind).toBe('warning');
    expect(s.project.name).toBe('Diubah di tempat lain');
    const stored = await loadProject(db, project.id);
    expect(stored.ok && stored.project.structure.positions.some((p) => p.title === 'Tidak boleh menimpa')).toBe(false);
  });

  it('a storage failure keeps the edit in memory and offers "Unduh salinan"', async () => {
    const { db, project, lurah } = await setup();
    const s = new ProjectSession(db, project);
    db.close();
    s.commit('X', (x) => updatePosition(x, lurah, { title: 'Belum tersimpan' }));
    await s.flush();
    expect(s.notice?.kind).toBe('error');
    expect(s.notice?.offerDownload).toBe(true);
    expect(s.structure.positions.some((p) => p.title === 'Belum tersimpan')).toBe(true);
    s.close();
  });
});

describe('ProjectSession view state across tabs', () => {
  it("another tab's selection change neither overwrites this tab's edit nor raises a notice", async () => {
    const { db, project, lurah } = await setup();
    const a = new ProjectSession(db, project);
    a.close();
    // Another tab saved only a new selection (revision bumped, same structure).
    await db.projects.put({ ...project, ui: { ...project.ui, selection: [lurah] }, revision: 3 });
    a.commit('X', (x) => updatePosition(x, lurah, { title: 'Lurah Baru' }));
    await a.flush();
    expect(a.notice).toBeNull();
    const stored = await loadProject(db, project.id);
    expect(stored.ok && stored.project.structure.positions.find((p) => p.id === lurah)!.title).toBe('Lurah Baru');
  });

  it('after a save of its own, a view-state-only change elsewhere is still told apart from a content change', async () => {
    const { db, project, lurah } = await setup();
    const a = new ProjectSession(db, project);
    a.close();
    a.commit('X', (x) => updatePosition(x, lurah, { title: 'Lurah Satu' }));
    await a.flush();
    const saved = await loadProject(db, project.id);
    if (!saved.ok) throw new Error(saved.reason);
    // View state only: our next edit still applies on top.
    await db.projects.put({ ...saved.project, ui: { ...saved.project.ui, selection: [lurah] }, revision: saved.project.revision + 1 });
    a.commit('Y', (x) => updatePosition(x, lurah, { title: 'Lurah Dua' }));
    await a.flush();
    expect(a.notice).toBeNull();
    const second = await loadProject(db, project.id);
    if (!second.ok) throw new Error(second.reason);
    expect(second.project.structure.positions.find((p) => p.id === lurah)!.title).toBe('Lurah Dua');
    // Content changed elsewhere: refused and reported.
    await db.projects.put({ ...second.project, name: 'Diubah di tempat lain', revision: second.project.revision + 1 });
    a.commit('Z', (x) => updatePosition(x, lurah, { title: 'Lurah Tiga' }));
    await a.flush();
    expect(a.notice?.kind).toBe('warning');
    const third = await loadProject(db, project.id);
    expect(third.ok && third.project.structure.positions.find((p) => p.id === lurah)!.title).toBe('Lurah Dua');
  });
});
