// Mechanism flow scenes (src/lib/layout/flow-*.ts) for every allowed procedure of every built-in variant.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltinVariants, MODELS_DIR } from '../../src/cli/variant-files.ts';
import { StructureSchema, type Assignment } from '../../src/lib/domain/structure.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { flowSources, layoutFlow, type FlowScene } from '../../src/lib/layout/flow-layout.ts';
import { flowActors } from '../../src/lib/layout/flow-actors.ts';
import { flowFigure } from '../../src/lib/layout/flow-figure.ts';
import { Builder } from './helpers/build.ts';

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, x: number, y: number) => x > r.x + 0.5 && x < r.x + r.width - 0.5 && y > r.y + 0.5 && y < r.y + r.height - 0.5;

/** Does the axis-parallel segment p→q pass through the interior of r? */
function crosses(r: Rect, p: { x: number; y: number }, q: { x: number; y: number }): boolean {
  const n = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2);
  for (let i = 1; i < n; i++) if (inside(r, p.x + ((q.x - p.x) * i) / n, p.y + ((q.y - p.y) * i) / n)) return true;
  return false;
}

function checkScene(scene: FlowScene, steps: { id: string; actor: string }[]): void {
  // Every step once, in its actor's lane; one lane per actor.
  expect(scene.boxes.map((b) => b.stepId)).toEqual(steps.map((s) => s.id));
  expect(scene.lanes.map((l) => l.key)).toEqual([...new Set(steps.map((s) => s.actor))]);
  for (const b of scene.boxes) {
    const lane = scene.lanes.find((l) => l.key === b.lane)!;
    expect(b.y).toBeGreaterThanOrEqual(lane.y);
    expect(b.y + b.height).toBeLessThanOrEqual(lane.y + lane.height);
    expect(b.x).toBeGreaterThanOrEqual(lane.x + lane.labelWidth);
    expect(b.x + b.width).toBeLessThanOrEqual(lane.x + lane.width);
    for (const t of b.texts) expect(t.y).toBeLessThanOrEqual(b.y + b.height);
  }
  for (let i = 0; i < scene.boxes.length; i++) for (let j = i + 1; j < scene.boxes.length; j++) expect(overlaps(scene.boxes[i], scene.boxes[j]), `${scene.boxes[i].stepId}/${scene.boxes[j].stepId}`).toBe(false);
  for (let i = 1; i < scene.lanes.length; i++) expect(scene.lanes[i].y).toBeCloseTo(scene.lanes[i - 1].y + scene.lanes[i - 1].height);
  // Arrows: orthogonal, rightwards, from the source's right side to the target's left side, through no box.
  for (const a of scene.arrows) {
    const from = scene.boxes.find((b) => b.stepId === a.from)!;
    const to = scene.boxes.find((b) => b.stepId === a.to)!;
    expect(to.column).toBeGreaterThan(from.column);
    expect(a.points[0].x).toBeCloseTo(from.x + from.width);
    expect(a.points.at(-1)!.x).toBeCloseTo(to.x);
    for (let k = 1; k < a.points.length; k++) {
      const p = a.points[k - 1];
      const q = a.points[k];
      expect(p.x === q.x || p.y === q.y).toBe(true);
      for (const b of scene.boxes) expect(crosses(b, p, q), `${a.from}→${a.to} through ${b.stepId}`).toBe(false);
    }
  }
  expect(scene.width).toBeGreaterThanOrEqual(Math.max(...scene.lanes.map((l) => l.x + l.width)));
  expect(scene.height).toBeGreaterThanOrEqual(Math.max(...scene.texts.map((t) => t.y)));
}

it('the crossing check itself sees a segment through a box', () => {
  const r = { x: 0, y: 0, width: 10, height: 10 };
  expect(crosses(r, { x: -5, y: 5 }, { x: 15, y: 5 })).toBe(true);
  expect(crosses(r, { x: 10, y: 5 }, { x: 30, y: 5 })).toBe(false);
});

describe('every procedure of every variant', () => {
  for (const v of loadBuiltinVariants())
    for (const w of v.workflows.filter((x) => x.allowed && x.steps.length > 0))
      it(`${v.id} / ${w.id}`, () => {
        const scene = layoutFlow({ title: w.label, workflow: w, actors: [] });
        checkScene(scene, w.steps);
        // Each step after the first is reached by exactly one arrow; every refusal by a "ditolak" or chained arrow.
        expect(scene.arrows.map((a) => a.to)).toEqual(w.steps.slice(1).map((s) => s.id));
        for (const s of w.steps.filter((x) => x.branch === 'reject')) expect(['reject', 'next']).toContain(scene.arrows.find((a) => a.to === s.id)!.kind);
        // Each step's citation is a footnote.
        const notes = scene.texts.map((t) => t.text).join(' ');
        w.steps.forEach((s, i) => expect(notes).toContain(`[${i + 1}] ${s.basis.ref}`));
      });
});

