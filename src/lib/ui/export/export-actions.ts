// Browser side of the figure export: downloads (SVG, PNG), a zip when several pages are downloaded at
// once (jszip is already installed with exceljs), and printing the same SVG pages with @page CSS.
import { svgToPngBlob } from '../../render/png-browser.ts';
import { printPageCss, type Paper } from '../../render/paper.ts';
import { svgPixelSize } from '../../render/svg.ts';
import { pageFileNames } from './export-settings.ts';
import { downloadBlob as save } from '../../io/download.ts';

async function saveAll(files: { name: string; blob: Blob }[], zipName: string): Promise<void> {
  if (files.length === 1) return save(files[0].blob, files[0].name);
  try {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    for (const f of files) zip.file(f.name, f.blob);
    // Pages share their furniture (header, legend), which compresses well.
    save(await zip.generateAsync({ type: 'blob', mimeType: 'application/zip', compression: 'DEFLATE', compressionOptions: { level: 3 } }), zipName);
  } catch {
    // Without the zip library: one download per page.
    for (const f of files) save(f.blob, f.name);
  }
}

export async function downloadSvgPages(pages: readonly string[], stem: string): Promise<void> {
  const names = pageFileNames(stem, pages.length, 'svg');
  await saveAll(pages.map((p, i) => ({ name: names[i], blob: new Blob([p], { type: 'image/svg+xml' }) })), `${stem}-svg.zip`);
}

export async function downloadPngPages(pages: readonly string[], stem: string, dpi: number): Promise<void> {
  const names = pageFileNames(stem, pages.length, 'png');
  const files: { name: string; blob: Blob }[] = [];
  for (const [i, p] of pages.entries()) {
    const size = svgPixelSize(p);
    if (!size) throw new Error('ukuran gambar tidak terbaca');
    files.push({ name: names[i], blob: await svgToPngBlob(p, size.width, size.height, dpi) });
  }
  await saveAll(files, `${stem}-png.zip`);
}

const PRINT_ID = 'bagan-cetak';

/**
 * Prints the exported pages, one SVG per sheet, through the browser's print dialog ("Simpan sebagai
 * PDF"). The pages are <img> of the exported SVG (never inline markup), so print shows exactly the
 * downloaded file, and the rest of the app is hidden from print.
 */
export async function printPages(pages: readonly string[], paper: Paper | undefined): Promise<void> {
  document.getElementById(PRINT_ID)?.remove();
  const root = document.createElement('div');
  root.id = PRINT_ID;
  root.className = 'bagan-print';
  const size = paper ? { w: `${paper.widthMm}mm`, h: `${paper.heightMm}mm` } : null;
  const style = document.createElement('style');
  style.textContent =
    `${paper ? printPageCss(paper) : '@page { margin: 10mm; }'}\n` +
    `#${PRINT_ID} { display: none; }\n` +
    `@media print {\n` +
    `  body > *:not(#${PRINT_ID}) { display: none !important; }\n` +
    `  #${PRINT_ID} { display: block; }\n` +
    `  #${PRINT_ID} img { display: block; ${size ? `width: ${size.w}; height: ${size.h};` : 'max-width: 100%; height: auto;'} break-after: page; }\n` +
    `  #${PRINT_ID} img:last-child { break-after: auto; }\n` +
    `}`;
  root.append(style);
  const urls: string[] = [];
  for (const [i, p] of pages.entries()) {
    const img = document.createElement('img');
    const url = URL.createObjectURL(new Blob([p], { type: 'image/svg+xml' }));
    urls.push(url);
    img.src = url;
    img.alt = `Halaman ${i + 1}`;
    root.append(img);
  }
  document.body.append(root);
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  const cleanUp = () => {
    root.remove();
    for (const u of urls) URL.revokeObjectURL(u);
  };
  // Kept until the print dialog closes; a test or a later print replaces it.
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
