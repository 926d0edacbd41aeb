// The engine finds kedudukan parents along the file (the chain of the previous position's ancestors)
// before asking its id map: the answer must not depend on the file's order, and a repeated id must
// resolve to the position the map keeps (the last one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { Engine } from '../../src/lib/domain/engine.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { readVariantText } from '../../src/lib/io/read-variant.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';
import { rng } from './helpers/random-structure.ts';

const variants = loadBuiltinVariants();
const lineKeys = (s: Structure, v: (typeof variants)[number]) =>
  compute(s, v)
    .lines.map((l) => `${l.kind}|${l.subKind}|${l.rule}|${l.from}|${l.to}|${l.team ?? ''}`)
    .sort();

describe('kedudukan parents along the file', () => {
  it('give the same lines and roles whatever the order of the positions', () => {
    const s = generateKabupaten({ positions: 500, seed: 5 });
    const r = rng(9);
    const shuffled: Structure = { ...s, positions: [...s.positions].sort(() => r() - 0.5) };
    const reversed: Structure = { ...s, positions: [...s.positions].reverse() };
    for (const v of variants) {
      const want = compute(s, v).roles;
      for (const other of [shuffled, reversed]) {
        const got = new Engine(false).compute(other, v);
        for (const p of s.positions) expect(got.roles.get(p.id), `${v.id} ${p.id}`).toEqual(want.get(p.id));
        expect(lineKeys(other, v), v.id).toEqual(lineKeys(s, v));
      }
    }
  });

  it('resolve a repeated id to the last position of that id, as the id map does', () => {
    const vr = readVariantText(readFileSync(new URL('../fixtures/variants/minimal.json', import.meta.url), 'utf8'));
    if (!vr.ok) throw new Error('varian uji tidak sah');
    const s = {
      format: 'bagan-kerja',
      version: 1,
      title: 'Uji',
      units: [{ id: 'u', name: 'Dinas Uji', type: 'dinas', parent: null }],
      positions: [
        { id: 'k', unit: 'u', title: 'Kepala Dinas', level: 'jpt_pratama', parent: null },
        { id: 'x', unit: 'u', title: 'Pengadministrasi', level: 'pelaksana', parent: 'k' },
        { id: 'y', unit: 'u', title: 'Pengolah Data', level: 'pelaksana', parent: 'x' },
        { id: 'x', unit: 'u', title: 'Kepala Bidang Umum', level: 'administrator', parent: 'k' }
      ],
      teams: [],
      assignments: []
    } as unknown as Structure;
    // Through the map "y" sits under the Kepala Bidang (the last "x"), an official who rates it; under
    // the first "x" (a Pelaksana) it would have no rater.
    expect(compute(s, vr.value).roles.get('y')).toMatchObject({ rater: 'x', workUnitHead: 'x' });
  });
});
