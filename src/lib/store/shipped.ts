// What the app ships: the variants of models/variants and the sample of models/samples, bundled by
// vite at build time. Each file still passes through the strict readers: a broken shipped file is
// reported, never half-loaded.
import type { Variant } from '../domain/variant.ts';
import type { Structure } from '../domain/structure.ts';
import { readVariant } from '../io/read-variant.ts';
import { readStructure } from '../io/read-structure.ts';

const variantFiles = import.meta.glob('/models/variants/*.json', { eager: true, import: 'default' });
const sampleFiles = import.meta.glob('/models/samples/*.json', { eager: true, import: 'default' });

export interface ShippedProblem {
  file: string;
  message: string;
}

export function shippedVariants(): { variants: Variant[]; problems: ShippedProblem[] } {
  const variants: Variant[] = [];
  const problems: ShippedProblem[] = [];
  for (const [file, value] of Object.entries(variantFiles)) {
    const read = readVariant(value);
    if (read.ok) variants.push(read.value);
    else problems.push({ file, message: read.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ') });
  }
  return { variants, problems };
}

export const SAMPLE_FILE = '/models/samples/kabupaten-contoh.json';

export function shippedSample(): Structure | null {
  const value = sampleFiles[SAMPLE_FILE];
  if (value === undefined) return null;
  const read = readStructure(value);
  return read.ok ? read.value : null;
}
