// Download of a mechanism flow figure (SVG as generated; PNG rasterised in the browser like the chart).
import { svgToPngBlob } from '$lib/render/png-browser.ts';
import { downloadBlob as save } from '$lib/io/download.ts';

export function fileBase(title: string): string {
  return title.replace(/[^\w\- ]+/g, ' ').replace(/\s+/g, '-').replace(/^-|-$/g, '').slice(0, 80).toLowerCase() || 'alur-mekanisme';
}

export function downloadFlowSvg(svg: string, title: string): void {
  save(new Blob([svg], { type: 'image/svg+xml' }), `${fileBase(title)}.svg`);
}

export async function downloadFlowPng(svg: string, width: number, height: number, title: string): Promise<void> {
  save(await svgToPngBlob(svg, width, height, 150), `${fileBase(title)}.png`);
}
