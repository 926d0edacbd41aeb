import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { fitScale, MM, pagePx, parsePaper, printPageCss, tiles, type Tile } from '../../src/lib/render/paper.ts';
import { renderSvg, renderSvgPages, svgPixelSize } from '../../src/lib/render/svg.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { dinasWithPuskesmas } from './layout-helpers/fixtures.ts';

describe('paper', () => {
  it('knows A4, F4 (folio 215×330 mm) and A3, portrait and landscape', () => {
    expect(parsePaper('a4')).toMatchObject({ widthMm: 210, heightMm: 297, orientation: 'portrait' });
    expect(parsePaper('a4-landscape')).toMatchObject({ widthMm: 297, heightMm: 210, orientation: 'landscape' });
    expect(parsePaper('F4')).toMatchObject({ widthMm: 215, heightMm: 330 });
    expect(parsePaper('f4-lanskap')).toMatchObject({ widthMm: 330, heightMm: 215 });
    expect(parsePaper('a3 landscape', 20)).toMatchObject({ widthMm: 420, heightMm: 297, marginMm: 20 });
    expect(parsePaper('b5')).toBeNull();
    expect(parsePaper('a4-sideways')).toBeNull();
  });

  it('computes the printable area inside the margins', () => {
    const page = pagePx(parsePaper('a4', 10)!);
    expect(page.width).toBeCloseTo(210 * MM);
    expect(page.content.x).toBeCloseTo(10 * MM);
    expect(page.content.width).toBeCloseTo(190 * MM);
    expect(page.content.height).toBeCloseTo(277 * MM);
  });

  it('fits a drawing without enlarging it beyond the maximum scale', () => {
    expect(fitScale(2000, 1000, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitScale(100, 100, { width: 1000, height: 1000 })).toBe(1);
  });

  function coverage(list: Tile[], w: number, h: number) {
    // Every point of the chart is on some page, and neighbouring pages overlap.
    for (const [x, y] of [[0, 0], [w - 1, h - 1], [w / 2, h / 2], [w - 1, 0], [0, h - 1]])
      expect(list.some((t) => x >= t.view.x && x <= t.view.x + t.view.width && y >= t.view.y && y <= t.view.y + t.view.height), `${x},${y}`).toBe(true);
  }

  for (const name of ['a4-landscape', 'f4']) {
    it(`tiles a large chart over ${name} pages with overlap and no gap`, () => {
      const paper = parsePaper(name)!;
      const area = pagePx(paper).content;
      const w = area.width * 2.5;
      const h = area.height * 1.4;
      const overlap = 10 * MM;
      const list = tiles(w, h, area, 1, overlap);
      expect(list).toHaveLength(3 * 2);
      coverage(list, w, h);
      const right = list.find((t) => t.row === 0 && t.column === 1)!;
      expect(list[0].view.x + list[0].view.width - right.view.x).toBeCloseTo(overlap);
      const below = list.find((t) => t.row === 1 && t.column === 0)!;
      expect(list[0].view.y + list[0].view.height - below.view.y).toBeCloseTo(overlap);
    });
  }

  it('gives the browser print dialog the same paper (margins are inside the page SVG)', () => {
    expect(printPageCss(parsePaper('f4-landscape')!)).toBe('@page { size: 330mm 215mm; margin: 0; }');
  });

  it('uses one page for a chart that fits', () => {
    const area = pagePx(parsePaper('a3')!).content;
    expect(tiles(area.width - 1, area.height - 1, area, 1, 20)).toHaveLength(1);
  });
});

describe('paged SVG', () => {
  const scenePromise = layoutStructure(dinasWithPuskesmas(6), { elk: nodeElk(), cache: new LayoutCache() });

  it('fits the chart on one page of the chosen paper, in millimetres', async () => {
    const scene = await scenePromise;
    const svg = renderSvg(scene, { paper: parsePaper('f4-landscape')!, lampiran: { caption: 'Gambar 2 Dinas Kesehatan' } });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('width="330mm" height="215mm"');
    const px = svgPixelSize(svg)!;
    expect(px.width).toBeCloseTo(330 * MM, 1);
    expect(px.height).toBeCloseTo(215 * MM, 1);
    const scale = Number(/class="chart" transform="translate\([^)]*\) scale\(([\d.]+)\)/.exec(svg)![1]);
    expect(scale).toBeLessThan(1);
    expect(scene.width * scale).toBeLessThanOrEqual(pagePx(parsePaper('f4-landscape')!).content.width + 0.01);
  });

  for (const name of ['a4', 'f4']) {
    it(`tiles over ${name} pages with the header on every page, page numbers and overlap marks`, async () => {
      const scene = await scenePromise;
      const pages = renderSvgPages(scene, { paper: parsePaper(name)!, mode: 'tile', lampiran: { regulation: 'Peraturan Bupati Contoh', number: '3', year: '2026', caption: 'Gambar 1 Bagan' } });
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((svg, i) => {
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).toContain('PERATURAN BUPATI CONTOH');
        expect(svg).toContain('Gambar 1 Bagan');
        expect(svg).toContain(`Halaman ${i + 1} dari ${pages.length}`);
        expect(svg).toContain('class="overlap-marks"><line');
      });
    });
  }
});