describe('branches', () => {
  const step = (id: string, actor: string, extra: object = {}) => ({ id, actor, action: id, basis: { source: 's', ref: `Pasal ${id}`, quote: 'q' }, ...extra });

  it('a refusal leaves from where its alternative approval leaves (Pangkal Pinang Pasal 11 ayat (1) c/d)', () => {
    const steps = [step('mohon', 'owner'), step('jawab', 'home'), step('terbit', 'owner', { branch: 'approve' }), step('tolak', 'home', { branch: 'reject' }), step('terima', 'staff', { branch: 'approve' })];
    expect(flowSources(steps as never)).toEqual([null, { from: 0, kind: 'next' }, { from: 1, kind: 'approve' }, { from: 1, kind: 'reject' }, { from: 2, kind: 'next' }]);
    const scene = layoutFlow({ title: 't', workflow: { id: 'w', label: 'w', mode: 'penunjukan', scope: 'lintas_uo', allowed: true, requiredContents: [], steps, basis: steps[0].basis } as never, actors: [] });
    const col = (id: string) => scene.boxes.find((b) => b.stepId === id)!.column;
    expect(col('tolak')).toBe(col('terbit'));
    expect(scene.arrows.find((a) => a.to === 'terbit')!.label!.text).toBe('disetujui');
    expect(scene.arrows.find((a) => a.to === 'tolak')!.label!.text).toBe('ditolak');
  });

  it('a refusal after a chain of approvals forks at the last approval before it (Tabanan Gambar 3)', () => {
    const steps = [step('1', 'a'), step('2', 'b', { branch: 'reject' }), step('3', 'b', { branch: 'approve' }), step('4', 'c', { branch: 'approve' }), step('5', 'c', { branch: 'reject' })];
    expect(flowSources(steps as never).map((s) => s && s.from)).toEqual([null, 0, 0, 2, 2]);
  });
});

describe('lanes named after the officials of the sample', () => {
  const s = StructureSchema.parse(JSON.parse(readFileSync(join(MODELS_DIR, 'samples/kabupaten-contoh.json'), 'utf8')));
  const variants = loadBuiltinVariants();

  it('Pangkal Pinang cross-unit penunjukan: Kepala Dinas Dukcapil (PUO pemilik kinerja) asks the Kepala Dinas Kominfo (PUO asal)', () => {
    const v = variants.find((x) => x.id === 'pangkalpinang-2023-51')!;
    const a = s.assignments.find((x) => x.id === 'penugasan-aptika-dukcapil')!;
    const f = flowFigure(s, v, a, compute(s, v));
    if (!f.ok) throw new Error(f.message);
    const names = f.scene.lanes.map((l) => l.texts.map((t) => t.text).join(' '));
    expect(names[0]).toMatch(/^Kepala Dinas Kependudukan dan Pencatatan Sipil \(Pimpinan Unit Organisasi pemilik kinerja\)$/);
    expect(names[1]).toMatch(/^Kepala Dinas Komunikasi dan Informatika \(Pimpinan Unit Organisasi asal\)$/);
    expect(names[2]).toMatch(/^Pranata Komputer Ahli Pertama/);
    expect(f.title).toContain('Peraturan Wali Kota Pangkal Pinang Nomor 51 Tahun 2023');
    // The sample's penugasan is "disetujui": the step that sets it is the one marked as current.
    expect(a.status).toBe('disetujui');
    expect(f.workflow.steps.find((x) => x.id === f.current)?.status).toBe('disetujui');
    expect(flowFigure(s, v, { ...a, status: 'draf' }, compute(s, v))).not.toHaveProperty('current');
  });

  it('across instansi the requesting side is the other instansi, and a forbidden path is refused with its citation', () => {
    const a = s.assignments.find((x) => x.id === 'penugasan-lintas-instansi-epid')!;
    const cilegon = variants.find((x) => x.id === 'cilegon-2023-17')!;
    const w = cilegon.workflows.find((x) => x.id === 'penunjukan-lintas-instansi')!;
    const r = compute(s, cilegon);
    const actors = flowActors(s, a, w, (id) => r.roles.get(id)?.rater ?? null);
    expect(actors.find((x) => x.key === 'pyb_pemohon')!.name).toContain('Dinas Kesehatan Provinsi Contoh');
    expect(actors.find((x) => x.key === 'home_puo')!.name).toBe('Kepala Dinas Kesehatan');
    const pkp = variants.find((x) => x.id === 'pangkalpinang-2023-51')!;
    const refused = flowFigure(s, pkp, a, compute(s, pkp));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.basis.ref).toBe(pkp.workflows.find((x) => x.mode === 'penunjukan' && x.scope === 'lintas_instansi')!.basis.ref);
  });

  it('Sambas: the Ketua Tim lane is the Ketua of the owner team the assignee belongs to', () => {
    const b = new Builder('badan', 'Bappeda');
    const kaban = b.pos('Kepala Bappeda', 'jpt_pratama', null, { id: 'kaban' });
    b.pos('Perencana Ahli Madya', 'fungsional', kaban, { id: 'ketua', grade: 'ahli_madya' });
    b.unit('setda', 'Sekretariat Daerah', null, 'setda');
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama', null, { id: 'sekda' });
    b.pos('Analis Kebijakan Ahli Pertama', 'fungsional', sekda, { id: 'ak', grade: 'ahli_pertama' });
    b.team('Tim RPJMD', 'u1', ['ketua', 'ak'], 'ketua');
    const st = b.done();
    const v = variants.find((x) => x.id === 'sambas-2024-18')!;
    const a: Assignment = { id: 'x', assignee: 'ak', owner: 'u1', mode: 'sukarela', status: 'draf' };
    const w = v.workflows.find((x) => x.mode === 'sukarela' && x.scope === 'lintas_uo')!;
    expect(flowActors(st, a, w, () => null).find((x) => x.key === 'ketua')).toMatchObject({ name: 'Perencana Ahli Madya', role: 'Ketua Tim' });
  });
});
