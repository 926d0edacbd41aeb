// Layout figures (issue 3): one OPD of ~150 positions and the whole sample, cold (empty per-unit
// cache) and after an edit in one unit (the cache re-lays out only that unit and its ancestors).
// Node runs the same layout code as the app's worker, with the bundled ELK in-process.
import type { Structure } from '../../src/lib/domain/structure.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { printRows, time, timeAsync, type Row } from './measure.ts';

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

function renamed(s: Structure, positionId: string, n: number): Structure {
  return { ...s, positions: s.positions.map((p) => (p.id === positionId ? { ...p, title: `${p.title} ${n}` } : p)) };
}

export async function run({ sample, variants }: { sample: Structure; variants: Variant[] }): Promise<void> {
  const elk = nodeElk();
  const opd = largestOpd(sample);
  const rows: Row[] = [];
  const cases = [
    { label: `one OPD (${opd.id}, ${opd.positions} positions)`, unit: opd.id },
    { label: `whole sample (${sample.positions.length} positions)`, unit: undefined }
  ];
  for (const c of cases) {
    const cold = await timeAsync(() => layoutStructure(sample, { elk, unit: c.unit, cache: new LayoutCache() }), { runs: 3, warmup: 1 });
    const cache = new LayoutCache();
    await layoutStructure(sample, { elk, unit: c.unit, cache });
    // An edit in the last unit of the chart: every other unit comes from the cache.
    const inScope = sample.positions.filter((p) => !c.unit || p.unit === c.unit || sample.units.find((u) => u.id === p.unit)?.parent === c.unit);
    const target = inScope[inScope.length - 1].id;
    let n = 0;
    const warm = await timeAsync(() => layoutStructure(renamed(sample, target, ++n), { elk, unit: c.unit, cache }), { runs: 5, warmup: 1 });
    rows.push({ name: `layout ${c.label}, edit one unit`, ours: warm, baseline: cold, baselineName: 'cold layout without cache' });
    const scene = await layoutStructure(sample, { elk, unit: c.unit, cache });
    const result = compute(sample, variants[0]);
    rows.push({ name: `overlay routing ${c.label}, rating layer`, ours: time(() => routeOverlays(scene, result, ['rating']), { runs: 3, warmup: 1 }) });
    rows.push({ name: `overlay routing ${c.label}, all layers`, ours: time(() => routeOverlays(scene, result, ['performance', 'rating', 'assignment', 'reporting', 'team']), { runs: 3, warmup: 1 }) });
  }
  printRows('Layout (ELK per unit, cached) and overlay routing', rows);
}
