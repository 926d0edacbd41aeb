import { describe, expect, it } from 'vitest';
import { build } from './helpers/build.ts';
import { addChildPosition, deleteSubtrees, idMakerFor, movePosition, updatePosition } from '../../src/lib/domain/edit.ts';
import { emptyHistory, HISTORY_LIMIT, record, redo, undo, type History } from '../../src/lib/store/history.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';

const base = () =>
  build('dinas', (b) => {
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Sekretaris', 'administrator', kadis, { id: 'sek' });
    const kabid = b.pos('Kepala Bidang', 'administrator', kadis, { id: 'kabid' });
    b.pos('Analis Ahli Muda', 'fungsional', kabid, { id: 'jf', grade: 'ahli_muda', count: 2 });
  });

function step(h: History, s: Structure, next: { ok: boolean; structure?: Structure }, label: string) {
  if (!next.ok || !next.structure) throw new Error('edit failed');
  return { h: record(h, s, next.structure, label)!, s: next.structure };
}

describe('undo/redo history', () => {
  it('undoes and redoes add, move, update and delete exactly, order included', () => {
    const s0 = base();
    let h = emptyHistory();
    let s = s0;
    const states: Structure[] = [s0];
    ({ h, s } = step(h, s, addChildPosition(s, 'sek', { title: 'Perencana', level: 'fungsional' }, idMakerFor(s, 'x')), 'tambah'));
    states.push(s);
    ({ h, s } = step(h, s, movePosition(s, 'jf', 'sek'), 'pindah'));
    states.push(s);
    ({ h, s } = step(h, s, updatePosition(s, 'kabid', { title: 'Kepala Bidang Baru', classGrade: 11 }), 'ubah'));
    states.push(s);
    ({ h, s } = step(h, s, deleteSubtrees(s, ['kabid']), 'hapus'));
    states.push(s);
    for (let i = states.length - 2; i >= 0; i--) {
      const u = undo(h, s)!;
      h = u.history;
      s = u.structure;
      expect(s).toEqual(states[i]);
    }
    expect(undo(h, s)).toBeNull();
    for (let i = 1; i < states.length; i++) {
      const r = redo(h, s)!;
      h = r.history;
      s = r.structure;
      expect(s).toEqual(states[i]);
    }
    expect(redo(h, s)).toBeNull();
  });

  it('a record changed in place is the whole patch; a swap of two records with the same ids is undone in order', () => {
    const s0 = base();
    const renamed = updatePosition(s0, 'sek', { title: 'Sekretaris Baru' });
    if (!renamed.ok) throw new Error(renamed.reason);
    const h1 = record(emptyHistory(), s0, renamed.structure, 'ubah')!;
    const positions = h1.past[0].patch.collections.positions!;
    expect(positions.after.map((p) => p.id)).toEqual(['sek']);
    expect(positions.orderAfter).toBeUndefined();
    const swapped: Structure = { ...s0, positions: [s0.positions[0], s0.positions[2], s0.positions[1], s0.positions[3]] };
    const h2 = record(emptyHistory(), s0, swapped, 'urutan')!;
    expect(h2).not.toBeNull();
    expect(undo(h2, swapped)!.structure).toEqual(s0);
  });

  it('a new edit after undo clears redo; an edit that changes nothing is not recorded', () => {
    const s0 = base();
    let { h, s } = step(emptyHistory(), s0, updatePosition(s0, 'sek', { need: 3 }), 'a');
    const u = undo(h, s)!;
    ({ h, s } = step(u.history, u.structure, updatePosition(u.structure, 'sek', { need: 4 }), 'b'));
    expect(h.future).toEqual([]);
    expect(record(h, s, { ...s }, 'nothing')).toBeNull();
  });

  it('keeps at least 100 steps, stores patches (not whole structures), and survives JSON persistence', () => {
    let s = base();
    let h = emptyHistory();
    for (let i = 0; i < 150; i++) ({ h, s } = step(h, s, updatePosition(s, 'jf', { count: i + 3 }), `n${i}`));
    expect(h.past.length).toBe(Math.min(150, HISTORY_LIMIT));
    expect(JSON.stringify(h.past[0].patch)).not.toContain('Kepala Dinas');
    h = JSON.parse(JSON.stringify(h)) as History;
    for (let i = 0; i < 100; i++) ({ history: h, structure: s } = undo(h, s)!);
    expect(s.positions.find((p) => p.id === 'jf')!.count).toBe(52);
  });
});
