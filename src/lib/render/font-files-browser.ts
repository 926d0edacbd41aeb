// The embedded font in the app: the woff2 files inlined by Vite as data: URLs, in chunks loaded only
// when an export asks for them (the CSP allows font-src data:).
import type { EmbeddedFont } from './font-embed.ts';

let loading: Promise<EmbeddedFont> | undefined;

export function browserEmbeddedFont(): Promise<EmbeddedFont> {
  loading ??= Promise.all([import('./fonts/LiberationSans-Regular.subset.woff2?inline'), import('./fonts/LiberationSans-Bold.subset.woff2?inline')]).then(
    ([regular, bold]) => ({ regular: regular.default, bold: bold.default })
  );
  return loading;
}
