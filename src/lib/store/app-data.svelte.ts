// App-wide data, loaded once per page: the database, the variants (seeded from what the app ships)
// and whether the browser granted persistent storage.
import type { Variant } from '../domain/variant.ts';
import { database, type BaganDatabase } from './db.ts';
import { shippedVariants, type ShippedProblem } from './shipped.ts';
import { seedVariants, storedVariants } from './variants.ts';
import { requestPersistence } from './tab-sync.ts';

class AppData {
  variants = $state.raw<Variant[]>([]);
  problems = $state.raw<ShippedProblem[]>([]);
  persisted = $state<boolean | null>(null);
  error = $state<string | null>(null);
  ready = $state(false);
  private started: Promise<void> | null = null;

  get db(): BaganDatabase {
    return database();
  }

  start(): Promise<void> {
    this.started ??= this.load();
    return this.started;
  }

  private async load(): Promise<void> {
    const shipped = shippedVariants();
    this.problems = shipped.problems;
    try {
      await seedVariants(this.db, shipped.variants);
      this.variants = await storedVariants(this.db);
    } catch (e) {
      // IndexedDB unavailable (private mode, blocked): still usable with the shipped variants.
      this.variants = shipped.variants;
      this.error = `Basis data peramban tidak dapat dibuka (${e instanceof Error ? e.message : String(e)}). Perubahan tidak akan tersimpan; izinkan penyimpanan situs atau keluar dari mode penyamaran.`;
    }
    this.ready = true;
    void requestPersistence().then((p) => (this.persisted = p));
  }

  variant(id: string | null): Variant | undefined {
    return id === null ? undefined : this.variants.find((v) => v.id === id);
  }
}

export const appData = new AppData();
