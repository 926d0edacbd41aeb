import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';

test('home: rename, duplicate, delete with confirmation and undo', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'UPT');
  await page.getByRole('textbox', { name: 'Nama proyek' }).fill('UPT Uji');
  await page.getByRole('textbox', { name: 'Nama proyek' }).press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  await page.getByRole('link', { name: '← Beranda' }).click();

  const row = page.locator('li[data-project="UPT Uji"]');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Ganti nama' }).click();
  await page.getByRole('textbox', { name: 'Nama baru' }).fill('UPT Laboratorium');
  await page.getByRole('textbox', { name: 'Nama baru' }).press('Enter');
  const renamed = page.locator('li[data-project="UPT Laboratorium"]');
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Duplikat' }).click();
  await expect(page.locator('li[data-project="UPT Laboratorium (salinan)"]')).toBeVisible();

  await renamed.getByRole('button', { name: 'Hapus' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(renamed).toHaveCount(0);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(renamed).toBeVisible();

  await renamed.getByRole('link').click();
  await expect(box(page, 'Kepala UPT')).toBeVisible();
});

test('two tabs on one project: an edit in one reaches the other, which says so', async ({ page, context }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(box(other, 'Lurah')).toBeVisible();

  await box(page, 'Lurah').click();
  await page.getByRole('button', { name: '+ Bawahan' }).click();
  await page.locator('[data-field="title"]').fill('Kepala Seksi Kebersihan');
  await page.locator('[data-field="title"]').press('Enter');

  await expect(box(other, 'Kepala Seksi Kebersihan')).toBeVisible();
  await expect(other.getByTestId('notice')).toContainText('tab lain');

  // The other tab edits on top of the new state: nothing is lost in either direction.
  await box(other, 'Kepala Seksi Kebersihan').click();
  await other.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(box(page, 'Kepala Seksi Kebersihan')).toHaveCount(0);
});

test('Kabupaten Contoh opens from the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(page.locator('svg.chart .unit-frame').first()).toBeVisible({ timeout: 30_000 });
});

test('first run seeds every shipped variant into IndexedDB', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Bagan baru/ })).toBeVisible();
  const ids = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const poll = () => {
          const open = indexedDB.open('bagan-kerja');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('variants')) return (db.close(), setTimeout(poll, 100));
            const req = db.transaction('variants').objectStore('variants').getAllKeys();
            req.onsuccess = () => {
              db.close();
              const keys = req.result.map(String);
              if (keys.length === 0) setTimeout(poll, 100);
              else resolve(keys);
            };
          };
        };
        poll();
      })
  );
  expect(ids).toEqual(expect.arrayContaining(['cilegon-2023-17', 'karanganyar-2023-50', 'pangkalpinang-2023-51', 'sambas-2024-18', 'tabanan-2023-107']));
});

test('deleting a project in one tab tells the tab that has it open', async ({ page, context }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'UPT', 'UPT Dihapus');
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  const home = await context.newPage();
  await home.goto('/');
  const row = home.locator('li[data-project="UPT Dihapus"]');
  await row.getByRole('button', { name: 'Hapus' }).click();
  await home.getByRole('alertdialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByTestId('notice')).toContainText('dihapus di tab lain');
});
