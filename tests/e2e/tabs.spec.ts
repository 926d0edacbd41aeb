// Two tabs on one project (issue 8), committing edits at the same moment: both end up showing what is
// stored, and an edit that did not make it (or was replaced by the other tab's) is announced in its tab.
// Never a silent overwrite. Each tab types its edit first; then both press Enter without waiting.
import { expect, test, type Page } from '@playwright/test';
import { addUnitFromTemplate, box, newBlankProject } from './helpers.ts';
import { drawnPositions, projectIdOf, storedProject, waitSaved } from './reliability-helpers.ts';

const at = (page: Page, id: string) => page.locator(`svg.chart [data-position="${id}"]`).first();

/** Selects a box and types a new title, without committing it yet. */
async function prepareRetitle(page: Page, id: string, title: string) {
  // A background tab does not run animation frames, which clicks wait for.
  await page.bringToFront();
  await page.getByTestId('notice').getByRole('button', { name: 'Tutup pemberitahuan' }).click({ timeout: 500 }).catch(() => undefined);
  await at(page, id).click();
  await page.locator('[data-field="title"]').fill(title);
}

test('concurrent edits in two tabs: each edit is stored or its tab is told; both tabs converge on the stored state', async ({ page, context }) => {
  test.setTimeout(120_000);
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Kecamatan');
  await waitSaved(page);
  const id = projectIdOf(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(box(other, 'Camat')).toBeVisible();
  const idOf = async (title: string) => (await box(page, title).getAttribute('data-position'))!;
  const sekcam = await idOf('Sekretaris Kecamatan');
  const kasiA = await idOf('Kepala Seksi Pemerintahan');
  const kasiB = await idOf('Kepala Seksi Pemberdayaan Masyarakat');

  for (let round = 0; round < 4; round++) {
    const a = `Judul Tab A ${round}`;
    const b = `Judul Tab B ${round}`;
    // Even rounds: both tabs retitle the same box (a real conflict). Odd rounds: different boxes.
    await prepareRetitle(page, round % 2 ? kasiA : sekcam, a);
    await prepareRetitle(other, round % 2 ? kasiB : sekcam, b);
    await Promise.all([page.locator('[data-field="title"]').press('Enter'), other.locator('[data-field="title"]').press('Enter')]);
    await waitSaved(page);
    await waitSaved(other);

    const stored = async () => (await storedProject(page, id)).structure.positions;
    for (const tab of [page, other]) {
      await tab.bringToFront();
      const mismatch = async () => {
        const want = Object.fromEntries((await stored()).map((p) => [p.id, p.title]));
        const got = await drawnPositions(tab);
        return [...new Set([...Object.keys(want), ...Object.keys(got)])].filter((k) => want[k] !== got[k]).map((k) => `${k}: disimpan ${want[k]} / tampil ${got[k]}`);
      };
      await expect.poll(mismatch, { timeout: 15_000, message: `putaran ${round}, ${tab === page ? 'tab A' : 'tab B'}` }).toEqual([]);
    }
    const titles = (await stored()).map((p) => p.title);
    // An edit that is not in storage was refused or replaced by the other tab: its tab says so.
    if (!titles.includes(a)) await expect(page.getByTestId('notice')).toContainText('tab lain');
    if (!titles.includes(b)) await expect(other.getByTestId('notice')).toContainText('tab lain');
    // Different boxes: at least one edit landed; the same box: exactly one of the two titles is there.
    if (round % 2) expect(titles.includes(a) || titles.includes(b)).toBe(true);
    else expect(Number(titles.includes(a)) + Number(titles.includes(b))).toBe(1);
  }
  // Whatever happened, the tabs keep working on one shared state.
  await prepareRetitle(other, kasiA, 'Judul Terakhir');
  await other.locator('[data-field="title"]').press('Enter');
  await page.bringToFront();
  await expect(box(page, 'Judul Terakhir')).toBeVisible();
});
