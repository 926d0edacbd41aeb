// User-level helpers: everything goes through what a user sees and clicks.
import { expect, type Locator, type Page } from '@playwright/test';

export async function newBlankProject(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Bagan baru/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(page.getByText('Bagan ini masih kosong.')).toBeVisible();
}

export async function addUnitFromTemplate(page: Page, typeLabel: string, name?: string): Promise<void> {
  await page.getByRole('button', { name: '+ Unit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah unit dari templat SOTK' });
  await dialog.getByText(typeLabel, { exact: true }).click();
  if (name) await dialog.locator('[data-field="templateName"]').fill(name);
  await dialog.getByRole('button', { name: 'Tambah unit', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** A position on the chart (an official's box or a row of a Kelompok JF/Pelaksana box). */
export function box(page: Page, title: string): Locator {
  return page.locator(`svg.chart [data-position][data-title="${title}"]`);
}

export async function positionId(page: Page, title: string): Promise<string> {
  const id = await box(page, title).first().getAttribute('data-position');
  if (!id) throw new Error(`Tidak ada kotak "${title}"`);
  return id;
}

export async function dragOnto(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 20, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** Sources of the drawn overlay lines of a kind into a position. */
export async function lineSources(page: Page, kind: string, to: string): Promise<string[]> {
  return page.locator(`svg.chart g.overlay[data-kind="${kind}"][data-to="${to}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-from') ?? ''));
}
