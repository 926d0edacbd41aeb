import { describe, expect, it } from 'vitest';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { OFFICIAL, GROUP, FONTS } from '../../src/lib/layout/box-content.ts';
import { textWidth } from '../../src/lib/layout/text-measure.ts';
import { rectsOverlap } from '../../src/lib/layout/geometry.ts';
import type { OfficialNode, Scene, StaffGroupNode, UnitFrameNode } from '../../src/lib/layout/scene.ts';
import { boxes, boxesCrossed, dinasWithPuskesmas, isOrthogonal, kecamatan, nodeOf, twoAgencies } from './layout-helpers/fixtures.ts';
import { Builder } from './helpers/build.ts';

const elk = nodeElk();
const lay = (s: Parameters<typeof layoutStructure>[0], o: Partial<Parameters<typeof layoutStructure>[1]> = {}) => layoutStructure(s, { elk, cache: new LayoutCache(), ...o });

function frame(scene: Scene, unitId: string): UnitFrameNode {
  return scene.nodes.find((n): n is UnitFrameNode => n.kind === 'unitFrame' && n.unitId === unitId)!;
}

function expectCleanLayout(scene: Scene) {
  const all = boxes(scene);
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) expect(rectsOverlap(all[i], all[j]), `${all[i].id} overlaps ${all[j].id}`).toBe(false);
  for (const e of scene.edges.filter((x) => x.kind === 'kedudukan')) {
    expect(isOrthogonal(e.points), `${e.id} is orthogonal`).toBe(true);
    expect(boxesCrossed(e.points, all).map((b) => b.id), `${e.id} crosses no box`).toEqual([]);
  }
  // Frames either nest or stay apart, and every box lies inside the frame of its unit.
  for (const b of all) {
    const f = frame(scene, b.unitId);
    expect(b.x >= f.x && b.y >= f.y + f.headerHeight - 1 && b.x + b.width <= f.x + f.width && b.y + b.height <= f.y + f.height, `${b.id} inside its frame`).toBe(true);
  }
}

