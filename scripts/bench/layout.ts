// Layout figures (issues 3 and 7): one OPD, the whole sample and a generated 10,000-position kabupaten.
// Layout alone (cold: empty per-unit cache; after an edit in one unit — a rename, and one more position —
// only that unit and its ancestors are laid out again), overlay routing alone (the rating layer the editor
// opens with, and all layers), and both together as the editor does on opening. Baseline: plain ELK given
// every position as its own node (no group boxes, no per-unit layout), run in a worker thread so it can be
// stopped at a cap.
// Node runs the same layout code as the app.
import { plainElkThisRun } from './same-run.ts';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { Structure } from '../../src/lib/domain/structure.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import type { ElkNode } from '../../src/lib/layout/elk-runner.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { RouteCache } from '../../src/lib/layout/route-cache.ts';
import { ELK_OPTIONS } from '../../src/lib/layout/unit-layout.ts';
import { OFFICIAL } from '../../src/lib/layout/box-content.ts';
import { OVERLAY_LAYERS } from '../../src/lib/layout/scene.ts';
import { printRows, time, timeAsync, type Row, type Timing } from './measure.ts';

/** Plain ELK is stopped after this long (BENCH_ELK_CAP_MS); the ratio is then a lower bound. */
const ELK_CAP_MS = Number(process.env.BENCH_ELK_CAP_MS ?? 60_000);
const elkPath = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');

/** The top-level unit with the most positions including its sub-units (the "one OPD" case). */
export function largestOpd(s: Structure): { id: string; positions: number } {
  const parent = new Map(s.units.map((u) => [u.id, u.parent]));
  const top = (id: string): string => {
    let cur = id;
    for (let i = 0; i < 100 && parent.get(cur); i++) cur = parent.get(cur)!;
    return cur;
  };
  const count = new Map<string, number>();
  for (const p of s.positions) count.set(top(p.unit), (count.get(top(p.unit)) ?? 0) + 1);
  const [id, positions] = [...count].sort((a, b) => b[1] - a[1])[0];
  return { id, positions };
}

/** Positions of the unit and all units below it (or every position). */
function positionsIn(s: Structure, unit: string | undefined): Structure['positions'] {
  if (!unit) return s.positions;
  const inside = new Set([unit]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of s.units) if (u.parent && inside.has(u.parent) && !inside.has(u.id)) grew = Boolean(inside.add(u.id));
  }
  return s.positions.filter((p) => inside.has(p.unit));
}

function renamed(s: Structure, positionId: string, n: number): Structure {
  return { ...s, positions: s.positions.map((p) => (p.id === positionId ? { ...p, title: `${p.title} ${n}` } : p)) };
}

function withPosition(s: Structure, sibling: Structure['positions'][number], n: number): Structure {
  return { ...s, positions: [...s.positions, { id: `bench-baru-${n}`, unit: sibling.unit, title: 'Pengelola Data', level: 'pelaksana', parent: sibling.parent }] };
}

/** The naive chart: every position its own box, every kedudukan line an ELK edge, one graph. */
function plainElkGraph(positions: Structure['positions']): ElkNode {
  const ids = new Set(positions.map((p) => p.id));
  return {
    id: 'root',
    layoutOptions: ELK_OPTIONS,
    children: positions.map((p) => ({ id: p.id, width: OFFICIAL.width, height: 56 })),
    edges: positions.filter((p) => p.parent && ids.has(p.parent)).map((p) => ({ id: `${p.parent}>${p.id}`, sources: [p.parent!], targets: [p.id] }))
  };
}

