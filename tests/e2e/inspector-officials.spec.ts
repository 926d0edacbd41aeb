// The Inspector's "Pimpinan unit kerja" select groups officials by Perangkat Daerah, the selected position's
// own first (titles such as "Sekretaris" repeat across them), and choosing one is a saved, undoable edit.
import { expect, test } from '@playwright/test';
import { projectIdOf, storedProject, waitSaved } from './reliability-helpers.ts';

test('pimpinan unit kerja: officials grouped by Perangkat Daerah, own first; the choice is saved', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(page.locator('svg.chart [data-position]').first()).toBeAttached({ timeout: 30_000 });
  await page.locator('svg.chart').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await page.getByTestId('search').fill('Pamong Pemerintahan');
  await page.keyboard.press('Enter');
  const selected = page.locator('svg.chart .selected[data-title="Pamong Pemerintahan"]');
  await expect(selected).toHaveCount(1);
  const id = (await selected.getAttribute('data-position'))!;
  await page.getByRole('tab', { name: 'Inspektor' }).click();

  const select = page.locator('[data-field="workUnder"]');
  const groups = await select.locator('optgroup').evaluateAll((els) => els.map((e) => e.getAttribute('label')));
  expect(groups.length).toBeGreaterThan(10);
  expect(new Set(groups).size).toBe(groups.length);
  // The Pamong's own Kecamatan comes first, with its Camat in it.
  expect(groups[0]).toMatch(/^Kecamatan /);
  const camat = select.locator('optgroup').first().locator('option', { hasText: 'Camat' }).first();
  const camatId = (await camat.getAttribute('value'))!;
  expect(camatId).toMatch(/camat/);

  await select.selectOption(camatId);
  await waitSaved(page);
  const saved = await storedProject(page, projectIdOf(page));
  expect(saved.structure.positions.find((p) => p.id === id)?.workUnder).toBe(camatId);
});
