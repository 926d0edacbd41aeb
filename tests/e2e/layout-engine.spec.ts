import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';

const elkWorkers = (page: import('@playwright/test').Page) => page.workers().filter((w) => /elk-worker/.test(w.url()));

test('Tata letak: ELK berlapis runs in its Web Worker, keeps every box, and is remembered by the project', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Dinas', 'Dinas Pendidikan');
  await expect(box(page, 'Kepala Dinas')).toBeVisible();
  const boxes = page.locator('svg.chart [data-position]');
  const count = await boxes.count();
  // The direct tree layout never needs the ELK worker.
  expect(elkWorkers(page)).toHaveLength(0);

  const select = page.getByTestId('layout-engine');
  await select.selectOption('elk');
  await expect.poll(() => elkWorkers(page).length).toBeGreaterThan(0);
  await expect(box(page, 'Kepala Dinas')).toBeVisible();
  await expect(boxes).toHaveCount(count);

  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
  await page.reload();
  await expect(page.getByTestId('layout-engine')).toHaveValue('elk');
  await expect(box(page, 'Kepala Dinas')).toBeVisible();
  await expect.poll(() => elkWorkers(page).length).toBeGreaterThan(0);
});
