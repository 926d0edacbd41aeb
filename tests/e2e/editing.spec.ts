import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, dragOnto, lineSources, newBlankProject, positionId } from './helpers.ts';

test('create a Dinas from the template, add a JF group, drag it under a Kepala Bidang, undo, reload', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Dinas', 'Dinas Kesehatan');
  await expect(box(page, 'Kepala Dinas')).toBeVisible();
  await expect(page.locator('svg.chart .unit-frame text').first()).toHaveText('Dinas Kesehatan');

  // Add a Kelompok JF under the Kepala Dinas and name it right away in the inspector.
  await box(page, 'Kepala Dinas').click();
  await page.getByRole('button', { name: '+ Kelompok JF' }).click();
  const title = page.locator('[data-field="title"]');
  await expect(title).toBeFocused();
  await title.fill('Epidemiolog Kesehatan Ahli Pertama');
  await title.press('Enter');
  const jf = box(page, 'Epidemiolog Kesehatan Ahli Pertama');
  await expect(jf).toBeVisible();
  const jfId = await positionId(page, 'Epidemiolog Kesehatan Ahli Pertama');
  const kadis = await positionId(page, 'Kepala Dinas');
  const kabid = await positionId(page, 'Kepala Bidang Pelayanan');

  // Rated by the Kepala Dinas while placed under the Kepala Dinas.
  await expect.poll(() => lineSources(page, 'rating', jfId)).toEqual([kadis]);

  await dragOnto(page, jf, box(page, 'Kepala Bidang Pelayanan'));
  await expect(page.getByText('Kedudukan: Kepala Bidang Pelayanan')).toBeVisible();
  await expect.poll(() => lineSources(page, 'rating', jfId)).toEqual([kabid]);

  // Undo puts it back, redo moves it again.
  await page.locator('svg.chart').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => lineSources(page, 'rating', jfId)).toEqual([kadis]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => lineSources(page, 'rating', jfId)).toEqual([kabid]);

  // Reload: everything as it was, undo history included.
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  await page.reload();
  await expect(box(page, 'Epidemiolog Kesehatan Ahli Pertama')).toBeVisible();
  await expect.poll(() => lineSources(page, 'rating', jfId)).toEqual([kabid]);
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect.poll(() => lineSources(page, 'rating', jfId)).toEqual([kadis]);
});

test('keyboard: child, sibling, delete, copy/paste, search and jump, collapse', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  await box(page, 'Lurah').click();
  const count = () => page.locator('svg.chart [data-position]').count();
  const start = await count();

  await page.keyboard.press('Tab');
  await page.locator('[data-field="title"]').fill('Kepala Seksi Ekonomi');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(box(page, 'Kepala Seksi Ekonomi')).toBeVisible();
  await box(page, 'Kepala Seksi Ekonomi').click();
  await page.keyboard.press('Enter');
  await page.locator('[data-field="title"]').fill('Kepala Seksi Sosial');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(box(page, 'Kepala Seksi Sosial')).toBeVisible();
  await expect.poll(count).toBe(start + 2);

  await box(page, 'Kepala Seksi Sosial').click();
  await page.keyboard.press('Delete');
  await expect(box(page, 'Kepala Seksi Sosial')).toHaveCount(0);

  // Copy a subtree (Sekretaris Kelurahan with its Pelaksana) under the Lurah.
  await box(page, 'Sekretaris Kelurahan').click();
  await page.keyboard.press('Control+c');
  await box(page, 'Lurah').click();
  await page.keyboard.press('Control+v');
  await expect(box(page, 'Sekretaris Kelurahan')).toHaveCount(2);

  // Search and jump.
  await page.locator('svg.chart').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await page.getByTestId('search').fill('ekonomi');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-field="title"]')).toHaveValue('Kepala Seksi Ekonomi');
  await expect(box(page, 'Kepala Seksi Ekonomi')).toHaveClass(/selected/);

  // Collapse hides the subtree, expand shows it again.
  await box(page, 'Lurah').click();
  await page.keyboard.press(' ');
  await expect(box(page, 'Kepala Seksi Ekonomi')).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(box(page, 'Kepala Seksi Ekonomi')).toBeVisible();
});

