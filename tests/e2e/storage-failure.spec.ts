// Storage failures (issue 8), injected into the real IndexedDB: the user is told in Bahasa Indonesia
// what happened and what to do, and the work in memory stays and can be downloaded.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';
import { failProjectWritesOnDemand, projectIdOf, storedProject, waitSaved } from './reliability-helpers.ts';

test('quota exceeded while editing: message, edit kept, "Unduh salinan" has it, next save recovers', async ({ page }) => {
  await failProjectWritesOnDemand(page);
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  await waitSaved(page);
  const id = projectIdOf(page);

  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
  await box(page, 'Lurah').click();
  await page.getByRole('button', { name: '+ Bawahan' }).click();
  await page.locator('[data-field="title"]').fill('Kasi Belum Tersimpan');
  await page.locator('[data-field="title"]').press('Enter');

  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Penyimpanan peramban penuh');
  await expect(notice).toContainText('kosongkan ruang');
  await expect(box(page, 'Kasi Belum Tersimpan')).toBeVisible();
  expect((await storedProject(page, id)).structure.positions.some((p) => p.title === 'Kasi Belum Tersimpan')).toBe(false);

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Unduh salinan' }).click()]);
  // The whole project file (structure, variant, options, pins), not the structure alone.
  expect(download.suggestedFilename()).toMatch(/\.bagan\.json$/);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(copy).toMatchObject({ format: 'bagan-kerja-proyek', version: 1, variantId: expect.any(String), options: {}, pins: {} });
  expect(copy.structure.positions.map((p: { title: string }) => p.title)).toContain('Kasi Belum Tersimpan');

  // Space freed: the next edit saves everything held in memory, and the notice goes.
  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = false));
  await box(page, 'Kasi Belum Tersimpan').click();
  await page.locator('[data-field="title"]').fill('Kasi Akhirnya Tersimpan');
  await page.locator('[data-field="title"]').press('Enter');
  await waitSaved(page);
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(box(page, 'Kasi Akhirnya Tersimpan')).toBeVisible();
});

test('storage blocked (private mode): the home page says why and what to do; creating a project says so too', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.getByText(/tidak mengizinkan Bagan Kerja menyimpan data/).first()).toBeVisible();
  await expect(page.getByText(/Izinkan penyimpanan data untuk situs ini/).first()).toBeVisible();
  await page.getByRole('button', { name: /Bagan baru/ }).click();
  await expect(page.getByText(/Proyek tidak dapat dibuat/)).toBeVisible();
  await expect(page).not.toHaveURL(/\/edit/);
});

test('an upgrade held by an old tab: the user is told to close it, and the app continues once it is closed', async ({ page, context }) => {
  const oldTab = await context.newPage();
  await oldTab.goto('/favicon.svg');
  // An older build's connection (lower version) that never closes on "versionchange".
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('bagan-kerja', 5);
        req.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = req.result;
          resolve();
        };
        req.onerror = () => reject(req.error);
      })
  );
  await page.goto('/');
  await expect(page.getByText(/tab lain yang masih memakai versi lama/).first()).toBeVisible();
  await expect(page.getByText(/Tutup \(atau muat ulang\) tab Bagan Kerja lain/).first()).toBeVisible();
  await oldTab.close();
  await expect(page.getByText('Belum ada proyek.')).toBeVisible();
  await expect(page.getByText(/tab lain yang masih memakai versi lama/)).toHaveCount(0);
});

test('another tab upgrades the database meanwhile: this tab reconnects and its next edit is still saved', async ({ page, context }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  await waitSaved(page);
  const id = projectIdOf(page);
  const newer = await context.newPage();
  await newer.goto('/favicon.svg');
  // A newer build opening the database at a higher version makes this tab's connection close.
  await newer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('bagan-kerja', 200);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      })
  );
  await page.bringToFront();
  await box(page, 'Lurah').click();
  await page.locator('[data-field="title"]').fill('Lurah Diubah');
  await page.locator('[data-field="title"]').press('Enter');
  await waitSaved(page);
  await expect(box(page, 'Lurah Diubah')).toBeVisible();
  expect((await storedProject(page, id)).structure.positions.some((p) => p.title === 'Lurah Diubah')).toBe(true);
});

test('the app asks the browser for persistent storage and says when it is not granted', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __persistAsked: number };
    w.__persistAsked = 0;
    Object.defineProperty(navigator, 'storage', {
      value: {
        persisted: async () => false,
        persist: async () => {
          w.__persistAsked++;
          return false;
        },
        estimate: async () => ({ usage: 0, quota: 1e9 })
      }
    });
  });
  await page.goto('/');
  await expect(page.getByText(/belum menjamin penyimpanan permanen/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __persistAsked: number }).__persistAsked)).toBe(1);
});
