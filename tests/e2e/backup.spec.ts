// Backups (issue 8): "Unduh cadangan" → a browser with no data (a fresh profile) → "Pulihkan dari
// cadangan" gives back the same projects; "ganti semua" needs a second confirmation; a broken file
// changes nothing.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';
import { failProjectWritesOnDemand, projectIdOf, storedProject, storedProjects, waitSaved } from './reliability-helpers.ts';

test('backup, wipe storage, restore: the same projects come back', async ({ page, browser }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan', 'Kelurahan Cadangan');
  await page.getByRole('textbox', { name: 'Nama proyek' }).fill('Proyek Cadangan');
  await page.getByRole('textbox', { name: 'Nama proyek' }).press('Enter');
  await waitSaved(page);
  const original = await storedProject(page, projectIdOf(page));

  await page.getByRole('link', { name: '← Beranda' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh cadangan' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bagan-kerja-cadangan-.*\.json$/);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text).format).toBe('bagan-kerja-cadangan');

  // A fresh browser profile: no projects at all.
  const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByText('Belum ada proyek.')).toBeVisible();
  await other.getByTestId('restore-file').setInputFiles(file);
  const dialog = other.getByRole('dialog', { name: 'Pulihkan dari cadangan' });
  await expect(dialog).toContainText('1 proyek');
  await expect(dialog).toContainText('Proyek Cadangan');
  await dialog.getByRole('button', { name: 'Pulihkan sebagai proyek baru' }).click();
  await expect(other.getByText('Dipulihkan: 1 proyek')).toBeVisible();

  const restored = (await storedProjects(other)).filter((p) => p.deletedAt === null);
  expect(restored.map((p) => p.name)).toEqual(['Proyek Cadangan']);
  expect(restored[0].structure).toEqual(original.structure);
  await other.locator('li[data-project="Proyek Cadangan"]').getByRole('link').click();
  await expect(box(other, 'Lurah')).toBeVisible();
  await expect(other.locator('svg.chart .unit-frame text').first()).toHaveText('Kelurahan Cadangan');
  await fresh.close();
});

test('"Ganti semua data" asks twice and then holds exactly the backup; a broken file changes nothing', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'UPT');
  await page.getByRole('textbox', { name: 'Nama proyek' }).fill('Tetap Ada');
  await page.getByRole('textbox', { name: 'Nama proyek' }).press('Enter');
  await waitSaved(page);
  await page.getByRole('link', { name: '← Beranda' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh cadangan' }).click()]);
  const file = await download.path();

  await page.getByRole('button', { name: /Bagan baru/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await page.getByRole('textbox', { name: 'Nama proyek' }).fill('Akan Diganti');
  await page.getByRole('textbox', { name: 'Nama proyek' }).press('Enter');
  await waitSaved(page);
  await page.getByRole('link', { name: '← Beranda' }).click();
  await expect(page.locator('li[data-project]')).toHaveCount(2);

  // A truncated file: refused with a message, nothing changes.
  await page.getByTestId('restore-file').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 500)) });
  await expect(page.getByText('Berkas rusak.json tidak dapat dipulihkan; tidak ada yang diubah.')).toBeVisible();
  await expect(page.locator('li[data-project]')).toHaveCount(2);

  await page.getByTestId('restore-file').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Pulihkan dari cadangan' });
  await dialog.getByRole('button', { name: 'Ganti semua data…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('dihapus');
  await dialog.getByRole('button', { name: 'Ya, ganti semua data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('li[data-project]')).toHaveCount(1);
  await expect(page.locator('li[data-project="Tetap Ada"]')).toBeVisible();
  expect((await storedProjects(page)).map((p) => p.name)).toEqual(['Tetap Ada']);
});

test('"Unduh salinan" after a storage failure is the whole project: restored in a fresh browser, variant and options come back', async ({ page, browser }) => {
  await failProjectWritesOnDemand(page);
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan', 'Kelurahan Salinan');
  await page.getByTestId('variant-picker').selectOption('sambas-2024-18');
  await page.getByRole('tab', { name: 'Opsi varian' }).click();
  await page.locator('fieldset[data-option="ppk_kecamatan"] input[value="camat"]').check();
  await waitSaved(page);

  // Storage fails on the next edit; the copy is taken from memory.
  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
  await box(page, 'Lurah').click();
  await page.getByRole('tab', { name: 'Inspektor' }).click();
  await page.locator('[data-field="title"]').fill('Lurah Belum Tersimpan');
  await page.locator('[data-field="title"]').press('Enter');
  const notice = page.getByTestId('notice');
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Unduh salinan' }).click()]);
  const copy = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(copy).toMatchObject({ format: 'bagan-kerja-proyek', variantId: 'sambas-2024-18', options: { ppk_kecamatan: 'camat' } });

  const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
  const other = await fresh.newPage();
  await other.goto('/');
  await other.getByTestId('restore-file').setInputFiles((await download.path())!);
  const dialog = other.getByRole('dialog', { name: 'Pulihkan dari cadangan' });
  await dialog.getByRole('button', { name: 'Pulihkan sebagai proyek baru' }).click();
  await expect(other.getByText('Dipulihkan: 1 proyek')).toBeVisible();
  await other.locator('li[data-project]').first().getByRole('link').click();
  await expect(box(other, 'Lurah Belum Tersimpan')).toBeVisible();
  await expect(other.getByTestId('variant-picker')).toHaveValue('sambas-2024-18');
  await other.getByRole('tab', { name: 'Opsi varian' }).click();
  await expect(other.locator('fieldset[data-option="ppk_kecamatan"] input[value="camat"]')).toBeChecked();
  await fresh.close();
});
