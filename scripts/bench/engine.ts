// Engine figures: all lines and findings for a kabupaten of N positions, against a naive baseline that
// finds each JF/Pelaksana's rater by walking its ancestors with a linear search per step.
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { addChildPosition, idMakerFor, updatePosition } from '../../src/lib/domain/edit.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';
import { time, type Row } from './measure.ts';

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
    const baseline = time(() => naiveRaters(s), { runs: 5, warmup: 1 });
    for (const v of variants) {
      // From scratch as a project being opened: every run gets its own deep copy of the structure
      // (fresh records and strings, made outside the timed part), so nothing the engine keeps between
      // computations can be found again by identity. Warmed up past the JIT's tiers: the editor computes
      // the same variant over and over.
      const runs = 15;
      const warmup = 8;
      const copies = Array.from({ length: runs + warmup }, () => structuredClone(s));
      let n = 0;
      const ours = time(() => compute(copies[n++], v), { runs, warmup });
      rows.push({ name: `compute ${label} — ${v.id}`, ours, baseline, baselineName: 'naive ancestor walk', target: s.positions.length >= 10000 ? '< 20 ms' : undefined });
    }
  }
  return rows;
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
