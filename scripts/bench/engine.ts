// Engine figures: all lines and findings for a kabupaten of N positions, against a naive baseline that
// finds each JF/Pelaksana's rater by walking its ancestors with a linear search per step.
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { addChildPosition, idMakerFor, updatePosition } from '../../src/lib/domain/edit.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';
import { time, type Row, type Timing } from './measure.ts';

/** What a first implementation would write: no index, Array.find per ancestor step. */
export function naiveRaters(s: Structure): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of s.positions) {
    if (p.level !== 'fungsional' && p.level !== 'pelaksana') continue;
    let cur = s.positions.find((q) => q.id === p.parent);
    while (cur && cur.level !== 'jpt_pratama' && cur.level !== 'administrator' && cur.level !== 'pengawas') cur = s.positions.find((q) => q.id === cur!.parent);
    out.set(p.id, cur?.id ?? null);
  }
  return out;
}

export function benchEngine(structures: { label: string; s: Structure }[], variants: Variant[]): Row[] {
  const rows: Row[] = [];
  for (const { label, s } of structures) {
    const baseline = time(() => naiveRaters(s), s.positions.length < 2000 ? { runs: 21, warmup: 10 } : { runs: 5, warmup: 1 });
    for (const v of variants) {
      // Warmed up past the JIT's tiers: the editor computes the same variant over and over. A small
      // structure (the sample, ~2 ms) needs more runs for that, or its row measures the JIT's first tiers.
      // So does 10,000 positions: timed one by one (gc entries beside), runs 2–12 took ~20 ms with or without
      // a scavenge in them and runs from ~20 on 10–15 ms, the scavenges alike throughout (one of ~6 ms in two
      // runs of three): the optimizing compiler was still at work. 8 warm-up runs measured that.
      const small = s.positions.length < 2000;
      const ours = timeFromScratch(s, (copy) => compute(copy, v), small ? { runs: 41, warmup: 40 } : { runs: 15, warmup: 24 });
      rows.push({ name: `compute ${label} — ${v.id}`, ours, baseline, baselineName: 'naive ancestor walk', target: s.positions.length >= 10000 ? '< 20 ms' : undefined });
    }
  }
  return rows;
}

/**
 * Median of `fn` from scratch, as on opening a project: runs take turns over deep copies of the structure
 * (fresh records and strings), so a run never sees the records of the run before it and nothing an
 * engine keeps between computations (the one-off engine keeps no results; its position states are
 * reset, lowered titles included) can be found again by identity. The copies are made before timing,
 * as a project is read before it is computed, and are few, so the heap stays as in the app.
 */
function timeFromScratch(s: Structure, fn: (copy: Structure) => unknown, { runs, warmup }: { runs: number; warmup: number }): Timing {
  const copies = Array.from({ length: 4 }, () => structuredClone(s));
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const copy = copies[i % copies.length];
    const t0 = performance.now();
    fn(copy);
    if (i >= warmup) samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)], minMs: samples[0], runs };
}

/**
 * Recompute after one edit through the incremental engine, against compute() of the same edited
 * structure: a Pelaksana renamed (as the editor's side panel does), and a Pelaksana added under the
 * same official (the structure then alternates with and without it).
 */
export function benchIncremental(structures: { label: string; s: Structure }[], variants: Variant[]): Row[] {
  const rows: Row[] = [];
  for (const { label, s } of structures) {
    const staff = s.positions.filter((p) => p.level === 'pelaksana');
    const target = staff[Math.floor(staff.length / 2)];
    // Two alternating edited versions, prepared outside the timed part: each run sees a real change.
    const renamed = [1, 2].map((n) => {
      const out = updatePosition(s, target.id, { title: `${target.title} ${n}` });
      if (!out.ok) throw new Error(out.reason);
      return out.structure;
    });
    const added = addChildPosition(s, target.parent ?? target.id, { title: 'Pengadministrasi Umum', level: 'pelaksana' }, idMakerFor(s, 'bench'));
    if (!added.ok) throw new Error(added.reason);
    const edits = [
      { name: 'one edit (rename)', versions: renamed },
      { name: 'one edit (add position)', versions: [added.structure, s] }
    ];
    for (const v of variants)
      for (const { name, versions } of edits) {
        const engine = createIncrementalEngine();
        engine.compute(s, v);
        let n = 0;
        const ours = time(() => engine.compute(versions[n++ % 2], v), { runs: 21, warmup: 4 });
        const baseline = time(() => compute(versions[n++ % 2], v), { runs: 7, warmup: 1 });
        rows.push({ name: `after ${name}, ${label} — ${v.id}`, ours, baseline, baselineName: 'compute() from scratch', target: s.positions.length >= 10000 ? '< 2 ms' : undefined });
      }
  }
  return rows;
}