/** Plain ELK's time in a worker thread (one warm-up run when it is quick), or null past the cap. */
function plainElk(graph: ElkNode): Promise<number | null> {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
const ELK = require(workerData.elkPath);
(async () => {
  const elk = new ELK();
  let t0 = performance.now();
  await elk.layout(structuredClone(workerData.graph));
  let ms = performance.now() - t0;
  if (ms < 2000) { t0 = performance.now(); await elk.layout(structuredClone(workerData.graph)); ms = performance.now() - t0; }
  parentPort.postMessage(ms);
})();`;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: { graph, elkPath } });
    const stop = (ms: number | null) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    };
    const timer = setTimeout(() => stop(null), ELK_CAP_MS);
    worker.once('message', (ms: number) => stop(ms));
    worker.once('error', () => stop(null));
  });
}

const once = (ms: number): Timing => ({ medianMs: ms, minMs: ms, runs: 1 });

export async function run({ sample, big, variants }: { sample: Structure; big?: Structure; variants: Variant[] }): Promise<void> {
  const elk = nodeElk();
  const opd = largestOpd(sample);
  const cases = [
    { key: 'opd' as const, label: `one OPD (${opd.id}, ${opd.positions} positions)`, s: sample, unit: opd.id as string | undefined, runs: 7, warmup: 2, target: { open: '< 50 ms' } },
    { key: 'sample' as const, label: `whole sample (${sample.positions.length} positions)`, s: sample, unit: undefined, runs: 5, warmup: 1, target: {} },
    ...(big ? [{ key: 'big' as const, label: `generated (${big.positions.length} positions)`, s: big, unit: undefined, runs: 3, warmup: 1, target: { cold: '< 1 s', open: '' } }] : [])
  ];
  for (const c of cases) {
    const rows: Row[] = [];
    const opts = { runs: c.runs, warmup: c.warmup };
    const cold = await timeAsync(() => layoutStructure(c.s, { elk, unit: c.unit, cache: new LayoutCache() }), opts);
    const inScope = positionsIn(c.s, c.unit);
    const ms = await plainElk(plainElkGraph(inScope));
    const plain = ms === null ? { timing: once(ELK_CAP_MS), name: `plain ELK, every position a node — stopped at the cap, ratio is a lower bound` } : { timing: once(ms), name: 'plain ELK, every position a node' };
    if (ms === null) console.log(`  (plain ELK on ${inScope.length} positions did not finish within ${ELK_CAP_MS} ms: > cap)`);
    plainElkThisRun.set(c.key, { ms: plain.timing.medianMs, capped: ms === null });
    rows.push({ name: `layout ${c.label}, cold`, ours: cold, baseline: plain.timing, baselineName: plain.name, target: c.target.cold });

    const cache = new LayoutCache();
    await layoutStructure(c.s, { elk, unit: c.unit, cache });
    // An edit in the last unit of the chart: every other unit comes from the cache.
    const target = inScope[inScope.length - 1].id;
    let n = 0;
    const warm = await timeAsync(() => layoutStructure(renamed(c.s, target, ++n), { elk, unit: c.unit, cache }), opts);
    rows.push({ name: `layout ${c.label}, edit one unit`, ours: warm, baseline: cold, baselineName: 'cold layout without cache' });
    // An edit that moves boxes: one more Pelaksana in the same unit (its box grows, its unit and the rows below move).
    const last = inScope[inScope.length - 1];
    const added = await timeAsync(() => layoutStructure(withPosition(c.s, last, ++n), { elk, unit: c.unit, cache }), opts);
    rows.push({ name: `layout ${c.label}, add a position`, ours: added, baseline: cold, baselineName: 'cold layout without cache' });

    const scene = await layoutStructure(c.s, { elk, unit: c.unit, cache });
    const result = compute(c.s, variants[0]);
    // These are the first rows to run the router: without ½ s of runs first they time the JIT compiling it
    // (one OPD: ±40 ms in the first runs, ±10 ms once compiled).
    for (const t0 = performance.now(); performance.now() - t0 < 500; ) routeOverlays(scene, result, ['rating']);
    const rating = time(() => routeOverlays(scene, result, ['rating']), opts);
    rows.push({ name: `overlay routing ${c.label}, rating layer`, ours: rating });
    rows.push({ name: `overlay routing ${c.label}, all layers`, ours: time(() => routeOverlays(scene, result, [...OVERLAY_LAYERS]), { runs: Math.min(c.runs, 3), warmup: Math.min(c.warmup, 1) }) });
    const open = await timeAsync(async () => routeOverlays(await layoutStructure(c.s, { elk, unit: c.unit, cache: new LayoutCache() }), result, ['rating']), opts);
    rows.push({ name: `layout + rating routing ${c.label}, cold (editor opens)`, ours: open, baseline: plain.timing, baselineName: plain.name, target: c.target.open || undefined });
    // As the editor's LayoutSession after an edit: unchanged units' blocks and routes come from its caches.
    const routes = new RouteCache();
    routeOverlays(await layoutStructure(c.s, { elk, unit: c.unit, cache }), result, ['rating'], undefined, routes);
    const edited = await timeAsync(async () => routeOverlays(await layoutStructure(renamed(c.s, target, ++n), { elk, unit: c.unit, cache }), result, ['rating'], undefined, routes), opts);
    rows.push({ name: `layout + rating routing ${c.label}, after an edit`, ours: edited, baseline: open, baselineName: 'cold' });
    printRows(`Layout (closed-form per unit, cached) and overlay routing: ${c.label}`, rows);
  }
}
