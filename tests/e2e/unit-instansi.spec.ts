// A unit of another Instansi Pemerintah is marked in the Inspector (unit head selected): the team that has
// its member becomes a cross-instansi team for the variant, with the finding citing who forms it; undo
// restores the Pemda unit, and the value is saved with the project.
import { expect, test } from '@playwright/test';
import { projectIdOf, storedProject, waitSaved } from './reliability-helpers.ts';

test('marking a unit as another instansi gives the cross-instansi team finding (Cilegon 17/2023), undoable and saved', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await page.getByTestId('variant-picker').selectOption('cilegon-2023-17');
  const head = page.locator('svg.chart [data-position="dpupr-kadis"]').first();
  await expect(head).toBeAttached({ timeout: 30_000 });
  const crossInstansi = page.getByRole('region', { name: 'Temuan' }).locator('button.finding[data-code="TEAM_LINTAS_INSTANSI"]');

  await page.getByRole('tab', { name: 'Temuan' }).click();
  await expect(crossInstansi).toHaveCount(0);

  await head.click();
  await page.getByRole('tab', { name: 'Inspektor' }).click();
  const field = page.locator('[data-field="unitInstansi"]');
  await expect(field).toHaveValue('');
  await field.fill('Pemerintah Provinsi Contoh');
  await field.press('Enter');

  await page.getByRole('tab', { name: 'Temuan' }).click();
  await expect(crossInstansi).toHaveCount(1);
  await expect(crossInstansi).toContainText('Tim Kerja Penyusunan RPJMD');
  await expect(crossInstansi).toContainText('Penata Ruang Ahli Muda');
  await expect(crossInstansi).toContainText('Keputusan Wali Kota');
  await waitSaved(page);
  const saved = await storedProject(page, projectIdOf(page));
  expect(saved.structure.units.find((u) => u.id === 'dpupr')?.instansi).toBe('Pemerintah Provinsi Contoh');

  // The team editor names who forms the team now that it reaches another instansi (Pasal 9 ayat (2)).
  await page.getByRole('tab', { name: 'Tim', exact: true }).click();
  await page.getByTestId('teams-panel').locator('[data-team-open="tim-rpjmd"]').click();
  const formed = page.getByTestId('team-formed');
  await expect(formed).toHaveAttribute('data-scope', 'lintas_instansi');
  await expect(formed).toContainText('Keputusan Wali Kota');

  await page.keyboard.press('Control+z');
  await expect(formed).toHaveAttribute('data-scope', 'lintas_uo');
  await page.getByRole('tab', { name: 'Temuan' }).click();
  await expect(crossInstansi).toHaveCount(0);
});
