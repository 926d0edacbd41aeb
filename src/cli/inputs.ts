// Reading the CLI's input files with messages that name the file, the JSON path and the problem.
import { readFileSync } from 'node:fs';
import type { Structure } from '../lib/domain/structure.ts';
import type { Variant } from '../lib/domain/variant.ts';
import type { Problem } from '../lib/domain/integrity.ts';
import { readStructureText } from '../lib/io/read-structure.ts';
import { formatPath } from '../lib/io/zod-issues.ts';
import { loadBuiltinVariants, loadVariantFile } from './variant-files.ts';

/** An input problem the user must fix; printed without a stack trace. */
export class InputError extends Error {}

export function describeProblems(file: string, problems: readonly Problem[]): string {
  const shown = problems.slice(0, 50).map((p) => `  ${file}: ${formatPath(p.path)}: ${p.message}`);
  if (problems.length > 50) shown.push(`  … dan ${problems.length - 50} masalah lain`);
  return `Berkas ${file} tidak dapat dibaca:\n${shown.join('\n')}`;
}

export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'berkas tidak ditemukan' : code === 'EISDIR' ? 'ini adalah folder, bukan berkas' : code === 'EACCES' ? 'tidak ada izin membaca' : String((e as Error).message);
    throw new InputError(`Berkas ${file} tidak dapat dibuka: ${why}`);
  }
}

export function loadStructureFile(file: string): Structure {
  const result = readStructureText(readTextFile(file));
  if (!result.ok) throw new InputError(describeProblems(file, result.problems));
  return result.value;
}

/** A built-in variant id, or the path of a variant file (.json). */
export function resolveVariant(idOrFile: string): Variant {
  if (idOrFile.endsWith('.json')) {
    readTextFile(idOrFile);
    try {
      return loadVariantFile(idOrFile);
    } catch (e) {
      throw new InputError((e as Error).message);
    }
  }
  const variants = loadBuiltinVariants();
  const v = variants.find((x) => x.id === idOrFile);
  if (!v) throw new InputError(`Varian "${idOrFile}" tidak dikenal. Varian yang tersedia: ${variants.map((x) => x.id).join(', ')}`);
  return v;
}
