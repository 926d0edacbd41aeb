// "Mengapa?" of a staff box lists the variant's tahap evaluasi for its results: steps in order with the
// positions that act, the rework loop back to an earlier step, and a citation per step (Tabanan 107/2023,
// Kecamatan); a variant without a review for that unit shows none.
import { expect, test } from '@playwright/test';

test('a Kecamatan Pelaksana: the review steps, rework loop and citations of Tabanan 107/2023', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await page.getByTestId('variant-picker').selectOption('tabanan-2023-107');
  await expect(page.locator('svg.chart [data-position]').first()).toBeAttached({ timeout: 30_000 });
  const selectStaff = async () => {
    await page.locator('svg.chart').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.getByTestId('search').fill('Pamong Pemerintahan');
    await page.keyboard.press('Enter');
    await expect(page.locator('svg.chart .selected[data-title="Pamong Pemerintahan"]')).toHaveCount(1);
    await page.getByRole('tab', { name: 'Mengapa?' }).click();
  };
  await selectStaff();

  const review = page.getByRole('region', { name: 'Tahap evaluasi hasil kerja' });
  await expect(review).toBeVisible();
  await expect(review.locator('li[data-step]')).toHaveCount(5);
  const deliver = review.locator('li[data-step="sampaikan"]');
  await expect(deliver).toContainText('Pamong Pemerintahan');
  await expect(deliver).toContainText('Camat');
  await expect(review.locator('li[data-step="kembalikan"]')).toContainText('kembali ke langkah 1');
  await expect(review.locator('li[data-step="terima"]')).toContainText('dinyatakan selesai');
  await review.locator('li[data-step="terima"] summary').click();
  await expect(review.locator('li[data-step="terima"] blockquote')).toContainText('Pejabat Administrator');

  // The acting Camat is a link that selects its box.
  await deliver.getByRole('button', { name: 'Camat' }).first().click();
  await expect(page.locator('svg.chart .selected[data-title="Camat"]')).toHaveCount(1);

  // Cilegon 17/2023 sets out no review procedure (tahap evaluasi) at all.
  await page.getByTestId('variant-picker').selectOption('cilegon-2023-17');
  await selectStaff();
  await expect(page.getByRole('region', { name: 'Mengapa?' }).getByTestId('why-rater')).toBeVisible();
  await expect(review).toHaveCount(0);
});
