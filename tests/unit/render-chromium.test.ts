// The same exported SVG drawn by chromium (as the app's export preview and print would) and by resvg
// (PNG export) must look the same: compared pixel by pixel with a tolerance for anti-aliasing.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { routeOverlays } from '../../src/lib/layout/route-overlays.ts';
import { renderSvg, svgPixelSize } from '../../src/lib/render/svg.ts';
import { kecamatan } from './layout-helpers/fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';

describe.runIf(existsSync(CHROMIUM))('SVG in chromium and in the PNG rasteriser', () => {
  it('draws the same figure (under 10 % of the inked pixels differ noticeably)', { timeout: 120_000 }, async () => {
    const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
    const scene = routeOverlays(await layoutStructure(kecamatan(2), { elk: nodeElk(), cache: new LayoutCache() }), { lines: [{ kind: 'rating', subKind: 'formal', from: 'camat', to: 'kec-adm', rule: 'r', label: 'x', basis }] }, ['rating']);
    const svg = renderSvg(scene, { lampiran: { caption: 'Gambar 1 Kecamatan Sukamaju' } });
    const { width, height } = svgPixelSize(svg)!;

    const ours = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }, background: '#ffffff' }).render();
    expect([ours.width, ours.height]).toEqual([Math.round(width), Math.round(height)]);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    try {
      const page = await browser.newPage();
      // Both pictures are compared inside the page; only the counts come back.
      const result = await page.evaluate(
        async ({ svg, png, w, h }) => {
          const pixels = async (src: string) => {
            const img = new Image();
            img.src = src;
            await img.decode();
            const canvas = document.createElement('canvas');
            canvas.width = w;
            canvas.height = h;
            const ctx = canvas.getContext('2d')!;
            ctx.fillStyle = '#fff';
            ctx.fillRect(0, 0, w, h);
            ctx.drawImage(img, 0, 0, w, h);
            return ctx.getImageData(0, 0, w, h).data;
          };
          const theirs = await pixels(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
          const mine = await pixels(`data:image/png;base64,${png}`);
          let differing = 0;
          let inked = 0;
          for (let i = 0; i < mine.length; i += 4) {
            const d = Math.max(Math.abs(mine[i] - theirs[i]), Math.abs(mine[i + 1] - theirs[i + 1]), Math.abs(mine[i + 2] - theirs[i + 2]));
            if (d > 96) differing++;
            if (mine[i] < 200 || theirs[i] < 200) inked++;
          }
          return { differing, inked, pixels: mine.length / 4 };
        },
        { svg, png: Buffer.from(ours.asPng()).toString('base64'), w: ours.width, h: ours.height }
      );
      expect(result.inked / result.pixels).toBeGreaterThan(0.02);
      // Measured: ~2.5 % of the inked pixels differ (anti-aliasing); a lost label or line would be far more.
      expect(result.differing / result.inked).toBeLessThan(0.1);
    } finally {
      await browser.close();
    }
  });
});
