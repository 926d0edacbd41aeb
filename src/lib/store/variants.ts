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
