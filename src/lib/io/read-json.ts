// Parses untrusted JSON text. Bad JSON is reported with line and column; prototype-pollution keys are
// dropped by the reviver (JSON.parse itself never sets __proto__, but a later spread/assign could).
import type { Problem } from '../domain/integrity.ts';
import { locateJsonError } from './json-error.ts';

export const MAX_JSON_BYTES = 50 * 1024 * 1024;

export type ReadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function parseJsonText(text: string): ReadResult<unknown> {
  if (text.length > MAX_JSON_BYTES)
    return { ok: false, problems: [{ path: [], message: `Berkas terlalu besar (${(text.length / 1048576).toFixed(1)} MB; maksimal ${MAX_JSON_BYTES / 1048576} MB)` }] };
  if (text.trim() === '') return { ok: false, problems: [{ path: [], message: 'Berkas kosong' }] };
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, (key, v: unknown) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : v
    );
    return { ok: true, value, warnings: [] };
  } catch (e) {
    const loc = locateJsonError(text);
    const where = loc ? ` (baris ${loc.line}, kolom ${loc.column}): ${loc.message}` : `: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, problems: [{ path: [], message: `Bukan JSON yang sah${where}` }] };
  }
}
