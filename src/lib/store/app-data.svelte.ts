// App-wide data, loaded once per page: the database, the variants (seeded from what the app ships)
// and whether the browser granted persistent storage.
import type { Variant } from '../domain/variant.ts';
import { database, type BaganDatabase } from './db.ts';
import { shippedVariants, type ShippedProblem } from './shipped.ts';
import { seedVariants, storedVariants } from './variants.ts';
import { requestPersistence } from './tab-sync.ts';
import { describeStorageError, type StorageProblem } from './storage-errors.ts';

class AppData {
  variants = $state.raw<Variant[]>([]);
  problems = $state.raw<ShippedProblem[]>([]);
  persisted = $state<boolean | null>(null);
  error = $state<string | null>(null);
  /** Why IndexedDB cannot be used right now (blocked, private mode, upgrade held by another tab). */
  storageProblem = $state<StorageProblem | null>(null);
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
    // An older tab holding the database open delays the upgrade: say so while we wait for it.
    const onBlocked = () => this.showProblem(describeStorageError({ name: 'UpgradeBlockedError' }));
    this.db.on('blocked', onBlocked);
    try {
      await seedVariants(this.db, shipped.variants);
      this.variants = await storedVariants(this.db);
      if (this.storageProblem?.kind === 'upgrade-blocked') this.showProblem(null);
    } catch (e) {
      // IndexedDB unavailable (private mode, blocked): still usable with the shipped variants.
      this.variants = shipped.variants;
      this.showProblem(describeStorageError(e));
    } finally {
      this.db.on('blocked').unsubscribe(onBlocked);
    }
    this.ready = true;
    void requestPersistence().then((p) => (this.persisted = p));
  }

  private showProblem(p: StorageProblem | null): void {
    this.storageProblem = p;
    this.error = p && `${p.message} ${p.action}`;
  }

  variant(id: string | null): Variant | undefined {
    return id === null ? undefined : this.variants.find((v) => v.id === id);
  }
}

export const appData = new AppData();
