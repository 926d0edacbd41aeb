// Reads a structure file (v1 contract): JSON → schema → integrity. Returns every problem with its path.
import { StructureSchema, STRUCTURE_FORMAT, STRUCTURE_VERSION, type Structure } from '../domain/structure.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { parseJsonText, type ReadResult } from './read-json.ts';
import { zodProblems } from './zod-issues.ts';

export function readStructure(value: unknown): ReadResult<Structure> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: [], message: 'Isi berkas harus berupa objek JSON struktur Bagan Kerja' }] };
  const v = value as Record<string, unknown>;
  if (v.format !== STRUCTURE_FORMAT)
    return { ok: false, problems: [{ path: ['format'], message: `Bukan berkas struktur Bagan Kerja (format harus "${STRUCTURE_FORMAT}", tertulis ${JSON.stringify(v.format ?? null)})` }] };
  if (typeof v.version === 'number' && v.version > STRUCTURE_VERSION)
    return { ok: false, problems: [{ path: ['version'], message: `Versi ${v.version} lebih baru dari yang dikenal aplikasi ini (${STRUCTURE_VERSION}); perbarui Bagan Kerja` }] };
  const parsed = StructureSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: parsed.data, warnings: [] };
}

export function readStructureText(text: string): ReadResult<Structure> {
  const json = parseJsonText(text);
  return json.ok ? readStructure(json.value) : json;
}
