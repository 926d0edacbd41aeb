// Hostile text in every field the UI edits (issue 8): shown as text, stored verbatim, never executed.
// Execution is detected three ways: a dialog, a CSP violation (inline handlers are blocked, and the
// block itself is reported), or a window flag the payload sets; plus no injected element in the DOM.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { addUnitFromTemplate, newBlankProject } from './helpers.ts';
import { drawnPositions, projectIdOf, storedProject, waitSaved, watchForExecution } from './reliability-helpers.ts';

const P = {
  script: `<script>window.__xss='script'</script>`,
  image: `"/><image href=x onerror="window.__xss='image'"><img src=x onerror=alert(1)>`,
  js: `javascript:window.__xss='js'`,
  rtl: `\u202eKepala Dinas\u202c <b>tebal</b> &amp; &lt;`,
  control: `Nama\u0007\u0001\u001b[31m\u0000akhir`
};
const LONG = 'X'.repeat(10000);

/** Elements a payload would have created had it been parsed as markup. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[onerror], [onload], svg.chart image, svg.chart foreignObject, img[src="x"], a[href^="javascript:"], script, b')]
      .filter((e) => !['script', 'b'].includes(e.tagName.toLowerCase()) || /__xss|alert|^tebal$/.test(e.textContent ?? ''))
      .map((e) => e.outerHTML.slice(0, 120))
  );
}

/** The text of the first unit frame's label, however the chart wrapped it. */
const frameLabel = (page: Page) => page.locator('svg.chart .unit-frame').first().evaluate((g) => [...g.querySelectorAll(':scope > text, :scope text')].map((t) => t.textContent).join(''));
const flat = (s: string) => s.replace(/\s+/g, '');

async function inspect(page: Page, id: string) {
  await page.locator(`svg.chart [data-position="${id}"]`).first().click();
}

