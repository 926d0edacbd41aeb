// Helpers for the reliability tests (issue 8): read what IndexedDB really holds, and what the chart shows.
import { expect, type Page } from '@playwright/test';

export interface StoredPosition {
  id: string;
  title: string;
  parent: string | null;
  unit: string;
  holders?: string[];
  workUnder?: string;
}
export interface StoredProject {
  id: string;
  name: string;
  revision: number;
  deletedAt: number | null;
  structure: { units: { id: string; name: string; instansi?: string }[]; positions: StoredPosition[]; teams?: unknown[] };
  history: { past: { label: string }[]; future: { label: string }[] };
}

/** Every project record as stored (raw IndexedDB, no app code involved). */
export async function storedProjects(page: Page): Promise<StoredProject[]> {
  return page.evaluate(
    () =>
      new Promise<StoredProject[]>((resolve, reject) => {
        const req = indexedDB.open('bagan-kerja');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('projects')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('projects').objectStore('projects').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredProject[]);
          };
          all.onerror = () => reject(all.error);
        };
      })
  );
}

export async function storedProject(page: Page, id: string): Promise<StoredProject> {
  const p = (await storedProjects(page)).find((x) => x.id === id);
  if (!p) throw new Error(`proyek ${id} tidak tersimpan`);
  return p;
}

export const projectIdOf = (page: Page) => new URL(page.url()).searchParams.get('id')!;

/** Positions drawn on the chart, as id → title (the Kelompok rows included). */
export async function drawnPositions(page: Page): Promise<Record<string, string>> {
  const pairs = await page.locator('svg.chart [data-position]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-position') ?? '', e.getAttribute('data-title') ?? '']));
  return Object.fromEntries(pairs);
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
}

/** Records anything a payload could do if it ever ran: dialogs, CSP violations, flags it sets. */
export async function watchForExecution(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => {
    const flags = await page.evaluate(() => {
      const w = window as unknown as { __violations?: string[]; __xss?: unknown };
      return [...(w.__violations ?? []).map((v) => `csp: ${v}`), ...(w.__xss !== undefined ? [`flag: ${String(w.__xss)}`] : [])];
    });
    return [...seen, ...flags];
  };
}

/**
 * Makes every write to the projects store throw QuotaExceededError once the page sets
 * `window.__failWrites = true` (a full disk, injected into the real IndexedDB).
 */
export async function failProjectWritesOnDemand(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites: boolean };
    w.__failWrites = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.__failWrites && this.name === 'projects') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}