test('multi-select with Shift and delete both', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kecamatan');
  await box(page, 'Kepala Seksi Pemerintahan').click();
  await box(page, 'Kepala Seksi Pemberdayaan Masyarakat').click({ modifiers: ['Shift'] });
  await expect(page.getByText('2 jabatan dipilih')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(box(page, 'Kepala Seksi Pemerintahan')).toHaveCount(0);
  await expect(box(page, 'Kepala Seksi Pemberdayaan Masyarakat')).toHaveCount(0);
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(box(page, 'Kepala Seksi Pemerintahan')).toBeVisible();
});

test('changing the regulation variant and an option is undoable: Ctrl+Z, Ctrl+Y and the Batalkan/Ulangi buttons', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  const picker = page.getByTestId('variant-picker');
  const first = await picker.inputValue();
  const other = await picker.locator('option').evaluateAll((os, current) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v && v !== current)!, first);
  await picker.selectOption(other);
  await expect(page.getByRole('button', { name: 'Batalkan' })).toHaveAttribute('title', /Ganti varian peraturan/);
  await page.locator('svg.chart').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+z');
  await expect(picker).toHaveValue(first);
  await page.keyboard.press('Control+y');
  await expect(picker).toHaveValue(other);

  // An option of the chosen variant: one step each way with the toolbar buttons.
  await page.getByRole('tab', { name: 'Opsi varian' }).click();
  const option = page.locator('fieldset[data-option]').first();
  const unchecked = option.locator('input[type="radio"]:not(:checked)').first();
  const value = await unchecked.getAttribute('value');
  await unchecked.check();
  await expect(option.locator(`input[value="${value}"]`)).toBeChecked();
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(option.locator(`input[value="${value}"]`)).not.toBeChecked();
  await expect(picker).toHaveValue(other);
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(option.locator(`input[value="${value}"]`)).toBeChecked();
});

test('the whole-kabupaten overview opens fitted and centred; "Paskan" fits it again after zooming in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(page.locator('svg.chart .unit-frame').first()).toBeVisible({ timeout: 30_000 });
  const placement = () =>
    page.evaluate(() => {
      const view = document.querySelector('svg.chart')!.getBoundingClientRect();
      const frames = [...document.querySelectorAll('svg.chart .unit-frame')].map((f) => f.getBoundingClientRect());
      const chart = { left: Math.min(...frames.map((r) => r.left)), top: Math.min(...frames.map((r) => r.top)), right: Math.max(...frames.map((r) => r.right)), bottom: Math.max(...frames.map((r) => r.bottom)) };
      return { view: { left: view.left, top: view.top, right: view.right, bottom: view.bottom }, chart };
    });
  const expectFitted = async () => {
    await expect
      .poll(async () => {
        const { view, chart } = await placement();
        const inside = chart.left >= view.left && chart.top >= view.top && chart.right <= view.right && chart.bottom <= view.bottom;
        // Centred on both axes (within 3 % of the viewport), and filling it along one axis.
        const dx = Math.abs((chart.left + chart.right) / 2 - (view.left + view.right) / 2) / (view.right - view.left);
        const dy = Math.abs((chart.top + chart.bottom) / 2 - (view.top + view.bottom) / 2) / (view.bottom - view.top);
        const fill = Math.max((chart.right - chart.left) / (view.right - view.left), (chart.bottom - chart.top) / (view.bottom - view.top));
        return inside && dx < 0.03 && dy < 0.03 && fill > 0.85;
      })
      .toBe(true);
  };
  await expectFitted();
  // Zoom in (off-screen frames then leave the DOM on a large chart, so the zoom is read from the
  // chart's transform), then "Paskan".
  const scale = () => page.locator('svg.chart > g').first().evaluate((g) => Number(/scale\(([\d.e-]+)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 'NaN'));
  const fitted = await scale();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Perbesar' }).click();
  await expect.poll(scale).toBeGreaterThan(fitted * 1.9);
  await page.getByRole('button', { name: 'Paskan' }).click();
  await expectFitted();
});
