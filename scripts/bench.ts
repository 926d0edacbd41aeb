// `npm run bench`: every speed figure of issues 2–7 with a naive baseline measured in the same run.
// Browser figures (pan/zoom frame time, edit-to-repaint, start-up) are measured by playwright in chromium.
import { readFileSync } from 'node:fs';
import { loadBuiltinVariants } from '../src/cli/variant-files.ts';
import { readStructureText } from '../src/lib/io/read-structure.ts';
import { generateKabupaten } from '../src/lib/sample/generate.ts';
import { benchEngine, benchIncremental } from './bench/engine.ts';
import { printRows } from './bench/measure.ts';

const sampleRead = readStructureText(readFileSync(new URL('../models/samples/kabupaten-contoh.json', import.meta.url), 'utf8'));
if (!sampleRead.ok) throw new Error('sampel tidak sah');
const sample = sampleRead.value;
const big = generateKabupaten({ positions: 10000, seed: 1 });
const variants = loadBuiltinVariants();

console.log(`Bagan Kerja bench — Node ${process.version}, ${new Date().toISOString()}`);
console.log(`sample: ${sample.positions.length} positions; generated: ${big.positions.length} positions`);

printRows('Engine: all lines and findings', benchEngine([{ label: `sample (${sample.positions.length})`, s: sample }, { label: `${big.positions.length} positions`, s: big }], variants));
printRows('Engine: incremental recompute', benchIncremental([{ label: `${big.positions.length} positions`, s: big }], variants));

const extra = process.env.BENCH_ONLY === 'engine' ? [] : ['./bench/layout.ts', './bench/render.ts', './bench/import.ts', './bench/browser.ts'];
for (const mod of extra) {
  try {
    const m = (await import(mod)) as { run?: (ctx: { sample: Structure; big: Structure; variants: typeof variants }) => Promise<void> };
    await m.run?.({ sample, big, variants });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') continue;
    throw e;
  }
}
import type { Structure } from '../src/lib/domain/structure.ts';
