// Shared by the pangkalpinang-2023-51 tests: the built-in variant and small assertions over its output.
import { compute } from '../../../src/lib/domain/compute.ts';
import type { ComputeResult } from '../../../src/lib/domain/result.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';

export const variant = loadBuiltinVariant('pangkalpinang-2023-51');
export const run = (s: Structure, options: Record<string, string> = {}) => compute(s, variant, options);
export const findings = (r: ComputeResult, code: string) => r.findings.filter((f) => f.code === code);
export const JF = 'fungsional' as const;
export const PEL = 'pelaksana' as const;