describe('layoutStructure: a Dinas with Sekretariat, Bidang, JF groups and Puskesmas', () => {
  it('places every position, with no overlapping boxes and no kedudukan line through a box', async () => {
    const s = dinasWithPuskesmas(8);
    const scene = await lay(s);
    for (const p of s.positions) expect(scene.places[p.id], p.id).toBeDefined();
    expectCleanLayout(scene);
    expect(scene.width).toBeGreaterThan(0);
    for (const b of boxes(scene)) expect(b.x + b.width <= scene.width && b.y + b.height <= scene.height).toBe(true);
  });

  it('draws the JF/Pelaksana under one official as one group box, one row per position, in file order', async () => {
    const s = dinasWithPuskesmas(1);
    const scene = await lay(s);
    const group = nodeOf(scene, 'nutri-kesmas') as StaffGroupNode;
    expect(group.kind).toBe('staffGroup');
    expect(group.parentPositionId).toBe('kabid-kesmas');
    expect(group.heading).toBe('Kelompok JF/Pelaksana');
    expect(group.rows.map((r) => r.positionId)).toEqual(['nutri-kesmas', 'bidan-kesmas']);
    expect(group.rows[0].detail.join(' ')).toBe('Ahli Muda · 3 orang');
    expect(group.rows[1].detail.join(' ')).toBe('Terampil · 4 orang');
    // Rows stack inside the group box without gaps or overlap.
    expect(group.rows[0].y).toBe(group.y + group.headingHeight);
    expect(group.rows[1].y).toBe(group.rows[0].y + group.rows[0].height);
    expect(group.rows[1].y + group.rows[1].height).toBe(group.y + group.height);
    // The Pelaksana under the Kepala Seksi form a separate group.
    expect(nodeOf(scene, 'pl-kesmas')!.id).not.toBe(group.id);
    // One kedudukan line into the group, from its official.
    expect(scene.edges.filter((e) => e.kind === 'kedudukan' && e.to === group.id).map((e) => e.from)).toEqual(['kabid-kesmas']);
  });

  it('hangs a Kepala Seksi’s Kelompok JF right under it, level with the Bidang’s own group', async () => {
    const scene = await lay(dinasWithPuskesmas(1));
    const kasi = nodeOf(scene, 'kasi-kesmas')!;
    const ownGroup = nodeOf(scene, 'pl-kesmas')!;
    const bidangGroup = nodeOf(scene, 'nutri-kesmas')!;
    expect(ownGroup.y).toBe(kasi.y + kasi.height + 24);
    expect(ownGroup.x + ownGroup.width / 2).toBe(kasi.x + kasi.width / 2);
    expect(bidangGroup.y).toBe(kasi.y);
    const line = scene.edges.find((e) => e.from === 'kasi-kesmas' && e.to === ownGroup.id)!;
    expect(line.points).toEqual([{ x: kasi.x + kasi.width / 2, y: kasi.y + kasi.height }, { x: kasi.x + kasi.width / 2, y: ownGroup.y }]);
  });

  it('puts the Sekretaris beside the trunk, above the row of Bidang (SOTK figure convention)', async () => {
    const scene = await lay(dinasWithPuskesmas(1));
    const kadis = nodeOf(scene, 'kadis')!;
    const sek = nodeOf(scene, 'sek')!;
    const bidang = ['kabid-kesmas', 'kabid-p2p', 'kabid-yankes'].map((id) => nodeOf(scene, id)!);
    expect(sek.y).toBeGreaterThan(kadis.y + kadis.height);
    for (const b of bidang) expect(b.y).toBeGreaterThanOrEqual(sek.y + sek.height);
    // Bidang keep their file order left to right.
    expect(bidang.map((b) => b.x)).toEqual([...bidang.map((b) => b.x)].sort((a, b) => a - b));
    // The head stands straight above the trunk that carries the Bidang row, not above the Sekretaris.
    const cx = (n: { x: number; width: number }) => n.x + n.width / 2;
    expect(cx(kadis)).toBeGreaterThan(cx(bidang[0]));
    expect(cx(kadis)).toBeLessThan(cx(bidang[2]));
    const trunkLine = scene.edges.find((e) => e.from === 'kadis' && e.to === 'kabid-p2p')!;
    expect(trunkLine.points[0].x).toBe(trunkLine.points[1].x);
    expect(trunkLine.points[1].y).toBeGreaterThan(sek.y + sek.height);
    // Kelompok JF of the head on the left, Sekretaris on the right of the trunk.
    expect(nodeOf(scene, 'epid-madya')!.x).toBeLessThan(kadis.x);
    expect(sek.x).toBeGreaterThan(kadis.x);
  });

  it('sizes boxes to their text: wrapped titles never wider than the box, never cut', async () => {
    const long = 'Kepala Bidang Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak Supercalifragilistikexpialidosius';
    const s = dinasWithPuskesmas(1, (b) => {
      b.current = b.units[0].id;
      b.pos(long, 'administrator', 'kadis', { id: 'long' });
    });
    const scene = await lay(s);
    const n = nodeOf(scene, 'long') as OfficialNode;
    expect(n.title.length).toBeGreaterThan(2);
    expect(n.title.join(' ').replace(/\s+/g, '')).toBe(long.replace(/\s+/g, ''));
    for (const line of n.title) expect(textWidth(line, FONTS.title)).toBeLessThanOrEqual(OFFICIAL.width - 2 * OFFICIAL.padX);
    expect(n.height).toBeGreaterThanOrEqual(n.title.length * FONTS.title.lineHeight);
    for (const g of scene.nodes.filter((x): x is StaffGroupNode => x.kind === 'staffGroup'))
      for (const r of g.rows) for (const line of r.title) expect(textWidth(line, FONTS.rowTitle)).toBeLessThanOrEqual(GROUP.width - 2 * GROUP.padX);
  });

  it('lays out one unit with its sub-units only (--unit)', async () => {
    const s = dinasWithPuskesmas(3);
    const scene = await lay(s, { unit: 'pkm-2' });
    expect(Object.keys(scene.places).sort()).toEqual(['dokter-2', 'kapus-2', 'perawat-2']);
    expectCleanLayout(scene);
  });

  it('hides a collapsed subtree and shows how many positions it holds', async () => {
    const s = dinasWithPuskesmas(2);
    const scene = await lay(s, { collapsed: ['kabid-p2p'] });
    expect(scene.places['kasi-p2p']).toBeUndefined();
    expect(scene.places['nutri-p2p']).toBeUndefined();
    expect(scene.places['pl-p2p']).toBeUndefined();
    expect((nodeOf(scene, 'kabid-p2p') as OfficialNode).collapsedCount).toBe(4);
    expect(scene.places['kasi-kesmas']).toBeDefined();
  });
});

