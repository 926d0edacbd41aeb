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
import { printRows, time, type Row } from './measure.ts';
import { largestOpd } from './layout.ts';

export async function run({ sample, variants }: { sample: Structure; variants: Variant[] }): Promise<void> {
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
  printRows('Export', rows);
  for (const s of sizes) console.log(`  ${s}`);
}
