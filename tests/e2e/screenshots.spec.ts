// Visual baselines at 1920×1080: the sample kabupaten and a chart of every SOTK template. Only the chart
// area is compared, so a new toolbar button elsewhere does not invalidate every baseline. Regenerate
// with `npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots` after an intended change,
// and look at the PNGs before committing them.
import { expect, test, type Page } from '@playwright/test';
import { addUnitFromTemplate, newBlankProject } from './helpers.ts';

const TEMPLATES: [string, string][] = [
  ['setda', 'Sekretariat Daerah'],
  ['setwan', 'Sekretariat DPRD'],
  ['inspektorat', 'Inspektorat'],
  ['dinas', 'Dinas'],
  ['badan', 'Badan'],
  ['rsud', 'RSUD'],
  ['kecamatan', 'Kecamatan'],
  ['kelurahan', 'Kelurahan'],
  ['upt', 'UPT'],
  ['puskesmas', 'Puskesmas'],
  ['sekolah', 'Sekolah']
];

async function settle(page: Page) {
  await page.getByRole('button', { name: 'Paskan' }).click();
  await page.mouse.move(0, 1079);
  await page.waitForTimeout(300);
}

for (const [type, label] of TEMPLATES) {
  test(`template ${label}`, async ({ page }) => {
    await newBlankProject(page);
    await addUnitFromTemplate(page, label);
    await expect(page.locator('svg.chart .box').first()).toBeVisible();
    await page.locator('svg.chart').click({ position: { x: 5, y: 5 } });
    await settle(page);
    await expect(page.locator('main.canvas')).toHaveScreenshot(`template-${type}.png`, { maxDiffPixelRatio: 0.005 });
  });
}

test('sample kabupaten', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(page.locator('svg.chart .unit-frame').first()).toBeVisible({ timeout: 30_000 });
  await settle(page);
  await expect(page.locator('main.canvas')).toHaveScreenshot('sample-kabupaten.png', { maxDiffPixelRatio: 0.005, timeout: 30_000 });
});
