import { describe, expect, it } from 'vitest';
import { keepIdentity, optimisticScene } from '../../src/lib/ui/editor/scene-stable.ts';
import { sameData } from '../../src/lib/layout/same-shape.ts';
import type { Scene } from '../../src/lib/layout/scene.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';

const structure: Structure = {
  format: 'bagan-kerja/structure',
  version: 1,
  title: 'Uji',
  units: [{ id: 'u', name: 'Dinas Uji', type: 'dinas', parent: null }],
  positions: [
    { id: 'kadis', unit: 'u', title: 'Kepala Dinas', level: 'jpt_pratama', parent: null },
    { id: 'jf', unit: 'u', title: 'Analis Kebijakan', level: 'fungsional', grade: 'ahli_muda', parent: 'kadis', count: 2 }
  ],
  teams: [],
  assignments: []
} as unknown as Structure;

const scene: Scene = {
  width: 500,
  height: 300,
  title: 'Uji',
  nodes: [
    { kind: 'unitFrame', id: 'f:u', unitId: 'u', depth: 0, name: ['Dinas Uji'], x: 0, y: 0, width: 500, height: 300 } as Scene['nodes'][number],
    { kind: 'official', id: 'p:kadis', positionId: 'kadis', unitId: 'u', title: ['Kepala Dinas'], detail: ['JPT Pratama'], isUnitHead: true, x: 20, y: 40, width: 184, height: 50 },
    {
      kind: 'staffGroup',
      id: 'g:kadis',
      unitId: 'u',
      parentPositionId: 'kadis',
      heading: 'Kelompok JF/Pelaksana',
      headingHeight: 20,
      rows: [{ positionId: 'jf', title: ['Analis Kebijakan'], detail: ['Ahli Muda · 2 orang'], x: 20, y: 140, width: 232, height: 36 }],
      x: 20,
      y: 120,
      width: 232,
      height: 56
    }
  ],
  edges: [{ id: 'e1', kind: 'kedudukan', from: 'kadis', to: 'g:kadis', points: [{ x: 100, y: 90 }, { x: 100, y: 120 }], lines: [] }],
  places: {},
  layers: []
};

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const renamed = (id: string, title: string): Structure => ({ ...structure, positions: structure.positions.map((p) => (p.id === id ? { ...p, title } : p)) });

describe('keepIdentity', () => {
  it('gives back the on-screen objects for nodes and edges that did not change', () => {
    const next = clone(scene);
    const kept = keepIdentity(scene, next);
    expect(kept.nodes).toBe(scene.nodes);
    expect(kept.edges).toBe(scene.edges);
  });

  it('keeps a changed node new and every other node old', () => {
    const next = clone(scene);
    (next.nodes[1] as { title: string[] }).title = ['Kepala Dinas Baru'];
    next.edges[0].points[1].y = 130;
    const kept = keepIdentity(scene, next);
    expect(kept.nodes[0]).toBe(scene.nodes[0]);
    expect(kept.nodes[1]).toBe(next.nodes[1]);
    expect(kept.nodes[2]).toBe(scene.nodes[2]);
    expect(kept.edges[0]).toBe(next.edges[0]);
    expect(kept.width).toBe(next.width);
  });

  it('compares plain data structurally', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
  });
});

describe('optimisticScene', () => {
  it('shows a renamed official at once and leaves the other boxes as they are', () => {
    const after = renamed('kadis', 'Kepala Dinas Kesehatan dan Keluarga Berencana');
    const patched = optimisticScene(scene, structure, after)!;
    const official = patched.nodes[1] as { title: string[]; height: number };
    expect(official.title.join(' ')).toBe('Kepala Dinas Kesehatan dan Keluarga Berencana');
    expect(official.title.length).toBeGreaterThan(1);
    expect(official.height).toBe(50);
    expect(patched.nodes[0]).toBe(scene.nodes[0]);
    expect(patched.nodes[2]).toBe(scene.nodes[2]);
    expect(patched.edges).toBe(scene.edges);
  });

  it('rewrites only the renamed row of a staff group', () => {
    const patched = optimisticScene(scene, structure, renamed('jf', 'Analis SDM Aparatur'))!;
    const group = patched.nodes[2] as { rows: { title: string[]; detail: string[] }[] };
    expect(group.rows[0].title).toEqual(['Analis SDM Aparatur']);
    expect(group.rows[0].detail).toEqual(['Ahli Muda · 2 orang']);
    expect(patched.nodes[1]).toBe(scene.nodes[1]);
  });

  it('waits for the layout when an edit moves, adds or removes a box', () => {
    const moved = { ...structure, positions: structure.positions.map((p) => (p.id === 'jf' ? { ...p, parent: null } : p)) };
    expect(optimisticScene(scene, structure, moved)).toBeNull();
    const added = { ...structure, positions: [...structure.positions, { id: 'x', unit: 'u', title: 'Baru', level: 'pelaksana', parent: 'kadis' }] } as Structure;
    expect(optimisticScene(scene, structure, added)).toBeNull();
    expect(optimisticScene(scene, structure, { ...structure, units: [...structure.units] })).toBeNull();
  });

  it('returns the same scene when nothing on a box changed', () => {
    expect(optimisticScene(scene, structure, { ...structure })).toBe(scene);
  });
});

describe('sameData', () => {
  it('compares plain data by value, telling missing keys, extra keys and undefined apart', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });
});

describe('keepIdentity with reordered nodes', () => {
  it('finds the on-screen object by id when the new scene lists nodes in another order', () => {
    const next = clone(scene);
    next.nodes.reverse();
    (next.nodes[0] as { y: number }).y = 999;
    const kept = keepIdentity(scene, next);
    expect(kept.nodes[0]).not.toBe(scene.nodes[2]);
    expect(kept.nodes[1]).toBe(scene.nodes[1]);
    expect(kept.nodes[2]).toBe(scene.nodes[0]);
  });
});
