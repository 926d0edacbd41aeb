// zod issues → problems with a JSON path and an Indonesian message that names the field and the
// allowed values, so an analyst can fix a file without reading a schema.
import type { z } from 'zod';
import type { Problem } from '../domain/integrity.ts';

const TYPE_ID: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'benar/salah',
  array: 'daftar',
  object: 'objek',
  null: 'null',
  undefined: 'kosong'
};

function describeReceived(input: unknown): string {
  if (input === undefined) return 'tidak ada';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'daftar';
  const t = typeof input;
  if (t === 'string') return `teks "${String(input).slice(0, 60)}"`;
  if (t === 'number' || t === 'boolean') return `${TYPE_ID[t]} ${String(input)}`;
  return TYPE_ID[t] ?? t;
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  const i = issue as z.core.$ZodIssue & { input?: unknown };
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined) return `Wajib diisi (${TYPE_ID[issue.expected] ?? issue.expected})`;
      return `Harus berupa ${TYPE_ID[issue.expected] ?? issue.expected}, bukan ${describeReceived(i.input)}`;
    case 'invalid_value':
      return `Nilai ${describeReceived(i.input)} tidak dikenal; pilihan: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'Tidak boleh kosong' : `Minimal ${issue.minimum} karakter`;
      if (issue.origin === 'array') return `Minimal ${issue.minimum} butir`;
      return `Minimal ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `Maksimal ${issue.maximum} karakter`;
      if (issue.origin === 'array') return `Maksimal ${issue.maximum} butir`;
      return `Maksimal ${issue.maximum}`;
    case 'unrecognized_keys':
      return `Kolom tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `Format tidak sesuai (${issue.format})`;
    case 'invalid_union':
      return 'Bentuk data tidak sesuai dengan salah satu bentuk yang diizinkan';
    case 'not_multiple_of':
      return `Harus kelipatan ${String(issue.divisor)}`;
    default:
      return issue.message && !/^Invalid/.test(issue.message) ? issue.message : 'Nilai tidak sah';
  }
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issueMessage(issue) }));
}

/** positions[3].grade */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out || '(akar)';
}
