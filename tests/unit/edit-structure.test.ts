import { describe, expect, it } from 'vitest';
import { build } from './helpers/build.ts';
import { addChildPosition, addSiblingPosition, deleteSubtrees, idMakerFor, movePosition, updatePosition, updateUnit } from '../../src/lib/domain/edit.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';

function dinas(): Structure {
  return build('dinas', (b) => {
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    const sek = b.pos('Sekretaris', 'administrator', kadis, { id: 'sek' });
    b.pos('Kasubbag Umum', 'pengawas', sek, { id: 'kasubbag' });
    const kabid = b.pos('Kepala Bidang P2P', 'administrator', kadis, { id: 'kabid' });
    b.pos('Epidemiolog Ahli Muda', 'fungsional', kabid, { id: 'epid', grade: 'ahli_muda', count: 3 });
    b.unit('puskesmas', 'Puskesmas Kota', 'u1', 'pkm');
    b.pos('Kepala Puskesmas', 'fungsional', kadis, { id: 'kapus', grade: 'ahli_madya' });
    b.pos('Perawat Terampil', 'fungsional', 'kapus', { id: 'perawat', grade: 'terampil', count: 4 });
  });
}

const ids = (s: Structure) => s.positions.map((p) => p.id);
const pos = (s: Structure, id: string) => s.positions.find((p) => p.id === id)!;
const must = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('adding positions', () => {
  it('adds a child after the parent subtree, in the parent unit, without touching the input', () => {
    const s = dinas();
    const before = JSON.stringify(s);
    const r = must(addChildPosition(s, 'sek', { title: 'Perencana Ahli Muda', level: 'fungsional', grade: 'ahli_muda' }, idMakerFor(s, 't')));
    expect(JSON.stringify(s)).toBe(before);
    const added = pos(r.structure, r.ids[0]);
    expect(added).toMatchObject({ parent: 'sek', unit: 'u1', level: 'fungsional', grade: 'ahli_muda' });
    expect(ids(r.structure).indexOf(added.id)).toBe(ids(r.structure).indexOf('kasubbag') + 1);
    expect(checkIntegrity(r.structure)).toEqual([]);
  });

  it('a sibling shares kedudukan and unit and comes after the sibling subtree (nomenclature order)', () => {
    const s = dinas();
    const r = must(addSiblingPosition(s, 'sek', { title: 'Kepala Bidang Yankes', level: 'administrator' }, idMakerFor(s, 't')));
    const added = pos(r.structure, r.ids[0]);
    expect(added.parent).toBe('kadis');
    expect(ids(r.structure).indexOf(added.id)).toBeGreaterThan(ids(r.structure).indexOf('kasubbag'));
    expect(ids(r.structure).indexOf(added.id)).toBeLessThan(ids(r.structure).indexOf('kabid'));
  });

  it('a JF without jenjang gets the lowest keahlian jenjang so the structure stays valid', () => {
    const s = dinas();
    const r = must(addChildPosition(s, 'kabid', { title: 'Kelompok JF', level: 'fungsional' }, idMakerFor(s)));
    expect(pos(r.structure, r.ids[0]).grade).toBe('ahli_pertama');
  });

  it('fresh ids never collide with existing ones', () => {
    const s = dinas();
    const make = idMakerFor(s, 'x');
    const seen = new Set(ids(s));
    for (let i = 0; i < 50; i++) {
      const id = make('j');
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
  });
});

describe('moving (changing kedudukan)', () => {
  it('a JF group dragged under another official changes parent and keeps its unit', () => {
    const r = must(movePosition(dinas(), 'epid', 'sek'));
    expect(pos(r.structure, 'epid')).toMatchObject({ parent: 'sek', unit: 'u1' });
  });

  it('refuses to move a box under its own subordinate (cycle)', () => {
    const r = movePosition(dinas(), 'kabid', 'epid');
    expect(r.ok).toBe(false);
  });

  it('a staff box moved into another unit joins that unit with its in-unit subtree', () => {
    const r = must(movePosition(dinas(), 'epid', 'kapus'));
    expect(pos(r.structure, 'epid').unit).toBe('pkm');
    expect(checkIntegrity(r.structure)).toEqual([]);
  });

  it('the head of a unit keeps its unit; the unit is re-attached under the target unit', () => {
    const s = build('dinas', (b) => {
      b.pos('Kepala Dinas A', 'jpt_pratama', null, { id: 'a' });
      b.unit('dinas', 'Dinas B', null, 'ub');
      b.pos('Kepala Dinas B', 'jpt_pratama', null, { id: 'b' });
      b.unit('upt', 'UPT', 'u1', 'upt');
      b.pos('Kepala UPT', 'pengawas', 'a', { id: 'kupt' });
    });
    const r = must(movePosition(s, 'kupt', 'b'));
    expect(pos(r.structure, 'kupt')).toMatchObject({ parent: 'b', unit: 'upt' });
    expect(r.structure.units.find((u) => u.id === 'upt')!.parent).toBe('ub');
  });
});

describe('deleting', () => {
  it('deletes the subtree, the units it emptied, and references to removed positions', () => {
    const s0 = dinas();
    const s: Structure = {
      ...s0,
      positions: s0.positions.map((p) => (p.id === 'perawat' ? { ...p, workUnder: 'kabid' } : p)),
      teams: [{ id: 't1', name: 'Tim DBD', owner: 'u1', lead: 'epid', members: ['epid', 'perawat'] }]
    };
    const r = must(deleteSubtrees(s, ['kabid']));
    expect(ids(r.structure)).not.toContain('kabid');
    expect(ids(r.structure)).not.toContain('epid');
    expect(pos(r.structure, 'perawat').workUnder).toBeUndefined();
    expect(r.structure.teams[0]).toMatchObject({ lead: null, members: ['perawat'] });
    expect(checkIntegrity(r.structure)).toEqual([]);

    const r2 = must(deleteSubtrees(s0, ['kapus']));
    expect(r2.structure.units.map((u) => u.id)).toEqual(['u1']);
  });
});

describe('updating fields', () => {
  it('switching a JF to Pelaksana drops the jenjang; holders never exceed the count', () => {
    const s = dinas();
    const r = must(updatePosition(s, 'epid', { level: 'pelaksana', holders: ['A', 'B', 'C', 'D'] }));
    expect(pos(r.structure, 'epid').grade).toBeUndefined();
    expect(pos(r.structure, 'epid').holders).toEqual(['A', 'B', 'C']);
    const r2 = must(updatePosition(s, 'kabid', { classGrade: 12, need: 2, title: '  ' }));
    expect(pos(r2.structure, 'kabid')).toMatchObject({ classGrade: 12, need: 2, title: 'Kepala Bidang P2P' });
    expect(checkIntegrity(r.structure)).toEqual([]);
  });

  it('renames a unit, keeping the old name when the new one is blank', () => {
    const s = dinas();
    expect(must(updateUnit(s, 'u1', { name: 'Dinas Kesehatan' })).structure.units[0].name).toBe('Dinas Kesehatan');
    expect(must(updateUnit(s, 'u1', { name: ' ' })).structure.units[0].name).toBe('Unit Uji');
  });
});
