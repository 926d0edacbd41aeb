// Reads a variant file (built-in or from another office): JSON → schema → cross-references.
// Variants are pure data; nothing in them is ever evaluated as code.
import { VariantSchema, VARIANT_FORMAT, VARIANT_VERSION, type Variant } from '../domain/variant.ts';
import { checkVariantIntegrity } from '../domain/variant-integrity.ts';
import { parseJsonText, type ReadResult } from './read-json.ts';
import { zodProblems } from './zod-issues.ts';

export function readVariant(value: unknown): ReadResult<Variant> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: [], message: 'Isi berkas varian harus berupa objek JSON' }] };
  const v = value as Record<string, unknown>;
  if (v.format !== VARIANT_FORMAT)
    return { ok: false, problems: [{ path: ['format'], message: `Bukan berkas varian Bagan Kerja (format harus "${VARIANT_FORMAT}")` }] };
  if (typeof v.version === 'number' && v.version > VARIANT_VERSION)
    return { ok: false, problems: [{ path: ['version'], message: `Versi varian ${v.version} lebih baru dari yang dikenal aplikasi ini (${VARIANT_VERSION})` }] };
  const parsed = VariantSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkVariantIntegrity(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data, warnings: [] };
}

export function readVariantText(text: string): ReadResult<Variant> {
  const json = parseJsonText(text);
  return json.ok ? readVariant(json.value) : json;
}
