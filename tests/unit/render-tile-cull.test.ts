// Tiled export draws on each page only what falls on it (issue 4): a page's SVG holds the boxes and
// lines that intersect its part of the chart, and the whole export grows with the chart, not with
// chart × pages.
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parsePaper } from '../../src/lib/render/paper.ts';
import { pageTiles, renderSvg, renderSvgPages, type SvgOptions } from '../../src/lib/render/svg.ts';
import { chartSvg } from '../../src/lib/render/svg-chart.ts';
import { CULL_SLACK, cullScene, edgeMeets, grow, nodeMeets } from '../../src/lib/render/scene-cull.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import type { Scene } from '../../src/lib/layout/scene.ts';
import { dinasWithPuskesmas } from './layout-helpers/fixtures.ts';

const scenePromise = layoutStructure(dinasWithPuskesmas(10), { elk: nodeElk(), cache: new LayoutCache() });
const opts = (structure?: unknown): SvgOptions & { paper: NonNullable<SvgOptions['paper']> } => ({
  paper: parsePaper('a4')!,
  mode: 'tile',
  tileScale: 1.5,
  lampiran: { caption: 'Gambar 1 Bagan' },
  structure
});

/** data-position / data-unit ids drawn inside the page's chart group. */
function drawnIds(svg: string): Set<string> {
  const chart = svg.slice(svg.indexOf('class="chart"'));
  return new Set([...chart.matchAll(/<g class="(?:official|unit)" data-(?:position|unit)="([^"]+)"/g)].map((m) => m[1]));
}

function nodeKey(n: Scene['nodes'][number]): string | null {
  return n.kind === 'official' ? n.positionId : n.kind === 'unitFrame' ? n.unitId : null;
}

describe('tiled export culls each page to its own part of the chart', () => {
  it('draws on each page exactly the frames and boxes that intersect it', async () => {
    const scene = await scenePromise;
    const tiles = pageTiles(scene, opts());
    const pages = renderSvgPages(scene, opts());
    expect(pages.length).toBe(tiles.length);
    expect(pages.length).toBeGreaterThan(3);
    let culledSomewhere = false;
    pages.forEach((svg, i) => {
      expect(XMLValidator.validate(svg)).toBe(true);
      const view = grow(tiles[i].view, CULL_SLACK);
      const expected = new Set(scene.nodes.filter((n) => nodeKey(n) && nodeMeets(n, view)).map((n) => nodeKey(n)!));
      expect(drawnIds(svg)).toEqual(expected);
      if (expected.size < scene.nodes.filter((n) => nodeKey(n)).length) culledSomewhere = true;
      // Every line on the page crosses the page; lines elsewhere are absent.
      const drawnEdges = (svg.match(/data-kind="/g) ?? []).length;
      expect(drawnEdges).toBe(scene.edges.filter((e) => edgeMeets(e, view)).length);
    });
    expect(culledSomewhere).toBe(true);
  });

  it('keeps a line that crosses the page even when neither of its ends is on it', async () => {
    const scene = await scenePromise;
    const long = scene.edges.find((e) => e.points.length >= 2 && Math.abs(e.points[0].x - e.points.at(-1)!.x) > 400)!;
    expect(long).toBeDefined();
    const [a, b] = [long.points[0], long.points.at(-1)!];
    const mid = { x: (a.x + b.x) / 2, y: Math.min(a.y, b.y) };
    // A thin window over the middle of the line, away from both end boxes.
    const window = { x: mid.x - 5, y: Math.min(...long.points.map((p) => p.y)) - 1, width: 10, height: Math.abs(a.y - b.y) + 2 };
    const culled = cullScene(scene, window);
    expect(culled.edges).toContain(long);
  });

  it('totals far less than repeating the whole chart on every page', async () => {
    const scene = await scenePromise;
    const structure = { title: 'x'.repeat(5000) };
    const pages = renderSvgPages(scene, opts(structure));
    const total = pages.reduce((n, p) => n + p.length, 0);
    const wholeChart = chartSvg(scene).length;
    const emptyPage = renderSvgPages({ ...scene, nodes: [], edges: [] }, opts())[0].length;
    // Each element is repeated only on the pages it touches (neighbours share an overlap strip and a
    // unit frame spans many pages), plus one furniture-only page per sheet and one copy of the metadata.
    expect(total).toBeLessThan(3 * wholeChart + pages.length * emptyPage + JSON.stringify(structure).length * 1.2);
    expect(total).toBeLessThan((pages.length * wholeChart) / 4);
  });

  it('embeds the structure once, on the first page', async () => {
    const scene = await scenePromise;
    const pages = renderSvgPages(scene, opts({ title: 'Dinas' }));
    expect(pages[0]).toContain('<metadata id="bagan-kerja-structure">');
    for (const p of pages.slice(1)) expect(p).not.toContain('<metadata');
    // A fitted single page still carries it.
    expect(renderSvg(scene, { paper: parsePaper('a4')!, structure: { title: 'Dinas' } })).toContain('<metadata');
  });
});
