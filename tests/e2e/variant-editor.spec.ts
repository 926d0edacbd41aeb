// Variant editor: clone a built-in variant, change one rule, see the preview change, save, reload;
// export and import in a fresh browser profile; malformed and hostile files are refused and change nothing.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const listed = (page: Page) => page.locator('nav.list li button[data-variant]');

async function cloneSambas(page: Page) {
  await page.goto('/variants');
  await page.locator('button[data-variant="sambas-2024-18"]').click();
  await page.getByRole('button', { name: 'Gandakan' }).click();
  await expect(page.getByTestId('variant-message')).toContainText('Salinan');
  await expect(page.getByTestId('draft-state')).toHaveText('Tersimpan');
}

test('clone, change one rater rule, live preview, save, reload: still there', async ({ page }) => {
  await cloneSambas(page);
  await expect(page).toHaveURL(/id=sambas-salinan-2024-18/);
  await page.getByLabel('Daerah', { exact: true }).fill('Kabupaten Sukamaju');
  await page.getByLabel('Nomor', { exact: true }).fill('7');
  await expect(page.getByTestId('preview-delta')).toHaveText('Sama dengan versi tersimpan.');

  // Perbup Sambas 18/2024, OQ on staff under a Kasubag of the Setda (seed-001 T1b): read as "Kepala Sub
  // Bagian" the Kasubag itself is the PPK. Flip the rule that skips it (default "kepala_bagian") to allow.
  await page.getByRole('tab', { name: 'Aturan penilai' }).click();
  const rule = page.locator('article[data-rule="setda-kasubag-bukan-ppk"]');
  await rule.getByLabel('Akibat aturan setda-kasubag-bukan-ppk').selectOption('allow');
  await expect(page.getByTestId('preview-delta')).toContainText('jabatan berubah');
  const changed = page.getByTestId('preview').locator('li[data-position]').filter({ hasText: 'Penilaian kinerja' });
  await expect(changed.first()).toContainText('Kepala Sub Bagian');
  await expect(page.getByTestId('draft-state')).toHaveText('Belum disimpan');
  await page.screenshot({ path: test.info().outputPath('variant-editor-preview.png') });

  await page.getByRole('button', { name: 'Simpan varian' }).click();
  await expect(page.getByTestId('variant-message')).toContainText('tersimpan');
  await page.reload();
  await expect(page.locator('.head h2')).toHaveText('Rancangan Sukamaju Nomor 7 Tahun 2024');
  await page.getByRole('tab', { name: 'Aturan penilai' }).click();
  await expect(page.locator('article[data-rule="setda-kasubag-bukan-ppk"]').getByLabel('Akibat aturan setda-kasubag-bukan-ppk')).toHaveValue('allow');
  await expect(page.getByTestId('preview-delta')).toHaveText('Sama dengan versi tersimpan.');
});

test('a broken edit is reported with its JSON path and cannot be saved', async ({ page }) => {
  await cloneSambas(page);
  await page.getByRole('tab', { name: 'Aturan penilai' }).click();
  await page.getByLabel('Id aturan penilai 1', { exact: true }).fill('Bukan Id Sah!');
  await expect(page.getByTestId('draft-problems')).toContainText('raterRules[0].id');
  await expect(page.getByRole('button', { name: 'Simpan varian' })).toBeDisabled();
  await expect(page.getByTestId('preview-stale')).toBeVisible();

  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.getByLabel('JSON varian').fill('{ "format": "bagan-kerja-variant", ');
  await expect(page.getByTestId('json-problems')).toContainText('Bukan JSON yang sah');
  await expect(page.getByRole('button', { name: 'Terapkan JSON' })).toBeDisabled();
});

test('export, then import in a fresh browser profile', async ({ page, browser }) => {
  await cloneSambas(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor berkas' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text).id).toBe('sambas-salinan-2024-18');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/variants');
  await expect(other.locator('button[data-variant="sambas-2024-18"]')).toBeVisible();
  await expect(other.locator('button[data-variant="sambas-salinan-2024-18"]')).toHaveCount(0);
  await other.getByTestId('import-variant').setInputFiles({ name: 'dari-kantor-lain.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByTestId('variant-message')).toContainText('diimpor');
  await expect(other.locator('button[data-variant="sambas-salinan-2024-18"]')).toBeVisible();
  await other.reload();
  await expect(other.locator('button[data-variant="sambas-salinan-2024-18"]')).toBeVisible();
  await fresh.close();
});

test('malformed and hostile variant files are refused with a clear message and change nothing', async ({ page }) => {
  await page.goto('/variants');
  await expect(page.locator('button[data-variant="sambas-2024-18"]')).toBeVisible();
  const before = await listed(page).count();
  const sambas = readFileSync(new URL('../../models/variants/sambas-2024-18.json', import.meta.url), 'utf8');
  const cases: [string, string, RegExp][] = [
    ['rusak.json', '{ "format": "bagan-kerja-variant", "id": ', /rusak\.json ditolak: bukan berkas varian/],
    ['struktur.json', JSON.stringify({ format: 'bagan-kerja', version: 1, units: [], positions: [] }), /struktur\.json ditolak/],
    ['timpa-bawaan.json', sambas, /milik varian bawaan/],
    ['aturan-salah.json', JSON.stringify({ ...JSON.parse(sambas), id: 'jahat-2024-1', raterRules: [{ id: 'x', candidate: { roles: ['tidak-ada'] }, effect: 'allow', basis: { source: 's', ref: 'r', quote: 'q' } }] }), /aturan-salah\.json ditolak/]
  ];
  for (const [name, text, pattern] of cases) {
    await page.getByTestId('import-variant').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByTestId('variant-message')).toHaveText(pattern);
    await expect(page.getByTestId('variant-message')).toHaveAttribute('role', 'alert');
    expect(await listed(page).count()).toBe(before);
  }
  await expect(page.getByTestId('variant-message').locator('li').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('variant-import-refused.png') });

  // Markup in a valid file is data: shown as text, never run.
  const markup = { ...JSON.parse(sambas), id: 'markup-2024-1', identity: { ...JSON.parse(sambas).identity, region: 'Kabupaten <img src=x onerror="window.__pwned=1">' } };
  await page.getByTestId('import-variant').setInputFiles({ name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(markup)) });
  await expect(page.locator('button[data-variant="markup-2024-1"]')).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
