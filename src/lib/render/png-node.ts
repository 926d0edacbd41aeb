// PNG in Node (CLI, tests): the SVG string rasterised by resvg (prebuilt binary in @resvg/resvg-js), so
// the PNG shows exactly the exported SVG. Browser code uses png-browser.ts instead; never import this
// file from the app.
import { Resvg } from '@resvg/resvg-js';

export const DEFAULT_DPI = 300;

export function svgToPng(svg: string, dpi = DEFAULT_DPI): Uint8Array {
  // SVG user units are CSS px at 96 dpi; paper SVGs declare mm sizes, which resvg converts the same way.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: dpi / 96 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: '#ffffff'
  });
  return resvg.render().asPng();
}
