// Timing helpers for `npm run bench`: warm up, then take the median of several runs, so a 2-core CI box
// gives stable figures. Every figure is printed beside a naive baseline measured in the same run.
export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

export function time(fn: () => unknown, { runs = 15, warmup = 3 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)], minMs: samples[0], runs };
}

/**
 * Two functions timed turn about (a, b, a, b, …): both see the same machine state, heap and JIT. For
 * large outputs (tens of MB of strings) timing one after the other let the first pay the other's GC.
 */
export function timeAlternating(a: () => unknown, b: () => unknown, { runs = 9, warmup = 2 } = {}): [Timing, Timing] {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < warmup + runs; i++)
    [a, b].forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      if (i >= warmup) samples[k].push(performance.now() - t0);
    });
  return samples.map((list) => {
    list.sort((x, y) => x - y);
    return { medianMs: list[Math.floor(list.length / 2)], minMs: list[0], runs };
  }) as [Timing, Timing];
}

export async function timeAsync(fn: () => Promise<unknown>, { runs = 7, warmup = 2 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)], minMs: samples[0], runs };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(8) + ' ms';

export interface Row {
  name: string;
  ours: Timing;
  baseline?: Timing;
  baselineName?: string;
  target?: string;
}

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n== ${title}`);
  for (const r of rows) {
    const ratio = r.baseline ? `  ${(r.baseline.medianMs / r.ours.medianMs).toFixed(1)}× faster than ${r.baselineName} (${fmt(r.baseline.medianMs).trim()})` : '';
    console.log(`${r.name.padEnd(58)}${fmt(r.ours.medianMs)}${ratio}${r.target ? `  [target ${r.target}]` : ''}`);
  }
}
