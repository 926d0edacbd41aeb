// Static-app hardening (issue 8): the app talks to nobody but its own origin, carries a CSP without
// inline script or eval, and keeps working with the network gone once it has been opened.
import { expect, test } from '@playwright/test';
import { newBlankProject, addUnitFromTemplate, box } from './helpers.ts';

test('no request leaves the app origin while using it', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(r.url());
  });
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Dinas');
  await expect(box(page, 'Kepala Dinas').first()).toBeVisible();
  await page.goto('/');
  expect(foreign).toEqual([]);
});

test('the page declares a strict Content-Security-Policy (no inline script, no eval, no remote origin)', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  const scriptSrc = /script-src ([^;]+)/.exec(csp!)![1];
  expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/object-src 'none'/);
});

test('works offline after the first visit (service worker)', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The page that installed the worker is not controlled until the next load.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: /Bagan baru/ })).toBeVisible();
  await page.getByRole('button', { name: /Bagan baru/ }).click();
  await page.waitForURL(/\/edit\?id=/);
  await expect(page.getByText('Bagan ini masih kosong.')).toBeVisible();
  await context.setOffline(false);
});

test('the service worker installs after the first chart, not during its layout', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Bagan baru/ })).toBeVisible();
  // Not at load: its install (precaching and compiling every script) would compete with the first layout.
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))).toBe(false);
  await newBlankProject(page);
  await addUnitFromTemplate(page, 'Dinas');
  await expect(box(page, 'Kepala Dinas').first()).toBeVisible();
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), { timeout: 10_000 }).toBe(true);
});
