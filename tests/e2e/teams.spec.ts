// Tim Kerja, cross-unit penugasan and mechanism flows (issue 6), through what a user sees and clicks.
import { expect, test, type Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { readFile } from 'node:fs/promises';
import { dragOnto } from './helpers.ts';

const VARIANTS = ['cilegon-2023-17', 'karanganyar-2023-50', 'pangkalpinang-2023-51', 'sambas-2024-18', 'tabanan-2023-107'];

async function openSample(page: Page, variant: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Kabupaten Contoh/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await page.getByTestId('variant-picker').selectOption(variant);
  await expect(page.locator('svg.chart [data-position]').first()).toBeAttached({ timeout: 30_000 });
}

async function pick(page: Page, pickerTestId: string, query: string, id: string): Promise<void> {
  const picker = page.getByTestId(pickerTestId);
  await picker.getByRole('searchbox').fill(query);
  await picker.locator(`[data-pick="${id}"]`).click();
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
/** Members whose bundled branch runs into `hub` on the chart's team layer. */
const branchSources = (page: Page, hub: string) => page.locator(`svg.chart g.team .team-branch[data-to="${hub}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-from') ?? ''));
const teamCodes = (page: Page) => page.locator('[aria-label="Temuan tim"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());

test('a cross-unit Tim Kerja in the sample: members from two Perangkat Daerah, team lines, Ketua warnings per variant', async ({ page }) => {
  await openSample(page, 'pangkalpinang-2023-51');
  await tab(page, 'Tim');
  const panel = page.getByTestId('teams-panel');
  await panel.getByRole('button', { name: 'Tampilkan garis tim' }).click();
  await panel.getByRole('button', { name: '+ Tim Kerja baru' }).click();
  const editor = page.getByTestId('team-editor');
  await editor.locator('[data-field="teamName"]').fill('Tim Kerja Satu Data');
  await editor.locator('[data-field="teamName"]').press('Enter');
  await editor.locator('[data-field="teamOwner"]').selectOption({ label: 'Dinas Komunikasi dan Informatika' });
  await editor.locator('[data-field="teamDecree"]').fill('Keputusan Kepala Dinas Komunikasi dan Informatika Nomor 100/12/2025');
  await editor.locator('[data-field="teamDecree"]').press('Enter');

  const prakom = 'diskominfo-bid-aptika-prakom-muda';
  const perencana = 'bappeda-sek-perencana-madya';
  await pick(page, 'member-picker', 'Pranata Komputer Ahli Muda', prakom);
  await pick(page, 'member-picker', 'Perencana Ahli Madya Perencanaan', perencana);
  await expect(editor.locator('[data-member]')).toHaveCount(2);
  await expect(editor.locator(`[data-member="${perencana}"]`)).toContainText('lintas unit');
  // The members, from two Perangkat Daerah, highlighted together on the chart.
  await page.getByRole('button', { name: 'Tandai anggota di bagan' }).click();
  await expect(page.locator('svg.chart .selected[data-position]')).toHaveCount(2);
  await expect(page.locator(`svg.chart .selected[data-position="${perencana}"]`)).toHaveCount(1);

  // The Perencana from Bappeda as Ketua: Pasal 10 ayat (5) Perwako Pangkal Pinang 51/2023 (seed 000, L193)
  // prefers a Ketua from the owner unit, so the check and the ranking both warn.
  await editor.locator('[data-field="teamLead"]').selectOption(perencana);
  await expect.poll(() => branchSources(page, perencana)).toContain(prakom);
  await expect.poll(() => teamCodes(page)).toEqual(['KETUA_NOT_PREFERRED', 'TEAM_LEAD_OUTSIDE_OWNER']);
  await expect(page.getByTestId('ketua-candidates').locator('[data-candidate]').first()).toHaveAttribute('data-candidate', prakom);
  await expect(page.getByTestId('ketua-candidates').locator('[data-candidate]').first()).toContainText('dari unit pemilik kinerja');

  // Sambas 18/2024 Pasal 10 ayat (6) has the owner unit only as a Ketua preference, no separate check.
  await page.getByTestId('variant-picker').selectOption('sambas-2024-18');
  await expect.poll(() => teamCodes(page)).toEqual(['KETUA_NOT_PREFERRED']);

  // Taking the ranked first candidate clears the warning; the team lines now go into the new Ketua.
  await page.getByTestId('ketua-candidates').locator(`[data-candidate="${prakom}"] button`).click();
  await expect.poll(() => teamCodes(page)).toEqual([]);
  await expect.poll(() => branchSources(page, prakom)).toContain(perencana);

  // Undo restores the previous Ketua.
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(editor.locator('[data-field="teamLead"]')).toHaveValue(perencana);

  // One position in several teams: the Perencana (still selected) is in the sample's RPJMD team too.
  await page.getByRole('button', { name: '← Semua tim' }).click();
  const picked = page.getByTestId('picked-teams');
  await expect(picked).toContainText('anggota Tim Kerja Satu Data (Ketua)');
  await expect(picked).toContainText('anggota Tim Kerja Penyusunan RPJMD');
});

test('drag a box from another Perangkat Daerah into the sample\'s cross-unit team: grouped team lines, findings per variant, export', async ({ page }) => {
  await openSample(page, 'tabanan-2023-107');
  await tab(page, 'Tim');
  const panel = page.getByTestId('teams-panel');
  await panel.getByRole('button', { name: 'Tampilkan garis tim' }).click();
  await panel.locator('[data-team-open="tim-digital"]').click();
  const editor = page.getByTestId('team-editor');
  const team = page.locator('svg.chart g.team[data-team="tim-digital"]');
  // Grouped: one halo and badge per member (Setda, Diskominfo, Disdukcapil), one trunk into the Ketua;
  // the six other teams of the sample dim while this one is open.
  await expect(team.locator('.team-halo')).toHaveCount(3);
  await expect(team.locator('.team-trunk')).toHaveCount(1);
  await expect(team.locator('.team-trunk')).toHaveAttribute('data-to', 'diskominfo-bid-aptika-prakom-muda');
  await expect(team.locator('.team-branch')).toHaveCount(2);
  await expect(team.locator('.team-badge', { hasText: 'Ketua TDPP' })).toHaveCount(1);
  await expect(page.locator('svg.chart g.team.dim')).toHaveCount(6);

  // Drag the Perencana of Bappeda from the chart onto the open team.
  const perencana = 'bappeda-sek-perencana-madya';
  const drop = editor.getByTestId('team-drop');
  await drop.scrollIntoViewIfNeeded();
  await page.keyboard.press('/');
  await page.getByTestId('search').fill('Perencana Ahli Madya');
  await page.getByRole('button', { name: /Perencana Ahli Madya\s+Badan Perencanaan/ }).first().click();
  const box = page.locator(`svg.chart [data-position="${perencana}"]`);
  await expect(box).toBeInViewport();
  const at = await box.boundingBox();
  await dragOnto(page, box, drop);
  await expect(editor.locator(`[data-member="${perencana}"]`)).toContainText('lintas unit');
  await expect(editor.getByTestId('team-drop-message')).toContainText('ditambahkan');
  await expect(team.locator('.team-halo')).toHaveCount(4);
  await expect(team.locator('.team-trunk')).toHaveCount(1);
  await expect(team.locator(`.team-branch[data-from="${perencana}"]`)).toHaveCount(1);
  await expect(team.locator('.team-knot').first()).toBeAttached();
  // Neither panned by the drag nor moved by the team layer: the box is where it was.
  expect(await box.boundingBox()).toEqual(at);

  // Dropping a member again changes nothing and says so.
  await dragOnto(page, box, drop);
  await expect(editor.getByTestId('team-drop-message')).toContainText('sudah anggota');
  await expect(editor.locator('[data-member]')).toHaveCount(4);
  // Undoable like any edit.
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(editor.locator('[data-member]')).toHaveCount(3);
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(team.locator('.team-halo')).toHaveCount(4);

  // Another variant reads the same team differently: Karanganyar 50/2023 wants a remaining Pengawas as
  // Ketua, the Pranata Komputer is not one.
  await expect.poll(() => teamCodes(page)).toEqual(['KETUA_NOT_PREFERRED', 'TEAM_LEAD_OUTSIDE_OWNER']);
  await page.getByTestId('variant-picker').selectOption('karanganyar-2023-50');
  await expect.poll(() => teamCodes(page)).toEqual(['KETUA_NOT_PREFERRED', 'TEAM_LEAD_NOT_PENGAWAS', 'TEAM_LEAD_OUTSIDE_OWNER']);
  await expect(team.locator('.team-halo')).toHaveCount(4);
  await expect(team.locator('.team-trunk')).toHaveCount(1);

  // The trunk stands for the bundled lines: a click on it explains them with their basis.
  await editor.locator('[data-member="diskominfo-bid-aptika-prakom-muda"] button.link-button').click();
  // (A straight stroke has a flat box, which Playwright counts as invisible; the click still hits it.)
  await team.locator('path.edge-hit').last().click({ force: true });
  await expect(page.getByRole('tab', { name: 'Mengapa?' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Anggota melaporkan pelaksanaan tugas kepada Ketua Tim').first()).toBeVisible();

  // The export carries the team group and a legend row naming it.
  await page.getByRole('button', { name: 'Ekspor gambar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor gambar' });
  await dialog.locator('[data-field="exportUnit"]').selectOption('');
  await dialog.locator('[data-field="paper"]').selectOption('asli');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Unduh SVG' }).click()]);
  const svg = await readFile((await download.path())!, 'utf8');
  expect(XMLValidator.validate(svg)).toBe(true);
  const group = svg.match(/<g class="team" data-team="tim-digital">.*?<\/g><\/g>(?=<g class="team" |<\/g>)/)?.[0] ?? '';
  expect([...group.matchAll(/class="team-halo"/g)]).toHaveLength(4);
  expect([...group.matchAll(/class="team-trunk"/g)]).toHaveLength(1);
  expect(svg).toMatch(/<g class="legend-team" data-team="tim-digital">/);
  expect(svg).toContain('>Tim Kerja Transformasi Digital Pelayanan Publik</text>');
});

test('screenshot: the team layer on the sample\'s cross-unit team', async ({ page }) => {
  await openSample(page, 'tabanan-2023-107');
  await page.locator('[data-layer-toggle="rating"]').setChecked(false);
  await tab(page, 'Tim');
  const panel = page.getByTestId('teams-panel');
  await panel.getByRole('button', { name: 'Tampilkan garis tim' }).click();
  await panel.locator('[data-team-open="tim-digital"]').click();
  const team = page.locator('svg.chart g.team[data-team="tim-digital"]');
  await expect(team.locator('.team-trunk')).toHaveCount(1);
  // Centred on the Ketua, as a click on its name in the member list does.
  const ketua = 'diskominfo-bid-aptika-prakom-muda';
  await page.getByTestId('team-editor').locator(`[data-member="${ketua}"] button.link-button`).click();
  await expect(page.locator(`svg.chart .selected[data-position="${ketua}"]`)).toHaveCount(1);
  const halo = team.locator(`.team-halo[data-member="${ketua}"]`);
  await expect(halo).toBeInViewport();
  const b = (await halo.boundingBox())!;
  await expect(page).toHaveScreenshot('team-layer-tim-digital.png', { clip: { x: Math.round(b.x - 260), y: Math.round(b.y - 240), width: Math.round(b.width + 520), height: Math.round(b.height + 440) } });
});

test('a cross-unit penunjukan walked to "surat penugasan terbit", its flow exported, its letters drafted', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSample(page, 'karanganyar-2023-50');
  await tab(page, 'Penugasan');
  const staff = 'diskominfo-bid-aptika-prakom-muda';
  await pick(page, 'assignee-picker', 'Pranata Komputer Ahli Muda', staff);
  const editor = page.getByTestId('assignment-editor');
  await editor.locator('[data-field="assignmentOwner"]').selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil' });
  await expect(editor).toContainText('lintas Unit Organisasi');

  // An incomplete permohonan is refused with the four contents named.
  await editor.getByRole('button', { name: 'Ajukan' }).click();
  await expect(editor.getByTestId('advance-refused')).toContainText('maksud dan tujuan');
  const contents = { purpose: 'Integrasi data kependudukan ke Satu Data', competence: 'Integrasi basis data', target: 'Layanan integrasi data beroperasi', duration: '4 bulan' };
  for (const [field, value] of Object.entries(contents)) {
    await editor.locator(`[data-field="${field}"]`).fill(value);
    await editor.locator(`[data-field="${field}"]`).blur();
  }
  for (const [button, status] of [['Ajukan', 'diajukan'], ['Setujui', 'disetujui'], ['Terbitkan surat penugasan', 'terbit']] as const) {
    await editor.getByRole('button', { name: button, exact: true }).click();
    await expect(editor).toHaveAttribute('data-status', status);
  }
  await expect(editor.getByTestId('assignment-status')).toContainText('Surat penugasan terbit');
  await expect(editor.locator('[data-field="purpose"]')).toBeDisabled();

  // Letters: the draft carries the contents; "Salin" puts it on the clipboard.
  const letter = editor.getByTestId('letter-permohonan');
  await letter.locator('summary').click();
  await expect(letter.locator('textarea')).toHaveValue(/Integrasi data kependudukan ke Satu Data/);
  await letter.getByRole('button', { name: 'Salin' }).click();
  await expect(letter.getByRole('button', { name: 'Tersalin' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Perihal: Permohonan Pelibatan');

  // The flow: lanes are this structure's officials; exported as SVG and PNG.
  await editor.getByRole('button', { name: 'Lihat alur mekanisme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alur mekanisme penugasan' });
  await expect(dialog.locator('g.lane').first()).toContainText(/Kepala Dinas Kependudukan dan\s*Pencatatan Sipil/);
  await expect(dialog.locator('g.step')).toHaveCount(5);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Unduh SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).toContain('Peraturan Bupati Karanganyar Nomor 50 Tahun 2023');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Unduh PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await pngDownload.path())!);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
});

test('a path the variant forbids is refused with its citation (sukarela lintas instansi, Karanganyar)', async ({ page }) => {
  await openSample(page, 'karanganyar-2023-50');
  await tab(page, 'Penugasan');
  await pick(page, 'assignee-picker', 'Pranata Komputer Ahli Muda', 'diskominfo-bid-aptika-prakom-muda');
  const editor = page.getByTestId('assignment-editor');
  await editor.locator('[data-field="assignmentOwner"]').selectOption({ label: 'Instansi lain…' });
  await editor.getByLabel('Pengajuan sukarela').check();
  const refused = editor.getByTestId('assignment-refused');
  await expect(refused).toContainText('Pengajuan sukarela lintas Instansi tidak dimungkinkan');
  await expect(refused.locator('blockquote')).not.toBeEmpty();
  await expect(editor.getByRole('button', { name: 'Ajukan' })).toHaveCount(0);
});

for (const variant of VARIANTS)
  test(`flow figure of the sample's cross-unit penunjukan, ${variant}`, async ({ page }) => {
    await openSample(page, variant);
    await tab(page, 'Penugasan');
    await page.locator('[data-assignment-open="penugasan-aptika-dukcapil"]').click();
    await page.getByRole('button', { name: 'Lihat alur mekanisme' }).click();
    const figure = page.getByTestId('flow-figure').locator('svg');
    await expect(figure).toBeVisible();
    await expect(figure).toHaveScreenshot(`flow-${variant}.png`);
  });
