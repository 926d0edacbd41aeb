// Node-side access to the built-in variants in models/variants (CLI, tests, bench).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Variant } from '../lib/domain/variant.ts';
import { readVariantText } from '../lib/io/read-variant.ts';
import { formatPath } from '../lib/io/zod-issues.ts';

export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../models');
export const VARIANTS_DIR = join(MODELS_DIR, 'variants');

export function builtinVariantFiles(): string[] {
  return readdirSync(VARIANTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(VARIANTS_DIR, f));
}

export function loadVariantFile(file: string): Variant {
  const result = readVariantText(readFileSync(file, 'utf8'));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatPath(p.path)}: ${p.message}`);
    throw new Error(`Berkas varian ${file} tidak sah:\n${lines.join('\n')}`);
  }
  return result.value;
}

export function loadBuiltinVariants(): Variant[] {
  return builtinVariantFiles().map(loadVariantFile);
}

export function loadBuiltinVariant(id: string): Variant {
  // Files are named by their id; reading only that file keeps one broken variant from breaking the others.
  const file = join(VARIANTS_DIR, `${id}.json`);
  if (/^[a-z0-9-]+$/.test(id) && builtinVariantFiles().includes(file)) {
    const v = loadVariantFile(file);
    if (v.id === id) return v;
  }
  const v = loadBuiltinVariants().find((x) => x.id === id);
  if (!v) throw new Error(`Varian "${id}" tidak ditemukan di ${VARIANTS_DIR}`);
  return v;
}
