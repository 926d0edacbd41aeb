// PNG in Node (CLI, tests): the SVG string rasterised by resvg (prebuilt binary in @resvg/resvg-js), so
// the PNG shows exactly the exported SVG. Browser code uses png-browser.ts instead; never import this
// file from the app.
import { Resvg } from '@resvg/resvg-js';
import { EMBEDDED_FAMILY } from './font-embed.ts';
import { FONT_TTF_FILES } from './font-files-node.ts';

export const DEFAULT_DPI = 300;

export interface PngOptions {
  /**
   * Also use the machine's fonts, for characters outside the shipped font (default true). resvg ignores
   * an SVG's @font-face, so it is given the same font files the SVG embeds: the PNG does not depend on
   * Liberation Sans being installed.
   */
  systemFonts?: boolean;
}

/** The rendered image (RGBA pixels and PNG encoder). */
export function rasterise(svg: string, dpi = DEFAULT_DPI, opts: PngOptions = {}) {
  // SVG user units are CSS px at 96 dpi; paper SVGs declare mm sizes, which resvg converts the same way.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: dpi / 96 },
    font: { fontFiles: [...FONT_TTF_FILES], loadSystemFonts: opts.systemFonts ?? true, defaultFontFamily: EMBEDDED_FAMILY, sansSerifFamily: EMBEDDED_FAMILY },
    background: '#ffffff'
  });
  return resvg.render();
}

export function svgToPng(svg: string, dpi = DEFAULT_DPI, opts: PngOptions = {}): Uint8Array {
  return rasterise(svg, dpi, opts).asPng();
}
