// Export figures (issue 4): SVG export time and size, and PNG at 300 dpi, for one OPD and the whole sample.
import type { Structure } from '../../src/lib/domain/structure.ts';
import type { Variant } from '../../src/lib/domain/variant.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { renderSvg, renderSvgPages } from '../../src/lib/render/svg.ts';
import { chartSvg } from '../../src/lib/render/svg-chart.ts';
import { nodeEmbeddedFont } from '../../src/lib/render/font-files-node.ts';
import { parsePaper } from '../../src/lib/render/paper.ts';
import { svgToPng } from '../../src/lib/render/png-node.ts';
import { printRows, time, timeAlternating, type Row } from './measure.ts';
import { largestOpd } from './layout.ts';
import { naiveChartSvg } from './naive-svg.ts';

export async function run({ sample, big, variants }: { sample: Structure; big?: Structure; variants: Variant[] }): Promise<void> {
  const elk = nodeElk();
  const opd = largestOpd(sample);
  const rows: Row[] = [];
  const sizes: string[] = [];
  for (const c of [
    { label: `one OPD (${opd.id})`, unit: opd.id as string | undefined },
    { label: 'whole sample', unit: undefined }
  ]) {
    const scene = routeOverlays(await layoutStructure(sample, { elk, unit: c.unit }), compute(sample, variants[0]), ['rating']);
    const svg = renderSvg(scene, { structure: sample, paper: parsePaper('a3-landscape')! });
    rows.push({ name: `SVG export ${c.label}, A3 landscape`, ours: time(() => renderSvg(scene, { structure: sample, paper: parsePaper('a3-landscape')! }), { runs: 7, warmup: 2 }) });
    rows.push({ name: `PNG 300 dpi ${c.label}, A3 landscape`, ours: time(() => svgToPng(svg, 300), { runs: 3, warmup: 1 }) });
    const png = svgToPng(svg, 300);
    sizes.push(`${c.label}: SVG ${(svg.length / 1024).toFixed(0)} KiB (structure JSON in metadata ${(JSON.stringify(sample).length / 1024).toFixed(0)} KiB), PNG ${(png.length / 1024).toFixed(0)} KiB`);
    if (c.unit === undefined) {
      // Tiled A4 at natural size: each page draws only what falls on it (naive: the whole chart on every page, clipped).
      const pages = renderSvgPages(scene, { structure: sample, paper: parsePaper('a4')!, mode: 'tile' });
      const total = pages.reduce((n, p) => n + p.length, 0);
      const naive = pages.length * (chartSvg(scene).length + JSON.stringify(sample).length);
      const embedded = renderSvgPages(scene, { structure: sample, paper: parsePaper('a4')!, mode: 'tile', font: nodeEmbeddedFont() }).reduce((n, p) => n + p.length, 0);
      sizes.push(`${c.label} tiled on A4: ${pages.length} pages, ${(total / 1048576).toFixed(1)} MiB in all (naive whole chart per page ≈ ${(naive / 1048576).toFixed(0)} MiB); with "Sematkan huruf" ${(embedded / 1048576).toFixed(1)} MiB`);
    }
  }
  if (big && !process.env.BENCH_SKIP_10K_EXPORT) {
    // The whole 10,000-position chart (issue 7: SVG export < 2 s). Laid out once and timed on the render
    // only; kedudukan tree, no overlay layer (routing 10,000 positions' lines is the layout figure's).
    const t0 = performance.now();
    const scene = await layoutStructure(big, { elk });
    const layoutMs = performance.now() - t0;
    if (chartSvgMatchesNaive(scene)) {
      // Both read to their last character: template strings give a rope that V8 copies flat only when the
      // text is first used (written to a file or a Blob), which a timing of the concatenation alone leaves out.
      const used = (svg: string) => svg.charCodeAt(svg.length - 1);
      const [chart, baseline] = timeAlternating(() => used(chartSvg(scene)), () => used(naiveChartSvg(scene)), { runs: 7, warmup: 2 });
      rows.push({ name: `SVG chart markup, ${big.positions.length} positions`, ours: chart, baseline, baselineName: 'template strings + regex escapes' });
      rows.push({ name: `SVG export ${big.positions.length} positions, whole figure + structure`, ours: time(() => renderSvg(scene, { structure: big }), { runs: 5, warmup: 1 }), target: '< 2 s' });
    }
    const svg = renderSvg(scene, { structure: big });
    sizes.push(`${big.positions.length} positions: SVG ${(svg.length / 1048576).toFixed(1)} MiB (laid out once in ${(layoutMs / 1000).toFixed(1)} s, not timed above)`);
  }
  printRows('Export', rows);
  for (const s of sizes) console.log(`  ${s}`);
}

/** The baseline must draw the same markup, or its time says nothing. */
function chartSvgMatchesNaive(scene: Parameters<typeof chartSvg>[0]): boolean {
  const same = chartSvg(scene) === naiveChartSvg(scene);
  if (!same) console.log('  (10,000-position SVG: naive baseline draws different markup; figure skipped)');
  return same;
}
