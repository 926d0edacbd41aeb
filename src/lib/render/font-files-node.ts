// The embedded font's files in Node (CLI, tests): woff2 for the SVG, TTF for resvg, which reads only
// TrueType/OpenType. Never import this file from the app (font-files-browser.ts is the app's loader).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EmbeddedFont } from './font-embed.ts';

const file = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));

/** TTF files of the embedded font, for resvg's fontFiles. */
export const FONT_TTF_FILES: readonly string[] = [file('LiberationSans-Regular.subset.ttf'), file('LiberationSans-Bold.subset.ttf')];

let cached: EmbeddedFont | undefined;

export function nodeEmbeddedFont(): EmbeddedFont {
  const url = (name: string) => `data:font/woff2;base64,${readFileSync(file(name)).toString('base64')}`;
  cached ??= { regular: url('LiberationSans-Regular.subset.woff2'), bold: url('LiberationSans-Bold.subset.woff2') };
  return cached;
}
