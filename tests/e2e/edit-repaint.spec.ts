import { expect, test } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';

// Edit-to-repaint (issue 7): a rename is drawn before its lines are recomputed, so the chart must say
// that its lines are catching up, and stop saying so once they have.
test('a rename is shown at once with "Memperbarui garis…" until the lines and boxes are laid out for it', async ({ page }) => {
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Dinas', 'Dinas Kesehatan');
  await box(page, 'Kepala Dinas').click();
  await expect(page.getByTestId('lines-pending')).toHaveCount(0);
  await page.evaluate(() => {
    const w = window as unknown as { __pendingSeen: boolean };
    w.__pendingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="lines-pending"]')) w.__pendingSeen = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const title = page.locator('[data-field="title"]');
  await title.fill('Kepala Dinas Kesehatan Daerah');
  await title.press('Enter');
  await expect(box(page, 'Kepala Dinas Kesehatan Daerah')).toBeVisible();
  await expect(page.getByTestId('lines-pending')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pendingSeen: boolean }).__pendingSeen)).toBe(true);
});

test("the chart's <svg> carries its laid-out size as width/height attributes, to the fraction", async ({ page }) => {
  // Relative (default) width/height make Chromium lay out every box and text again whenever the page
  // around the chart is laid out in the same frame as a change inside it (ChartCanvas.svelte).
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kelurahan');
  const sizes = async () =>
    page.locator('svg.chart').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return { attr: [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))], laidOut: [r.width, r.height] };
    });
  await expect.poll(async () => { const s = await sizes(); return s.attr.every((v, i) => Math.abs(v - s.laidOut[i]) < 0.01); }).toBe(true);
  await page.setViewportSize({ width: 1100, height: 700 });
  await expect.poll(async () => { const s = await sizes(); return s.attr.every((v, i) => Math.abs(v - s.laidOut[i]) < 0.01); }).toBe(true);
});
