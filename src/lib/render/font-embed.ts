// The chart's font inside the exported SVG, so a figure looks the same on a machine that does not have
// it installed. Box sizes are measured with Liberation Sans (layout/text-measure.ts); with another font
// text would overflow or leave gaps. The files are Latin subsets (scripts/make-fonts.sh); a character
// outside them falls back to the rest of the declared stack (Arial, Helvetica, sans-serif).
export const EMBEDDED_FAMILY = 'Liberation Sans';

/** The two weights the chart uses, as data: URLs (font/woff2). */
export interface EmbeddedFont {
  regular: string;
  bold: string;
}

const DATA_URL = /^data:font\/woff2;base64,[A-Za-z0-9+/]+=*$/;

/** @font-face rules for an SVG <style>; refuses anything but a woff2 data: URL (no external reference). */
export function fontFaceCss(font: EmbeddedFont): string {
  for (const url of [font.regular, font.bold]) if (!DATA_URL.test(url)) throw new Error('huruf sematan harus berupa data: URL woff2');
  const face = (url: string, weight: number) => `@font-face{font-family:'${EMBEDDED_FAMILY}';font-style:normal;font-weight:${weight};src:url(${url}) format('woff2');}`;
  return face(font.regular, 400) + face(font.bold, 700);
}
