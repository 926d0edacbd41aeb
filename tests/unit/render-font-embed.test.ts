// "Sematkan huruf" (issue 4): the exported SVG carries the chart's font as woff2 data: URLs, and the
// PNG rasteriser gets the same font files, so neither depends on Liberation Sans being installed.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { fontFaceCss } from '../../src/lib/render/font-embed.ts';
import { FONT_TTF_FILES, nodeEmbeddedFont } from '../../src/lib/render/font-files-node.ts';
import { rasterise } from '../../src/lib/render/png-node.ts';
import { renderSvg, renderSvgPages } from '../../src/lib/render/svg.ts';
import { parsePaper } from '../../src/lib/render/paper.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { kecamatan } from './layout-helpers/fixtures.ts';

const scenePromise = layoutStructure(kecamatan(2), { elk: nodeElk(), cache: new LayoutCache() });
const CHROMIUM = '/usr/bin/chromium';

describe('embedded font', () => {
  it('declares both weights as woff2 data: URLs, never an external reference', () => {
    const font = nodeEmbeddedFont();
    const css = fontFaceCss(font);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain('font-weight:400');
    expect(css).toContain('font-weight:700');
    expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
    for (const url of [font.regular, font.bold]) expect(Buffer.from(url.split(',')[1], 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(() => fontFaceCss({ ...font, bold: 'https://contoh.invalid/x.woff2' })).toThrow();
    expect(() => fontFaceCss({ ...font, regular: "data:font/woff2;base64,AA==) format('woff2');}<script>" })).toThrow();
  });

  it('is in the SVG only when asked, once per file (each tiled page is a file)', async () => {
    const scene = await scenePromise;
    const font = nodeEmbeddedFont();
    expect(renderSvg(scene)).not.toContain('@font-face');
    const one = renderSvg(scene, { font });
    expect(one.match(/<style type="text\/css">/g)).toHaveLength(1);
    expect(one).toContain(font.regular);
    const pages = renderSvgPages(scene, { paper: parsePaper('a4')!, mode: 'tile', tileScale: 3, font });
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.split(font.bold).length - 1).toBe(1);
  });

  it('gives resvg the same font: text is drawn with no system font at all, exactly as with them', async () => {
    const svg = renderSvg(await scenePromise, { lampiran: { caption: 'Gambar 1 Kecamatan Sukamaju' } });
    for (const f of FONT_TTF_FILES) expect(readFileSync(f).subarray(0, 4).toString('hex')).toBe('00010000');
    const inked = (image: ReturnType<typeof rasterise>) => {
      const data = image.pixels;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 128) n++;
      return n;
    };
    const shipped = rasterise(svg, 48, { systemFonts: false });
    const system = rasterise(svg, 48);
    const noText = rasterise(svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, ''), 48, { systemFonts: false });
    expect(inked(shipped)).toBeGreaterThan(inked(noText) * 1.2);
    expect(Buffer.from(shipped.pixels).equals(Buffer.from(system.pixels))).toBe(true);
  });

  describe.runIf(existsSync(CHROMIUM))('in chromium', () => {
    it('draws text with the embedded font when the family is installed nowhere', { timeout: 120_000 }, async () => {
      const scene = await scenePromise;
      const installed = renderSvg(scene);
      // The same figure under a family name only the embedded @font-face provides.
      const rename = (svg: string) => svg.replaceAll('Liberation Sans', 'Bagan Uji Sematan').replace(/font-family="[^"]*"/, `font-family="'Bagan Uji Sematan', monospace"`);
      const embedded = rename(renderSvg(scene, { font: nodeEmbeddedFont() }));
      const bare = rename(installed);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
      try {
        const page = await browser.newPage();
        const diff = await page.evaluate(
          async ({ svgs }) => {
            const pixels = async (svg: string) => {
              const img = new Image();
              img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
              await img.decode();
              const canvas = document.createElement('canvas');
              [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
              const ctx = canvas.getContext('2d')!;
              ctx.fillStyle = '#fff';
              ctx.fillRect(0, 0, canvas.width, canvas.height);
              ctx.drawImage(img, 0, 0);
              return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
            };
            const [a, b, c] = await Promise.all(svgs.map(pixels));
            const differing = (x: Uint8ClampedArray, y: Uint8ClampedArray) => {
              let n = 0;
              for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i] - y[i]) > 96) n++;
              return n;
            };
            return { embedded: differing(a, b), bare: differing(a, c) };
          },
          { svgs: [installed, embedded, bare] }
        );
        // Embedded ≈ installed Liberation Sans; without the embed the renamed family falls back to monospace.
        expect(diff.bare).toBeGreaterThan(500);
        expect(diff.embedded).toBeLessThan(diff.bare / 20);
      } finally {
        await browser.close();
      }
    });
  });
});
