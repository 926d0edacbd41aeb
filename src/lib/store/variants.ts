// Variants live in IndexedDB so a bureau's custom variants sit beside the shipped ones. Shipped
// (builtin) variants are seeded on first run and replaced when the app ships a newer `revision`;
// a custom variant is never touched by seeding.
import type { BaganDatabase, VariantRecord } from './db.ts';
import type { Variant } from '../domain/variant.ts';
import { readVariant } from '../io/read-variant.ts';

export async function seedVariants(db: BaganDatabase, shipped: readonly Variant[], now = Date.now()): Promise<{ added: string[]; upgraded: string[] }> {
  return db.transaction('rw', db.variants, async () => {
    const added: string[] = [];
    const upgraded: string[] = [];
    for (const v of shipped) {
      const stored = await db.variants.get(v.id);
      if (!stored) added.push(v.id);
      else if (stored.origin === 'builtin' && stored.revision < v.revision) upgraded.push(v.id);
      else continue;
      await db.variants.put({ id: v.id, origin: 'builtin', revision: v.revision, variant: v, updatedAt: now });
    }
    return { added, upgraded };
  });
}

/** Every stored variant that still validates (a damaged record is skipped, not fatal). */
export async function storedVariants(db: BaganDatabase): Promise<Variant[]> {
  const records: VariantRecord[] = await db.variants.toArray();
  const out: Variant[] = [];
  for (const r of records) {
    const read = readVariant(r.variant);
    if (read.ok) out.push(read.value);
  }
  return out.sort((a, b) => a.identity.region.localeCompare(b.identity.region, 'id'));
}

/** Stores a bureau's own variant after validating it again; a built-in variant is never replaced. */
export async function saveCustomVariant(db: BaganDatabase, variant: Variant, now = Date.now()): Promise<Variant> {
  const read = readVariant({ ...variant, origin: 'custom' });
  if (!read.ok) throw new Error(`Varian tidak sah: ${read.problems[0]?.message ?? ''}`);
  return db.transaction('rw', db.variants, async () => {
    const stored = await db.variants.get(read.value.id);
    if (stored?.origin === 'builtin') throw new Error(`Id “${read.value.id}” milik varian bawaan dan tidak boleh ditimpa`);
    await db.variants.put({ id: read.value.id, origin: 'custom', revision: read.value.revision, variant: read.value, updatedAt: now });
    return read.value;
  });
}

export async function deleteCustomVariant(db: BaganDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.variants, async () => {
    const stored = await db.variants.get(id);
    if (stored?.origin === 'custom') await db.variants.delete(id);
  });
}