describe('layoutStructure: wide fan-out', () => {
  it('wraps twelve Kelurahan into several rows instead of one endless row', async () => {
    const scene = await lay(kecamatan(12));
    expectCleanLayout(scene);
    const lurahs = Array.from({ length: 12 }, (_, i) => nodeOf(scene, `lurah-${i + 1}`)!);
    const rows = new Set(lurahs.map((n) => Math.round(n.y)));
    expect(rows.size).toBeGreaterThan(1);
    const sumWidths = lurahs.reduce((w, n) => w + frame(scene, n.unitId).width, 0);
    expect(scene.width).toBeLessThan(sumWidths / 2);
    // Inside a Kelurahan the Sekretaris Kelurahan (with its Pelaksana) hangs beside the Lurah's trunk too.
    const lurah = nodeOf(scene, 'lurah-1')!;
    const seklur = nodeOf(scene, 'seklur-1')!;
    expect(seklur.x).toBeGreaterThan(lurah.x);
    for (const kasi of ['kasi-pem-1', 'kasi-pm-1']) expect(nodeOf(scene, kasi)!.y).toBeGreaterThan(seklur.y);
    // Every Kelurahan is still connected to the Camat.
    for (let i = 1; i <= 12; i++) expect(scene.edges.some((e) => e.kind === 'kedudukan' && e.from === 'camat' && e.to === `lurah-${i}`)).toBe(true);
  });

  it('stacks many leaf Seksi under one official into columns', async () => {
    const b = new Builder('badan', 'Badan Pendapatan Daerah');
    const kaban = b.pos('Kepala Badan', 'jpt_pratama', null, { id: 'kaban' });
    for (let i = 1; i <= 10; i++) b.pos(`Kepala Sub Bidang Pendapatan ${i}`, 'pengawas', kaban, { id: `sub-${i}` });
    const scene = await lay(b.done());
    expectCleanLayout(scene);
    const subs = Array.from({ length: 10 }, (_, i) => nodeOf(scene, `sub-${i + 1}`)!);
    const columns = new Set(subs.map((n) => Math.round(n.x)));
    expect(columns.size).toBeGreaterThan(1);
    expect(columns.size).toBeLessThan(10);
    // Column-major order: the first items share the first column, top to bottom.
    expect(subs[1].x).toBe(subs[0].x);
    expect(subs[1].y).toBeGreaterThan(subs[0].y);
  });
});

describe('layoutStructure: stability', () => {
  function relative(scene: Scene, unitId: string) {
    const f = frame(scene, unitId);
    return boxes(scene)
      .filter((b) => b.unitId === unitId)
      .map((b) => ({ id: b.id, x: b.x - f.x, y: b.y - f.y, w: b.width, h: b.height }));
  }

  it('a box never moves within its unit when an unrelated unit changes', async () => {
    const cache = new LayoutCache();
    const before = await layoutStructure(twoAgencies(0), { elk, cache });
    const after = await layoutStructure(twoAgencies(2), { elk, cache });
    expect(relative(after, 'u1')).toEqual(relative(before, 'u1'));
    // Dinas Pendidikan comes first in the file and does not move at all.
    expect(frame(after, 'u1')).toEqual(frame(before, 'u1'));
    expect(relative(after, 'bappeda')).not.toEqual(relative(before, 'bappeda'));
  });

  it('other top-level units keep their place when one unit gains a position', async () => {
    const kabupaten = (extra: boolean) => {
      const b = new Builder('setda', 'Sekretariat Daerah');
      for (let u = 0; u < 6; u++) {
        if (u > 0) b.unit('dinas', `Dinas ${u}`, null, `d${u}`);
        const head = b.pos(`Kepala ${u}`, 'jpt_pratama', null, { id: `h${u}` });
        for (let k = 0; k < 3; k++) {
          const kabid = b.pos(`Kepala Bidang ${u}.${k}`, 'administrator', head, { id: `b${u}-${k}` });
          b.pos('Analis Kebijakan Ahli Muda', 'fungsional', kabid, { id: `jf${u}-${k}`, grade: 'ahli_muda' });
        }
        if (extra && u === 5) b.pos('Penelaah Teknis Kebijakan', 'pelaksana', 'b5-2', { id: 'baru' });
      }
      return b.done();
    };
    const before = await lay(kabupaten(false));
    const after = await lay(kabupaten(true));
    for (const id of ['u1', 'd1', 'd2', 'd3', 'd4', 'd5']) {
      const f0 = frame(before, id);
      const f1 = frame(after, id);
      expect({ x: f1.x, y: f1.y }, id).toEqual({ x: f0.x, y: f0.y });
    }
    expect(frame(after, 'd5').height).toBeGreaterThan(frame(before, 'd5').height);
  });

  it('gives the same scene for the same structure, with or without a warm cache', async () => {
    const s = dinasWithPuskesmas(4);
    const cold = await lay(s);
    const cache = new LayoutCache();
    await layoutStructure(s, { elk, cache });
    const warm = await layoutStructure(s, { elk, cache });
    expect(warm).toEqual(cold);
  });

  it('keeps a Puskesmas unchanged inside when a sibling Puskesmas gains a position', async () => {
    const cache = new LayoutCache();
    const before = await layoutStructure(dinasWithPuskesmas(3), { elk, cache });
    const grown = dinasWithPuskesmas(3, (b) => {
      b.current = 'pkm-3';
      b.pos('Bidan Mahir', 'fungsional', 'kapus-3', { id: 'bidan-3', grade: 'mahir', count: 2 });
    });
    const after = await layoutStructure(grown, { elk, cache });
    expect(relative(after, 'pkm-1')).toEqual(relative(before, 'pkm-1'));
    expect(relative(after, 'pkm-3')).not.toEqual(relative(before, 'pkm-3'));
  });
});

