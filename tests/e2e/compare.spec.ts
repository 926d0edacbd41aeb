// Compare view: two built-in variants on the sample; snapshots of a project (save, compare with the
// current state, restore, undo the restore).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const dinas = JSON.parse(readFileSync(new URL('../fixtures/structures/dinas-kecil.json', import.meta.url), 'utf8'));

/** Puts a project straight into the app's IndexedDB (the app must have opened the database first). */
async function putProject(page: Page, project: Record<string, unknown>) {
  await page.evaluate(
    (p) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bagan-kerja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('projects', 'readwrite');
          tx.objectStore('projects').put(p);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    project
  );
}

function project(structure: unknown, revision: number) {
  return {
    id: 'p-e2e-versi', name: 'Dinas Uji Versi', structure, variantId: 'tabanan-2023-107', options: {}, pins: {},
    ui: { layers: { kedudukan: true, rating: true }, collapsed: [], selection: [] }, history: { past: [], future: [] },
    revision, createdAt: 1, updatedAt: 1, deletedAt: null
  };
}

test('two built-in variants on the sample: line counts, overlay and a change table with both citations', async ({ page }) => {
  await page.goto('/compare');
  await page.getByLabel('Varian A', { exact: true }).selectOption('karanganyar-2023-50');
  await page.getByLabel('Varian B', { exact: true }).selectOption('pangkalpinang-2023-51');
  await expect(page).toHaveURL(/a=karanganyar-2023-50&b=pangkalpinang-2023-51/);

  const count = Number(await page.getByTestId('change-count').textContent());
  expect(count).toBeGreaterThan(0);
  const onlyA = Number(await page.getByTestId('only-a').textContent());
  const onlyB = Number(await page.getByTestId('only-b').textContent());
  expect(onlyA + onlyB).toBeGreaterThan(0);

  const row = page.locator('tr[data-kind]:has(td.a .cite):has(td.b .cite)').first();
  await expect(row.locator('td.a .cite').first()).toBeVisible();
  await expect(row.locator('td.b .cite').first()).toBeVisible();
  await expect(row.locator('td.a .cite q').first()).not.toBeEmpty();

  // Perwako Pangkal Pinang 51/2023, Lampiran B.1.a, Gambar 1 angka 4) huruf b): the Kepala Bagian "memberikan
  // penilaian kinerja kepada Pejabat Pengawas …" (default reading), so it rates a Kasubag of the Setda; the
  // Karanganyar text names PPKs of JF and Pelaksana only, and its variant draws no rating into a Kasubag.
  await page.getByLabel('Jenis garis').selectOption('rating');
  const kasubag = page.locator('tr[data-kind="rating"]').filter({ hasText: 'Kepala Sub Bagian Rumah Tangga' });
  await expect(kasubag.locator('td.a')).toContainText('tidak ada');
  await expect(kasubag.locator('td.b')).toContainText('Kepala Bagian Umum');
  await expect(kasubag.locator('td.b .cite')).not.toHaveCount(0);

  const chart = page.getByTestId('diff-chart');
  await expect(chart.locator('svg path[data-side]').first()).toBeAttached({ timeout: 30_000 });
  await expect(chart.locator('rect.changed').first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('compare-variants.png'), fullPage: false });

  await page.getByText(/Apa yang berubah\?/).click();
  await expect(page.locator('.guide li').first()).toBeVisible();

  // The same variant on both sides: nothing differs.
  await page.getByLabel('Varian B', { exact: true }).selectOption('karanganyar-2023-50');
  await expect(page.getByTestId('no-changes')).toBeVisible();
  await expect(page.getByTestId('only-a')).toHaveText('0');
});

test('snapshots: save a version, compare it with the current state, restore it, undo the restore', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByTestId('change-count')).toBeVisible();
  await putProject(page, project(dinas, 0));
  await page.goto('/compare?id=p-e2e-versi&mode=versi');

  await page.getByLabel('Nama versi', { exact: true }).fill('Draf 1');
  await page.getByRole('button', { name: 'Simpan versi sekarang' }).click();
  await expect(page.locator('li[data-snapshot="Draf 1"]')).toBeVisible();

  // The bureau moves the Pelaksana from the Kasubag to the Kabid (as if edited elsewhere).
  const moved = structuredClone(dinas);
  moved.positions.find((p: { id: string }) => p.id === 'pel-c').parent = 'kabid';
  await putProject(page, project(moved, 1));
  await page.reload();

  await page.locator('li[data-snapshot="Draf 1"]').getByRole('button', { name: 'Bandingkan' }).click();
  await expect(page.getByTestId('structure-change-count')).toHaveText('1');
  await expect(page.locator('tr[data-change="moved"][data-position="pel-c"]')).toContainText('Kepala Sub Bagian Umum');
  await expect(page.locator('tr[data-change="moved"][data-position="pel-c"]')).toContainText('Kepala Bidang Umum');
  const rating = page.locator('tr[data-position="pel-c"][data-kind="rating"]');
  await expect(rating.locator('td.a')).toContainText('Kepala Sub Bagian Umum');
  await expect(rating.locator('td.b')).toContainText('Kepala Bidang Umum');
  await expect(page.getByTestId('diff-chart').locator('path[data-side="a"][data-kind="rating"][data-from="kasubag"][data-to="pel-c"]')).toBeAttached({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('compare-versions.png'), fullPage: true });

  await page.locator('li[data-snapshot="Draf 1"]').getByRole('button', { name: 'Pulihkan' }).click();
  await expect(page.getByText('Bagan dipulihkan ke versi “Draf 1”.')).toBeVisible();
  await expect(page.getByTestId('structure-change-count')).toHaveText('0');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByTestId('structure-change-count')).toHaveText('1');

  // The undo is stored, not just shown.
  await page.reload();
  await page.locator('li[data-snapshot="Draf 1"]').getByRole('button', { name: 'Bandingkan' }).click();
  await expect(page.getByTestId('structure-change-count')).toHaveText('1');
});

test('one variant against itself with another option choice (Perbup Sambas 18/2024, Kecamatan with a Sekcam)', async ({ page }) => {
  // seed-001 T4 (OQ-7): staff under the Sekcam's Kasubag are rated by the Sekcam (nearest Administrator,
  // L709) by default; read as "unit head" (option ppk_kecamatan = camat) the Camat rates them.
  await page.goto('/compare?a=sambas-2024-18&b=sambas-2024-18');
  await expect(page.getByTestId('no-changes')).toBeVisible();
  await page.locator('fieldset[data-side="B"] summary').click();
  await page.locator('fieldset[data-side="B"] select[data-option="ppk_kecamatan"]').selectOption('camat');
  const row = page.locator('tr[data-kind="rating"][data-position="kec-kota-contoh-subbag-uk-pl-pengadministrasi"]');
  await expect(row.locator('td.a')).toContainText('Sekretaris Kecamatan');
  await expect(row.locator('td.b')).toContainText('Camat');
  await expect(page.locator('section[aria-label="Jabatan yang berubah"] th.b')).toHaveText('B: Peraturan Bupati Sambas Nomor 18 Tahun 2024 (opsi diubah)');
  const unit = await page.getByLabel('Unit yang digambar').locator('option', { hasText: 'Kecamatan Kota Contoh' }).getAttribute('value');
  await page.getByLabel('Unit yang digambar').selectOption(unit!);
  await expect(page.getByTestId('diff-chart').locator('path[data-side="b"][data-kind="rating"][data-to="kec-kota-contoh-subbag-uk-pl-pengadministrasi"]')).toBeAttached({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('compare-options.png') });
});
