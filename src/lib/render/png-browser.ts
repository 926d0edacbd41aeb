// PNG in the browser: the exported SVG string drawn on a canvas at the chosen DPI, so screen export
// and `bagan render --png` rasterise the same markup.
export async function svgToPngBlob(svg: string, widthPx: number, heightPx: number, dpi = 300): Promise<Blob> {
  const scale = dpi / 96;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(widthPx * scale);
    canvas.height = Math.ceil(heightPx * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Kanvas tidak tersedia di peramban ini');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Gagal membuat PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
