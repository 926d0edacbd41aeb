// IndexedDB failures are named for the user with what to do (issue 8), whatever layer reports them.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeStorageError } from '../../src/lib/store/storage-errors.ts';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { createProject, saveProject } from '../../src/lib/store/projects.ts';
import { emptyStructure } from '../../src/lib/domain/edit-templates.ts';

describe('describeStorageError', () => {
  it('quota exceeded, from the browser or wrapped by dexie', () => {
    for (const e of [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), new Dexie.QuotaExceededError('x'), new Dexie.AbortError('Transaction aborted', new DOMException('q', 'QuotaExceededError'))]) {
      const p = describeStorageError(e);
      expect(p.kind).toBe('quota');
      expect(p.message).toMatch(/penuh/);
      expect(p.action).toMatch(/Unduh salinan/);
    }
  });

  it('storage blocked or private mode (dexie wraps the SecurityError in OpenFailedError)', () => {
    for (const e of [new Dexie.OpenFailedError('open failed', new DOMException('The operation is insecure.', 'SecurityError')), new Dexie.MissingAPIError('IndexedDB API missing'), new DOMException('x', 'InvalidStateError')]) {
      const p = describeStorageError(e);
      expect(p.kind).toBe('blocked');
      expect(p.action).toMatch(/Izinkan penyimpanan/);
    }
  });

  it('an upgrade held by another tab, a newer database, a closed connection', () => {
    expect(describeStorageError({ name: 'UpgradeBlockedError' }).action).toMatch(/Tutup .*tab Bagan Kerja lain/);
    expect(describeStorageError(new Dexie.VersionError('newer')).kind).toBe('newer-version');
    expect(describeStorageError(new Dexie.DatabaseClosedError('closed')).kind).toBe('closed');
  });

  it('anything else still says the change is not saved, with the reason', () => {
    const p = describeStorageError(new Error('aneh'));
    expect([p.kind, p.message]).toEqual(['unknown', 'Perubahan belum tersimpan: aneh.']);
    expect(describeStorageError(undefined).message).toMatch(/tidak dikenal/);
  });

  it('a real closed database gives the closed-connection message', async () => {
    const db = new BaganDatabase(`err-${Math.random()}`);
    const p = await createProject(db, 'x', emptyStructure('x'), null);
    db.close({ disableAutoOpen: true });
    const e = await saveProject(db, p, 0).catch((x: unknown) => x);
    expect(describeStorageError(e).kind).toBe('closed');
  });
});
