// The Tim Kerja layer as groups (src/lib/layout/team-groups.ts): halos and badges per member, the
// member → Ketua lines bundled into one trunk, the Ketua → pemilik/PPK lines drawn once, and a chart
// whose boxes do not move when the layer is on.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { anchorRect, OVERLAY_LAYERS, type Point, type Scene } from '../../src/lib/layout/scene.ts';
import { contactPoint, mergeInto, segmentsOf } from '../../src/lib/layout/team-bundle.ts';
import { shortName, teamShortNames } from '../../src/lib/layout/team-names.ts';
import type { TeamGroup } from '../../src/lib/layout/team-groups.ts';
import { rectsOverlap } from '../../src/lib/layout/geometry.ts';
import { boxes, boxesCrossed, dinasWithPuskesmas, isOrthogonal } from './layout-helpers/fixtures.ts';

const elk = nodeElk();
const MEMBERS = ['nutri-kesmas', 'bidan-p2p', 'nutri-yankes', 'dokter-1', 'perawat-2'];

/** A Dinas with a cross-unit team (three Bidang and two Puskesmas), led by the Nutrisionis of Kesmas. */
function structure() {
  return dinasWithPuskesmas(2, (b) => {
    b.team('Tim Kerja Percepatan Penurunan Stunting', 'u1', MEMBERS, 'nutri-kesmas', 'stunting');
    b.team('Tim Kerja Pengendalian DBD', 'u1', ['bidan-p2p', 'perawat-2'], 'bidan-p2p', 'dbd');
  });
}

async function routed(variant: string): Promise<{ plain: Scene; scene: Scene }> {
  const s = structure();
  const plain = await layoutStructure(s, { elk, cache: new LayoutCache() });
  const scene = routeOverlays(plain, compute(s, loadBuiltinVariant(variant)), [...OVERLAY_LAYERS], s.teams);
  return { plain, scene };
}

const onPoint = (p: Point, a: Point, b: Point) =>
  p.x >= Math.min(a.x, b.x) - 0.01 && p.x <= Math.max(a.x, b.x) + 0.01 && p.y >= Math.min(a.y, b.y) - 0.01 && p.y <= Math.max(a.y, b.y) + 0.01 && (Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01);

/** Every branch ends on the trunk or on another branch: the bundle is one connected tree. */
function connected(g: TeamGroup): boolean {
  const segs = [g.trunk!, ...g.branches].flatMap((l) => segmentsOf(l.points).map((s) => ({ id: l.id, s })));
  return g.branches.every((b) => {
    const end = b.points[b.points.length - 1];
    return segs.some(({ id, s }) => id !== b.id && onPoint(end, s[0], s[1]));
  });
}