describe('layoutStructure: kedudukan across top-level units', () => {
  it('draws the line from a head placed under an official of another top-level unit, around the boxes', async () => {
    const s = twoAgencies(0);
    const kaban = s.positions.find((p) => p.id === 'kaban')!;
    kaban.parent = 'kadis-dik';
    const scene = await lay(s);
    const edge = scene.edges.find((e) => e.kind === 'kedudukan' && e.from === 'kadis-dik' && e.to === 'kaban');
    expect(edge).toBeDefined();
    expect(isOrthogonal(edge!.points)).toBe(true);
    expect(boxesCrossed(edge!.points, boxes(scene))).toEqual([]);
    // It ends on the top of the Kepala Badan's box.
    const target = nodeOf(scene, 'kaban')!;
    const end = edge!.points[edge!.points.length - 1];
    expect(end.y).toBe(target.y);
    expect(end.x).toBeGreaterThanOrEqual(target.x);
    expect(end.x).toBeLessThanOrEqual(target.x + target.width);
  });
});

describe('layoutStructure: only real kedudukan lines', () => {
  it('draws no line to a sub-unit whose head has no kedudukan parent, and the true line when it sits elsewhere', async () => {
    const s = dinasWithPuskesmas(2);
    s.positions.find((p) => p.id === 'kapus-1')!.parent = null;
    s.positions.find((p) => p.id === 'kapus-2')!.parent = 'kabid-p2p';
    const scene = await lay(s);
    const into = (id: string) => scene.edges.filter((e) => e.kind === 'kedudukan' && e.to === id).map((e) => e.from);
    expect(into('kapus-1')).toEqual([]);
    expect(into('kapus-2')).toEqual(['kabid-p2p']);
    expect(scene.places['kapus-1']).toBeDefined();
  });
});


describe('layoutStructure: ELK layered per unit on request (unitEngine "elk")', () => {
  it('lays the same boxes out cleanly through ELK, and a shared cache never hands one engine the other’s block', async () => {
    const s = dinasWithPuskesmas(8);
    const cache = new LayoutCache();
    const tree = await layoutStructure(s, { elk, cache });
    let elkCalls = 0;
    const countingElk = { layout: (g: Parameters<typeof elk.layout>[0]) => (elkCalls++, elk.layout(g)) };
    const viaElk = await layoutStructure(s, { elk: countingElk, cache, unitEngine: 'elk' });
    expect(elkCalls).toBeGreaterThan(0);
    expect(Object.keys(viaElk.places).sort()).toEqual(Object.keys(tree.places).sort());
    expectCleanLayout(viaElk);
    // The tree path on the same cache asks ELK nothing (every unit here is a tree).
    elkCalls = 0;
    await layoutStructure(s, { elk: countingElk, cache: new LayoutCache() });
    expect(elkCalls).toBe(0);
  });
});
