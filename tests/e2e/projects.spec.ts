import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
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

test('replacing the open project from a file applies its variant, options and pins; one Batalkan restores them all', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor proyek' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const lurah = exported.structure.positions[0].id as string;
  const file = { ...exported, name: 'Dari kantor lain', variantId: 'tabanan-2023-107', options: { penerbit_penugasan: 'puo' }, pins: { [lurah]: { x: 120, y: 48 } } };
  const before = await stored(page);

  await page.getByTestId('project-file').setInputFiles({ name: 'lain.bagan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('alertdialog', { name: 'Impor berkas proyek' }).getByRole('button', { name: 'Ganti proyek ini' }).click();
  await expect(page.getByTestId('variant-picker')).toHaveValue('tabanan-2023-107');
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  expect(await stored(page)).toMatchObject({ variantId: 'tabanan-2023-107', options: file.options, pins: file.pins });

  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByTestId('variant-picker')).toHaveValue(before.variantId);
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  expect(await stored(page)).toMatchObject({ variantId: before.variantId, options: before.options, pins: before.pins });
});

/** The open project's record as stored (raw IndexedDB). */
async function stored(page: Page): Promise<{ variantId: string; options: Record<string, string>; pins: Record<string, unknown> }> {
  const id = new URL(page.url()).searchParams.get('id')!;
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('bagan-kerja');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const p = await new Promise<{ variantId: string; options: Record<string, string>; pins: Record<string, unknown> }>((res) => {
      const g = db.transaction('projects').objectStore('projects').get(id);
      g.onsuccess = () => res(g.result);
    });
    db.close();
    return { variantId: p.variantId, options: p.options, pins: p.pins };
  }, id);
}