describe('team groups on a laid-out chart', () => {
  it('does not move a box: the scene with the team layer has the same nodes and tree as without', async () => {
    const { plain, scene } = await routed('tabanan-2023-107');
    expect(scene.nodes).toEqual(plain.nodes);
    expect(scene.edges.filter((e) => e.kind === 'kedudukan')).toEqual(plain.edges);
    expect(scene.width).toBe(plain.width);
    expect(scene.height).toBe(plain.height);
  });

  it('draws one halo and badge per member, the Ketua badged as such, and no loose team edges', async () => {
    const { scene } = await routed('tabanan-2023-107');
    const [stunting, dbd] = scene.teams!;
    expect(stunting.short).toBe('PPS');
    expect(dbd.short).toBe('DBD');
    expect(stunting.halos.map((h) => h.positionId).sort()).toEqual([...MEMBERS].sort());
    expect(stunting.halos.find((h) => h.lead)?.badge.text).toBe('Ketua PPS');
    expect(stunting.halos.filter((h) => !h.lead).every((h) => h.badge.text === 'PPS')).toBe(true);
    for (const h of stunting.halos) {
      const r = anchorRect(scene, h.positionId)!;
      expect(h.rect.x).toBeLessThan(r.x);
      expect(h.rect.x + h.rect.width).toBeGreaterThan(r.x + r.width);
    }
    expect(scene.edges.filter((e) => e.kind === 'team')).toEqual([]);
    expect(scene.layers).toContain('team');
  });

  it('bundles member → Ketua lines into one trunk that ends on the Ketua, as one connected tree', async () => {
    const { scene } = await routed('tabanan-2023-107');
    const all = boxes(scene);
    for (const g of scene.teams!) {
      expect(g.hub).toBe(g.halos.find((h) => h.lead)!.positionId);
      expect(g.trunk).not.toBeNull();
      const lead = anchorRect(scene, g.hub!)!;
      const foot = g.trunk!.points[g.trunk!.points.length - 1];
      expect(foot.x === lead.x || foot.x === lead.x + lead.width || foot.y === lead.y || foot.y === lead.y + lead.height).toBe(true);
      expect(g.trunk!.arrowEnd).toBe(true);
      expect(g.branches.map((b) => b.from).sort()).toEqual(g.halos.filter((h) => !h.lead).map((h) => h.positionId).sort());
      expect(connected(g), g.id).toBe(true);
      for (const l of [g.trunk!, ...g.branches, ...g.links]) {
        expect(l.unrouted, l.id).toBeUndefined();
        expect(isOrthogonal(l.points), l.id).toBe(true);
        expect(boxesCrossed(l.points, all).map((b) => b.id), l.id).toEqual([]);
      }
    }
    // The bundle is shorter than the lines it replaces: branches share the way into the knot.
    const stunting = scene.teams![0];
    const length = (ps: Point[]) => segmentsOf(ps).reduce((s, [a, b]) => s + Math.abs(a.x - b.x) + Math.abs(a.y - b.y), 0);
    expect(stunting.knots.length).toBeGreaterThan(1);
    const drawn = [stunting.trunk!, ...stunting.branches].reduce((s, l) => s + length(l.points), 0);
    const loose = routeOverlays(scene, { lines: stunting.trunk!.lines.filter((l) => l.to === stunting.hub) }, ['team']);
    expect(drawn).toBeLessThan(loose.edges.filter((e) => e.kind === 'team').reduce((s, e) => s + length(e.points), 0));
  });

  it('draws each Ketua → pemilik / PPK line once, whatever the number of members behind it', async () => {
    const { scene } = await routed('tabanan-2023-107');
    const stunting = scene.teams![0];
    const ends = stunting.links.map((l) => `${l.from}>${l.to}`);
    expect(new Set(ends).size).toBe(ends.length);
    // Tabanan 107/2023: the Ketua reports to the pemilik kinerja (Kepala Dinas) and to each member's PPK.
    const kadis = stunting.links.find((l) => l.from === 'kadis')!;
    expect(kadis.lines.map((l) => l.subKind)).toEqual(expect.arrayContaining(['ketua_ke_pemilik', 'tim']));
    expect(kadis.arrowStart).toBe(true);
    expect(stunting.links.every((l) => l.lines.length > 0)).toBe(true);
  });

  it('nests the halos and lines up the badges of a position in two teams', async () => {
    const { scene } = await routed('tabanan-2023-107');
    const [stunting, dbd] = scene.teams!;
    for (const id of ['bidan-p2p', 'perawat-2']) {
      const a = stunting.halos.find((h) => h.positionId === id)!;
      const b = dbd.halos.find((h) => h.positionId === id)!;
      expect(b.rect.width).toBeGreaterThan(a.rect.width);
      expect(rectsOverlap(a.badge, b.badge)).toBe(false);
    }
  });

  it('keeps the old one-edge-per-line drawing when no teams are given (compare view)', async () => {
    const s = structure();
    const plain = await layoutStructure(s, { elk, cache: new LayoutCache() });
    const scene = routeOverlays(plain, compute(s, loadBuiltinVariant('tabanan-2023-107')), ['team']);
    expect(scene.teams).toBeUndefined();
    expect(scene.edges.filter((e) => e.kind === 'team').length).toBeGreaterThan(4);
  });
});

describe('bundle geometry', () => {
  it('finds where axis-parallel segments meet, nearest to the start of the first', () => {
    expect(contactPoint({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: -5 }, { x: 5, y: 5 })).toEqual({ x: 5, y: 0 });
    expect(contactPoint({ x: 10, y: 0 }, { x: 0, y: 0 }, { x: 2, y: 0 }, { x: 6, y: 0 })).toEqual({ x: 6, y: 0 });
    expect(contactPoint({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 1 }, { x: 10, y: 1 })).toBeNull();
    expect(contactPoint({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: -5, y: 12 }, { x: 5, y: 12 })).toBeNull();
  });

  it('cuts a branch where it first joins the tree, and keeps a branch that never does', () => {
    const tree = segmentsOf([
      { x: 0, y: 50 },
      { x: 100, y: 50 }
    ]);
    const cut = mergeInto([{ x: 30, y: 0 }, { x: 30, y: 80 }, { x: 90, y: 80 }], tree);
    expect(cut.points).toEqual([{ x: 30, y: 0 }, { x: 30, y: 50 }]);
    expect(cut.junction).toEqual({ x: 30, y: 50 });
    const free = mergeInto([{ x: 200, y: 0 }, { x: 200, y: 20 }], tree);
    expect(free.junction).toBeNull();
    expect(free.points).toHaveLength(2);
  });
});

describe('team short names', () => {
  it('uses the acronym the team is known by, else initials without "Tim Kerja"', () => {
    expect(shortName('Tim Kerja Penyusunan RPJMD')).toBe('RPJMD');
    expect(shortName('Tim Kerja Evaluasi SAKIP')).toBe('SAKIP');
    expect(shortName('Tim Kerja Satu Data')).toBe('SD');
    expect(shortName('Tim Kerja Harmonisasi Rancangan Peraturan Bupati')).toBe('HRPB');
    expect(shortName('Tim Pengendalian Demam Berdarah dan Dengue')).toBe('PDBD');
  });

  it('is unique within the structure and never empty', () => {
    const m = teamShortNames([
      { id: 'a', name: 'Tim Kerja Satu Data' },
      { id: 'b', name: 'Tim Kerja Sistem Daerah' },
      { id: 'c', name: 'Tim Kerja' }
    ]);
    expect([...m.values()]).toEqual(['SD', 'SD2', 'T3']);
  });
});