test('editor: project name, unit name, titles, holders, team name and decree carry payloads as text', async ({ page }) => {
  test.setTimeout(120_000);
  const executed = await watchForExecution(page);
  await newBlankProject(page);
  await page.getByRole('textbox', { name: 'Nama proyek' }).fill(P.script);
  await page.getByRole('textbox', { name: 'Nama proyek' }).press('Enter');
  await addUnitFromTemplate(page, 'Dinas', P.image);
  await expect.poll(async () => flat(await frameLabel(page))).toContain(flat(P.image));
  const id = projectIdOf(page);
  await waitSaved(page);
  const start = await storedProject(page, id);
  const [head, second, third] = start.structure.positions.map((p) => p.id);

  await inspect(page, head);
  await page.locator('[data-field="title"]').fill(P.image);
  await page.locator('[data-field="title"]').press('Enter');
  await page.locator('[data-field="holders"]').fill(P.script);
  await page.locator('[data-field="holders"]').blur();
  await page.locator('[data-field="unitName"]').fill(P.rtl);
  await page.locator('[data-field="unitName"]').press('Enter');
  await inspect(page, second);
  await page.locator('[data-field="title"]').fill(P.control);
  await page.locator('[data-field="title"]').press('Enter');
  await page.locator('[data-field="holders"]').fill(P.js);
  await page.locator('[data-field="holders"]').blur();

  // 10,000 characters: refused with a message (it could never be reopened), the old title stays.
  await inspect(page, third);
  const before = await page.locator('[data-field="title"]').inputValue();
  await page.locator('[data-field="title"]').fill(LONG);
  await page.locator('[data-field="title"]').press('Enter');
  await expect(page.getByTestId('notice')).toContainText('Perubahan ditolak');
  await page.getByRole('textbox', { name: 'Nama proyek' }).fill(LONG);
  await page.getByRole('textbox', { name: 'Nama proyek' }).press('Enter');
  await expect(page.getByTestId('notice')).toContainText('Nama proyek terlalu panjang');

  // Tim Kerja: name and decree.
  await page.getByRole('tab', { name: 'Tim' }).click();
  await page.getByRole('button', { name: '+ Tim Kerja baru' }).click();
  await page.locator('[data-field="teamName"]').fill(P.image);
  await page.locator('[data-field="teamName"]').blur();
  await page.locator('[data-field="teamDecree"]').fill(P.script);
  await page.locator('[data-field="teamDecree"]').blur();
  await waitSaved(page);

  const stored = await storedProject(page, id);
  const byId = new Map(stored.structure.positions.map((p) => [p.id, p]));
  expect(stored.name).toBe(P.script);
  expect(byId.get(head)?.title).toBe(P.image);
  expect(byId.get(head)?.holders).toEqual([P.script]);
  expect(byId.get(second)?.holders).toEqual([P.js]);
  expect(byId.get(second)?.title).toBe(P.control);
  expect(byId.get(third)?.title).toBe(before);
  expect(stored.structure.units[0].name).toBe(P.rtl.trim());
  expect(JSON.stringify(stored.structure.teams)).toContain(JSON.stringify(P.image).slice(1, -1));

  // Reload: drawn as text, exactly.
  await page.reload();
  await expect(page.locator('svg.chart [data-position]').first()).toBeVisible();
  const drawn = await drawnPositions(page);
  // The chart wraps long words, so compare without whitespace (and without control characters).
  expect(flat(drawn[head])).toBe(flat(P.image));
  const visible = (t: string) => flat(t).replace(/[\u0000-\u001f\u007f]/g, '');
  expect(visible(drawn[second])).toBe(visible(P.control));
  await expect.poll(async () => flat(await frameLabel(page))).toContain(flat(P.rtl));
  await expect(page.getByRole('textbox', { name: 'Nama proyek' })).toHaveValue(P.script);
  expect(await injected(page)).toEqual([]);

  // Project file and XLSX exports carry the payloads verbatim, as data (no formula, no markup).
  const [projectFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor proyek' }).click()]);
  const exported = JSON.parse(readFileSync(await projectFile.path(), 'utf8'));
  expect(exported.name).toBe(P.script);
  expect(exported.structure.positions.find((p: { id: string }) => p.id === head).title).toBe(P.image);
  expect(exported.structure.units[0].name).toBe(P.rtl.trim());
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh peta jabatan (XLSX)' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const cells: unknown[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(c.value)));
  expect(cells.filter((v) => v !== null && typeof v === 'object')).toEqual([]); // no formula or rich value
  expect(cells).toContain(P.image);
  expect(cells).toContain(P.script);

  await page.getByRole('link', { name: '← Beranda' }).click();
  await expect(page.locator('li[data-project] a.name').first()).toHaveText(P.script);
  expect(await injected(page)).toEqual([]);

  // The backup carries them verbatim (JSON-escaped), and restoring shows them as text again.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh cadangan' }).click()]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(backup.projects[0].name).toBe(P.script);
  expect(backup.projects[0].structure.positions.find((p: { id: string }) => p.id === head).title).toBe(P.image);
  await page.getByTestId('restore-file').setInputFiles(await download.path());
  await expect(page.getByRole('dialog', { name: 'Pulihkan dari cadangan' })).toContainText(P.script);
  expect(await injected(page)).toEqual([]);
  expect(await executed()).toEqual([]);
});

test('variant identity: hostile region and title are saved and shown as text', async ({ page }) => {
  const executed = await watchForExecution(page);
  await page.goto('/variants');
  await page.locator('button[data-variant="sambas-2024-18"]').click();
  await page.getByRole('button', { name: 'Gandakan' }).click();
  await expect(page.getByTestId('draft-state')).toHaveText('Tersimpan');
  await page.getByLabel('Daerah', { exact: true }).fill(P.image);
  await page.getByLabel('Judul', { exact: true }).fill(P.script);
  await page.getByLabel('Nomor', { exact: true }).fill(P.js);
  await page.getByRole('button', { name: 'Simpan varian' }).click();
  await expect(page.getByTestId('variant-message')).toContainText('tersimpan');
  await page.reload();
  await expect(page.getByLabel('Daerah', { exact: true })).toHaveValue(P.image);
  await expect(page.locator('nav.list').getByText(P.image, { exact: false }).first()).toBeVisible();
  expect(await injected(page)).toEqual([]);
  expect(await executed()).toEqual([]);
});
