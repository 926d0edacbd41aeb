// Data in and out (issue 5), through what a user sees: the spreadsheet import dialog (sheet, mapping,
// preview, problems, valid-only import), the project file round trip, and the Peta Jabatan view.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { box } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url));

async function openImportDialog(page: Page, file: string) {
  await page.goto('/');
  await page.getByRole('button', { name: /Impor peta jabatan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor peta jabatan dari spreadsheet' });
  await dialog.getByTestId('spreadsheet-file').setInputFiles(fixture(file));
  return dialog;
}

test('spreadsheet import: detected columns, preview, tree, then a new project', async ({ page }) => {
  const dialog = await openImportDialog(page, 'peta-jabatan-dinkes.xlsx');
  // The first sheet has no peta jabatan; the dialog picks the one that has.
  await expect(dialog.getByTestId('sheet-select')).toHaveValue('1');
  await expect(dialog.getByText('Judul kolom di baris 4')).toBeVisible();
  const mapping = dialog.getByTestId('mapping');
  await expect(mapping.locator('[data-field="title"]')).toHaveValue('2');
  await expect(mapping.locator('[data-field="level"]')).toHaveValue('3');
  await expect(mapping.locator('[data-field="parent"]')).toHaveValue('5');
  await expect(mapping.locator('[data-field="bezetting"]')).toHaveValue('7');
  await expect(mapping.locator('[data-field="need"]')).toHaveValue('8');
  await expect(dialog.getByRole('table', { name: 'Pratinjau baris pertama' })).toContainText('Kepala Dinas Kesehatan');

  const tree = dialog.getByTestId('import-tree');
  await expect(tree).toContainText('Dinas Kesehatan');
  await expect(tree.locator('li', { hasText: 'Epidemiolog Kesehatan' })).toContainText('Ahli Muda');
  await expect(dialog.getByText('Tidak ada masalah')).toBeVisible();

  // Nothing is stored before the user confirms.
  await dialog.getByRole('button', { name: 'Impor 8 jabatan' }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(box(page, 'Kepala Dinas Kesehatan')).toBeVisible({ timeout: 30_000 });
  await expect(box(page, 'Epidemiolog Kesehatan')).toBeVisible();
});

test('spreadsheet import with errors: every problem with sheet/row/column, then only the valid rows', async ({ page }) => {
  const dialog = await openImportDialog(page, 'peta-jabatan-dinkes-salah.xlsx');
  const problems = dialog.getByTestId('import-problems');
  await expect(problems.locator('tbody tr')).toHaveCount(3);
  await expect(problems.locator('tbody tr').nth(0)).toContainText('Peta Jabatan');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('14');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('E (Jenjang)');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('Jenjang "Ahli Setengah" tidak dikenal');
  await expect(problems.locator('tbody tr').nth(1)).toContainText('Atasan "Kepala Seksi Fiktif" tidak ditemukan di berkas');
  await expect(problems.locator('tbody tr').nth(2)).toContainText('Tidak diimpor karena atasannya (baris 15) tidak diimpor');
  // The tree shows what would be imported: not the bad rows, nor the row under one.
  const tree = dialog.getByTestId('import-tree');
  await expect(tree).toContainText('Sanitarian');
  await expect(tree).not.toContainText('Entomolog');
  await expect(tree).not.toContainText('Pengolah Data Kesehatan');
  // No plain "Impor": only the explicit valid-only choice. Row 16 hangs under the bad row 15, so 8 of 11.
  await expect(dialog.getByRole('button', { name: /^Impor \d+ jabatan$/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Impor hanya baris yang valid (8 dari 11)' }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(box(page, 'Sanitarian')).toBeVisible({ timeout: 30_000 });
  await expect(box(page, 'Entomolog Kesehatan')).toHaveCount(0);
  await expect(box(page, 'Pengolah Data Kesehatan')).toHaveCount(0);
});

test('changing the mapping re-reads the rows; cancelling imports nothing', async ({ page }) => {
  const dialog = await openImportDialog(page, 'peta-jabatan-dinkes.xlsx');
  await expect(dialog.getByText('Tidak ada masalah')).toBeVisible();
  // Without the atasan column every post stands alone: the tree shows them all at the unit's level.
  await dialog.getByTestId('mapping').locator('[data-field="parent"]').selectOption('');
  await expect(dialog.getByTestId('import-tree').locator('li.position').first()).toHaveAttribute('style', /padding-left: 1.1rem/);
  await expect(dialog.getByTestId('import-tree').locator('li.position[style*="2.2rem"]')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('li[data-project]')).toHaveCount(0);
});

test('project file: export, import as a new project, identical structure; import can replace with undo', async ({ page }) => {
  const dialog = await openImportDialog(page, 'peta-jabatan-dinkes.xlsx');
  await dialog.getByRole('button', { name: 'Impor 8 jabatan' }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(box(page, 'Sekretaris')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor proyek' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.bagan\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const exported = JSON.parse(text);
  expect(exported).toMatchObject({ format: 'bagan-kerja-proyek', version: 1 });
  expect(exported.structure.positions).toHaveLength(8);

  // Import as a new project from the home page: the same structure, a second project.
  await page.goto('/');
  await page.getByTestId('home-project-file').setInputFiles({ name: 'dinkes.bagan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForURL(/\/edit\?id=/);
  await expect(box(page, 'Sekretaris')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor proyek' }).click()]);
  const reexported = JSON.parse(await readFile((await again.path())!, 'utf8'));
  expect(reexported.structure).toEqual(exported.structure);
  expect(reexported.variantId).toEqual(exported.variantId);

  // Replace the open project with a smaller one only after confirmation; "Batalkan" brings it back.
  const smaller = { ...exported, name: 'Hanya Kepala', structure: { ...exported.structure, positions: exported.structure.positions.slice(0, 1) } };
  await page.getByTestId('project-file').setInputFiles({ name: 'kecil.bagan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(smaller)) });
  const confirm = page.getByRole('alertdialog', { name: 'Impor berkas proyek' });
  await expect(confirm).toContainText('1 jabatan');
  await expect(box(page, 'Sekretaris')).toBeVisible();
  await confirm.getByRole('button', { name: 'Ganti proyek ini' }).click();
  await expect(box(page, 'Sekretaris')).toHaveCount(0);
  await expect(box(page, 'Kepala Dinas Kesehatan')).toBeVisible();
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(box(page, 'Sekretaris')).toBeVisible();

  // A newer file version is refused with the reason; nothing changes.
  await page.getByTestId('project-file').setInputFiles({ name: 'baru.bagan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, version: 99 })) });
  await expect(page.getByTestId('project-problems')).toContainText('versi Bagan Kerja yang lebih baru');
});

test('Peta Jabatan view: kelas, B, K, ± on the boxes, roll-ups per unit and in total; back to SOTK', async ({ page }) => {
  const dialog = await openImportDialog(page, 'peta-jabatan-dinkes.xlsx');
  await dialog.getByRole('button', { name: 'Impor 8 jabatan' }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(box(page, 'Sekretaris')).toBeVisible({ timeout: 30_000 });
  await expect(box(page, 'Sekretaris')).toContainText('Administrator');

  await page.getByRole('radio', { name: 'Peta Jabatan' }).click();
  await expect(box(page, 'Sekretaris')).toContainText('Kelas jabatan 12');
  await expect(box(page, 'Sekretaris')).toContainText('B 1 · K 1 · ± 0');
  // Epidemiolog: B 2, K 4 → −2 in the shortage colour; Pengadministrasi: B 3, K 2 → +1.
  await expect(box(page, 'Epidemiolog Kesehatan').locator('text.balance-minus')).toHaveText('B 2 · K 4 · ± −2');
  await expect(box(page, 'Pengadministrasi Perkantoran').locator('text.balance-plus')).toHaveText('B 3 · K 2 · ± +1');
  // Totals: B 12, K 13, ± −1 for the Dinas and for the whole file.
  // The frame's name wraps over several <text> lines; read them as one line.
  const frameText = (await page.locator('svg.chart .unit-frame').first().locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ');
  expect(frameText).toContain('Dinas Kesehatan · B 12 · K 13 · ± −1');
  await expect(page.getByTestId('peta-summary')).toContainText('B 12');
  await expect(page.getByTestId('peta-summary')).toContainText('K 13');
  await expect(page.getByTestId('peta-summary')).toContainText('± −1');
  await page.screenshot({ path: 'test-results/peta-jabatan-view.png' });

  await page.getByRole('radio', { name: 'SOTK' }).click();
  await expect(box(page, 'Sekretaris')).not.toContainText('B 1 · K 1');
  await expect(page.getByTestId('peta-summary')).toHaveCount(0);
});

test('peta jabatan XLSX export carries the computed rater', async ({ page }) => {
  const dialog = await openImportDialog(page, 'peta-jabatan-dinkes.xlsx');
  await dialog.getByRole('button', { name: 'Impor 8 jabatan' }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(box(page, 'Sekretaris')).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh peta jabatan (XLSX)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.getWorksheet('Peta Jabatan')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  const rows = new Map<string, ExcelJS.Row>();
  ws.eachRow((r, n) => n > 1 && rows.set(String(r.getCell(col('Nama Jabatan')).value), r));
  expect(rows.size).toBe(8);
  // Sekretaris is rated by its atasan langsung, the Kepala Dinas, under every built-in variant: "Pejabat
  // Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas …" (e.g. seeds
  // 001_af01d94e9933b5a2.txt L68, Pasal 1 angka 21; 000_5160156151055c28.txt L77, Pasal 1 angka 23).
  expect(rows.get('Sekretaris')!.getCell(col('Pejabat Penilai Kinerja')).value).toBe('Kepala Dinas Kesehatan');
  expect(rows.get('Epidemiolog Kesehatan')!.getCell(col('+/-')).value).toBe(-2);
});

test('a 5,000-row file is read off the page in a worker, with progress, and imports whole', async ({ page }) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Peta Jabatan');
  ws.addRow(['Unit Kerja', 'Nama Jabatan', 'Jenis Jabatan', 'Jabatan Atasan', 'Kelas Jabatan', 'B', 'K']);
  ws.addRow(['Dinas Besar', 'Kepala Dinas', 'JPT Pratama', '', 14, 1, 1]);
  for (let b = 0; b < 50; b++) {
    ws.addRow(['Dinas Besar', `Kepala Bidang ${b}`, 'Administrator', 'Kepala Dinas', 11, 1, 1]);
    for (let j = 0; j < 99; j++) ws.addRow(['Dinas Besar', `Analis ${b}-${j} Ahli Pertama`, 'Fungsional', `Kepala Bidang ${b}`, 8, 1, 1]);
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await page.goto('/');
  // The dialog starts its worker when it opens.
  const worker = page.waitForEvent('worker', (w) => w.url().includes('spreadsheet-worker'));
  await page.getByRole('button', { name: /Impor peta jabatan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor peta jabatan dari spreadsheet' });
  // Record every progress message shown, however briefly (no timing involved).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
    new MutationObserver(() => document.querySelectorAll('dialog [role="status"]').forEach((e) => seen.push(e.textContent ?? ''))).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByTestId('spreadsheet-file').setInputFiles({ name: 'besar.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await worker;
  await expect(dialog.getByTestId('import-tree')).toContainText('Kepala Bidang 0', { timeout: 30_000 });
  const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.join(' | '));
  expect(progress).toContain('Membaca besar.xlsx');
  expect(progress).toContain('Memeriksa');
  await expect(dialog.getByText(/… dan \d+ baris lagi/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Impor 5001 jabatan' }).click();
  await page.waitForURL(/\/edit\?id=/);
  await page.goto('/');
  await expect(page.locator('li[data-project="besar"]')).toContainText('5001 jabatan');
});
