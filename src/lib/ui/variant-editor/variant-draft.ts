// A bureau's own variant: cloned from a built-in one, given its own identity, validated on every change,
// imported from and exported to files. Pure (no DOM): a file from someone else goes through the same
// strict reader as a shipped variant, and is pure data (variants never execute code).
import type { Variant } from '../../domain/variant.ts';
import { readVariant, readVariantText } from '../../io/read-variant.ts';
import { formatPath } from '../../io/zod-issues.ts';
import type { Problem } from '../../domain/integrity.ts';

export type Identity = Variant['identity'];

/** A variant file is small; anything much bigger is not a variant (and would stall the preview). */
export const MAX_VARIANT_FILE_BYTES = 2 * 1024 * 1024;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(kabupaten|kota)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Kabupaten Sukamaju", "12", 2025 → "sukamaju-2025-12", made unique against `taken`. */
export function customVariantId(identity: Pick<Identity, 'region' | 'number' | 'year'>, taken: ReadonlySet<string>): string {
  const base = [slug(identity.region) || 'varian', String(identity.year), slug(identity.number) || '1'].join('-').slice(0, 70);
  const start = /^[a-z0-9]/.test(base) ? base : `v-${base}`;
  let id = start.length >= 3 ? start : `${start}-varian`;
  for (let i = 2; taken.has(id); i++) id = `${start}-${i}`;
  return id;
}

/** A custom copy of `source`: own id and identity, revision 1, instrument "Rancangan" unless given. */
export function cloneAsCustom(source: Variant, identity: Partial<Identity>, taken: ReadonlySet<string>): Variant {
  const copy = structuredClone(source);
  const merged: Identity = {
    ...copy.identity,
    instrument: 'Rancangan',
    title: `${copy.identity.title} (salinan)`,
    enacted: undefined,
    promulgated: undefined,
    gazette: undefined,
    signer: undefined,
    ...identity
  };
  for (const k of Object.keys(merged) as (keyof Identity)[]) if (merged[k] === undefined) delete merged[k];
  return { ...copy, id: customVariantId(merged, taken), origin: 'custom', revision: 1, identity: merged };
}

export type DraftCheck = { ok: true; variant: Variant } | { ok: false; problems: Problem[] };

/** Validates an edited draft exactly as a variant file from elsewhere would be. */
export function checkDraft(value: unknown): DraftCheck {
  const read = readVariant(value);
  return read.ok ? { ok: true, variant: read.value } : { ok: false, problems: read.problems };
}

export function problemLines(problems: readonly Problem[], max = 8): string[] {
  const lines = problems.slice(0, max).map((p) => `${formatPath(p.path)}: ${p.message}`);
  if (problems.length > max) lines.push(`… dan ${problems.length - max} masalah lain`);
  return lines;
}

export type ImportResult =
  | { ok: true; variant: Variant; replaces: boolean }
  | { ok: false; message: string; details: string[] };

/**
 * A variant file from someone else → a custom variant, or a clear refusal. Never overwrites a built-in
 * variant; the caller stores nothing unless the result is ok.
 */
export function importVariantText(text: string, existing: readonly { id: string; origin: 'builtin' | 'custom' }[], fileName = 'berkas'): ImportResult {
  if (text.length > MAX_VARIANT_FILE_BYTES)
    return { ok: false, message: `${fileName} ditolak: terlalu besar untuk berkas varian (maksimal ${MAX_VARIANT_FILE_BYTES / 1048576} MB).`, details: [] };
  const read = readVariantText(text);
  if (!read.ok) return { ok: false, message: `${fileName} ditolak: bukan berkas varian Bagan Kerja yang sah. Tidak ada yang diubah.`, details: problemLines(read.problems) };
  const same = existing.find((v) => v.id === read.value.id);
  if (same?.origin === 'builtin')
    return {
      ok: false,
      message: `${fileName} ditolak: id “${read.value.id}” milik varian bawaan, yang tidak boleh ditimpa. Tidak ada yang diubah.`,
      details: ['Ubah kolom "id" pada berkas (mis. tambahkan nama daerah Anda), lalu impor lagi.']
    };
  return { ok: true, variant: { ...read.value, origin: 'custom' }, replaces: same !== undefined };
}

export function exportVariantText(v: Variant): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}

export function variantFileName(v: Variant): string {
  return `${v.id}.varian.json`;
}
