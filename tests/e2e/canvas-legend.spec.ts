// The legend on the chart can be hidden (with every team of the sample shown it covers a good part of the
// chart) and brought back; the sidebar's legend stays.
import { expect, test } from '@playwright/test';

test('the chart legend hides and comes back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await page.getByTestId('variant-picker').selectOption('tabanan-2023-107');
  await page.locator('[data-layer-toggle="team"]').check();
  const legend = page.locator('.canvas-legend');
  await expect(legend.locator('[data-layer="rating"]')).toBeVisible();
  const open = (await legend.boundingBox())!;

  await legend.getByRole('button', { name: 'Sembunyikan' }).click();
  await expect(legend.locator('[data-layer]')).toHaveCount(0);
  const closed = (await legend.boundingBox())!;
  expect(closed.height * closed.width).toBeLessThan((open.height * open.width) / 10);
  await expect(legend.getByRole('button', { name: 'Keterangan' })).toHaveAttribute('aria-expanded', 'false');

  await legend.getByRole('button', { name: 'Keterangan' }).click();
  await expect(legend.locator('[data-layer="rating"]')).toBeVisible();
});
