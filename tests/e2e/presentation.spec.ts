import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';

test('presentation: no editing chrome, arrow keys step through layers, high contrast, focus a unit', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Dinas');
  await page.getByRole('button', { name: 'Presentasi' }).click();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Inspektor' })).toHaveCount(0);
  const caption = page.getByTestId('presentation-caption');
  await expect(caption).toContainText('Lapisan: Kedudukan (1/6)');
  await expect(page.locator('svg.chart g.overlay')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('Lapisan: Penilaian kinerja (3/6)');
  await expect(page.locator('svg.chart g.overlay[data-kind="rating"]').first()).toBeAttached();
  await expect(page.locator('svg.chart g.overlay[data-kind="performance"]')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('Penetapan kinerja (2/6)');

  await page.keyboard.press('k');
  await expect(page.locator('.editor')).toHaveAttribute('data-theme', 'kontras');

  const before = await page.locator('svg.chart > g').getAttribute('transform');
  await box(page, 'Kepala Bidang Pelayanan').click();
  await expect.poll(() => page.locator('svg.chart > g').getAttribute('transform')).not.toBe(before);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar')).toBeVisible();
});
