// Parses untrusted JSON text. Bad JSON is reported with line and column; prototype-pollution keys are
// dropped by the reviver (JSON.parse itself never sets __proto__, but a later spread/assign could).
import type { Problem } from '../domain/integrity.ts';

export const MAX_JSON_BYTES = 50 * 1024 * 1024;

export type ReadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `baris ${line}, kolom ${col}`;
}

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
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? ` (${lineCol(text, Number(pos[1]))})` : '';
    return { ok: false, problems: [{ path: [], message: `Bukan JSON yang sah${where}: ${msg}` }] };
  }
}
