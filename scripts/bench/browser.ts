// Browser figures (issue 7), measured by playwright in Debian's chromium on the static build, never
// estimated: initial JavaScript (gzip of what the home page really loads, against all of the app's JS),
// first paint (the paint timing entries), opening the sample and a 10,000-position project through the
// app's own "Buka berkas…" import (to the chart drawn), pan/zoom frame times (rAF timestamps in the page
// during real mouse drags and wheel zooms), edit-to-repaint (rename in the Inspector to the DOM showing
// it, then the next frame), and JS heap after GC. Chart figures are taken with level of detail on and,
// as the baseline in the same run, with `?lod=off` (every box a full component).
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { largestOpd } from './layout.ts';
import { plainElkThisRun, type PlainElk } from './same-run.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
/**
 * `BENCH_BROWSER_BUILD=<dir>`: measure a copy of the static build in that directory (served as files,
 * like any static host), not `build/`: on a machine where others rebuild `build/`, a copy made under
 * the shared lock cannot change in the middle of a run.
 */
const OWN_BUILD = process.env.BENCH_BROWSER_BUILD;
const BUILD = OWN_BUILD ?? join(ROOT, 'build');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'];

/** How long a chart may take to appear before its figures are reported as not measured. */
const DRAW_TIMEOUT = Number(process.env.BENCH_DRAW_TIMEOUT_MS ?? 240_000);

const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] : NaN);

function row(name: string, ours: string, baseline?: { name: string; value: string; ratio?: number }, target?: string): void {
  const ratio = baseline ? `  vs ${baseline.name} ${baseline.value}${baseline.ratio !== undefined && Number.isFinite(baseline.ratio) ? ` (${baseline.ratio.toFixed(1)}×)` : ''}` : '';
  console.log(`${name.padEnd(58)}${ours.padStart(11)}${ratio}${target ? `  [target ${target}]` : ''}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuild(): void {
  const index = join(BUILD, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  console.log('  (building the static app: vite build)');
  execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('vite preview tidak menyala');
}

const MIME: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/** The static build in `dir` as files; unknown paths get the app's fallback page (adapter-static `fallback`). */
function serveStatic(dir: string, port: number): Promise<{ close: () => void }> {
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidates = [join(dir, path), join(dir, path, 'index.html'), join(dir, `${path}.html`), join(dir, 'index.html')];
    const file = candidates.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile())!;
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, () => resolve({ close: () => server.close() })));
}

function allAppJs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.js')) out.push(p);
    }
  };
  walk(join(BUILD, '_app'));
  return out;
}

/** Plain ELK of the same chart, every position a node, measured by the layout part of this run (Node). */
function elkBaseline(elk: PlainElk | undefined, ours: number): { name: string; value: string; ratio: number } | undefined {
  if (!elk) return undefined;
  return { name: `plain ELK, every position a node (Node, this run${elk.capped ? '; stopped at the cap: lower bound' : ''})`, value: ms(elk.ms), ratio: elk.ms / ours };
}

/** First contentful paint of the home page in a fresh context; with `eager`, every app script is preloaded. */
async function firstPaint(browser: Browser, base: string, eager: readonly string[] | null, onScript?: (r: Response) => void): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    if (onScript) page.on('response', (r) => (r.request().resourceType() === 'script' || r.url().endsWith('.js') ? onScript(r) : undefined));
    if (eager)
      // The naive start: the page asks for all of the app's JavaScript up front (as one bundle would),
      // not just what the home page imports; workers stay out (they are not page scripts).
      await page.route(`${base}/`, async (route) => {
        const res = await route.fetch();
        const links = eager.map((f) => `<link rel="modulepreload" href="/${f}">`).join('');
        await route.fulfill({ response: res, body: (await res.text()).replace('<head>', `<head>${links}`) });
      });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    // Strings, not functions, in page.evaluate: tsx's name helpers do not exist in the page.
    return (await page.evaluate(`(() => {
      const e = performance.getEntriesByType('paint').find((x) => x.name === 'first-contentful-paint') ?? performance.getEntriesByType('paint')[0];
      return e ? e.startTime : NaN;
    })()`)) as number;
  } finally {
    await context.close();
  }
}

async function startup(browser: Browser, base: string): Promise<void> {
  const paints: number[] = [];
  const eagerPaints: number[] = [];
  let jsGzip = 0;
  const scripts: string[] = [];
  const eager = allAppJs()
    .map((f) => f.slice(BUILD.length + 1))
    .filter((f) => !/worker/i.test(f));
  // Taken turn about, so both see the same machine.
  for (let i = 0; i < 3; i++) {
    const bodies: Promise<number>[] = [];
    paints.push(
      await firstPaint(browser, base, null, (r) => {
        if (i === 0) scripts.push(r.url());
        bodies.push(r.body().then((b) => gzipSync(b).length, () => 0));
      })
    );
    const sizes = await Promise.all(bodies);
    if (i === 0) jsGzip = sizes.reduce((a, b) => a + b, 0);
    eagerPaints.push(await firstPaint(browser, base, eager));
  }
  const all = allAppJs().reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  row('first contentful paint, home page (median of 3)', ms(median(paints)), { name: 'all app JS preloaded', value: ms(median(eagerPaints)), ratio: median(eagerPaints) / median(paints) }, '< 1 s');
  row(`initial JavaScript, gzip (${scripts.length} files)`, kb(jsGzip), { name: 'all app JS eagerly', value: kb(all), ratio: all / jsGzip }, '< 250 KB');
}

/** Opens a structure through the home page's "Buka berkas…" and waits for the chart; ms to drawn. */
export async function openStructure(page: Page, base: string, s: Structure, name: string): Promise<{ ms: number; url: string }> {
  await page.goto(`${base}/`);
  const input = page.locator('input[type="file"][accept=".json,application/json"]').first();
  await input.waitFor({ state: 'attached' });
  const t0 = Date.now();
  await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) });
  await page.waitForURL(/\/edit\?id=/, { timeout: 120_000 });
  await page.locator('svg.chart g.unit-frame').first().waitFor({ state: 'attached', timeout: DRAW_TIMEOUT });
  return { ms: Date.now() - t0, url: page.url() };
}

/** Real drags and wheel zooms over the chart; per frame: rAF interval and rAF-to-after-render work. */
async function panZoom(page: Page): Promise<{ interval: number; work: number; frames: number }> {
  const svg = (await page.locator('svg.chart').boundingBox())!;
  // The timeout queued in a rAF callback runs after that frame's style, layout and paint: the difference
  // is the frame's main-thread work; rAF-to-rAF is the frame interval (vsync-paced when smooth).
  await page.evaluate(`(() => {
    const w = window;
    w.__rec = true;
    w.__t = [];
    w.__work = [];
    const loop = (t) => {
      if (!w.__rec) return;
      w.__t.push(t);
      const start = performance.now();
      setTimeout(() => w.__work.push(performance.now() - start), 0);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  // Pan from a point near the corner (background or a unit frame: d3-zoom pans from there).
  const x = svg.x + 12;
  const y = svg.y + svg.height - 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(x + i * 12, y - i * 6);
  for (let i = 30; i >= 0; i--) await page.mouse.move(x + i * 12, y - i * 6);
  await page.mouse.up();
  await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120);
  await page.waitForTimeout(200);
  const { t, work } = (await page.evaluate(`(() => {
    window.__rec = false;
    return { t: window.__t, work: window.__work };
  })()`)) as { t: number[]; work: number[] };
  const intervals = t.slice(1).map((v, i) => v - t[i]);
  return { interval: p95(intervals), work: p95(work), frames: t.length };
}

/** Rename a visible position in the Inspector; time until the chart's DOM shows it and a frame is drawn. */
export async function editToRepaint(page: Page): Promise<number> {
  const svg = (await page.locator('svg.chart').boundingBox())!;
  // Zoom in at the centre until boxes with titles are in the DOM (far out there are only shapes). The
  // canvas redraws a wheel zoom once the gesture rests (ChartCanvas GESTURE_REST_MS), so wait past it.
  for (let i = 0; i < 40 && (await page.locator('svg.chart g.box[data-position][data-title], svg.chart g.row[data-position]').count()) === 0; i++) {
    await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(250);
  }
  // An official's box inside the chart's on-screen area (virtualisation keeps some just off screen).
  const at = (await page.evaluate(`(() => {
    const svg = document.querySelector('svg.chart').getBoundingClientRect();
    for (const el of document.querySelectorAll('svg.chart g.box.official[data-position], svg.chart rect.box[data-position]')) {
      const r = el.getBoundingClientRect();
      if (r.width > 4 && r.left > svg.left + 10 && r.top > svg.top + 10 && r.right < svg.right - 10 && r.bottom < svg.bottom - 10) return { x: r.left + r.width / 2, y: r.top + Math.min(10, r.height / 2) };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!at) return NaN;
  await page.mouse.click(at.x, at.y);
  const title = page.locator('[data-field="title"]');
  await title.waitFor({ timeout: 10_000 });
  const samples: number[] = [];
  const layouts = () => page.evaluate(`performance.getEntriesByName('bagan:layout').length`) as Promise<number>;
  for (let i = 0; i < 5; i++) {
    // Each rename on a settled chart: the previous one's recompute and layout (after its repaint, in the
    // background) must not be counted in this one's repaint, as it would not be for someone typing.
    const before = await layouts();
    const text = `Jabatan Uji Bench ${i} ${Date.now() % 1000}`;
    const took = (await page.evaluate(`new Promise((resolve) => {
      const text = ${JSON.stringify(text)};
      const chart = document.querySelector('svg.chart');
      const input = document.querySelector('[data-field="title"]');
      const t0 = performance.now();
      const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      const seen = () => chart.querySelector('[data-title="' + CSS.escape(text) + '"]') !== null || (chart.textContent || '').includes(text);
      const mo = new MutationObserver(() => {
        if (seen()) {
          mo.disconnect();
          done();
        }
      });
      mo.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
      input.value = text;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      setTimeout(() => {
        mo.disconnect();
        resolve(NaN);
      }, 60000);
    })`)) as number;
    samples.push(took);
    for (let t = 0; t < 300 && (await layouts()) <= before; t++) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
  }
  return median(samples.filter((x) => Number.isFinite(x)));
}

/** One top-level unit with its sub-units, as its own structure (the "one OPD" case). */
export function onlyUnit(s: Structure, top: string): Structure {
  const keep = new Set<string>([top]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of s.units) if (u.parent !== null && keep.has(u.parent) && !keep.has(u.id)) (keep.add(u.id), (grew = true));
  }
  const positions = s.positions.filter((p) => keep.has(p.unit)).map((p) => (p.parent && !s.positions.some((q) => q.id === p.parent && keep.has(q.unit)) ? { ...p, parent: null } : p));
  const ids = new Set(positions.map((p) => p.id));
  return { ...s, title: 'OPD', units: s.units.filter((u) => keep.has(u.id)).map((u) => (u.id === top ? { ...u, parent: null } : u)), positions, teams: s.teams.filter((t) => keep.has(t.owner)).map((t) => ({ ...t, members: t.members.filter((m) => ids.has(m)), lead: t.lead && ids.has(t.lead) ? t.lead : null })), assignments: [] };
}

/**
 * Layout + routing durations the editor records (performance.measure 'bagan:layout', around
 * LayoutSession.request only: no Svelte rendering inside), median. Opening a file lays it out once, so on a
 * freshly opened chart this is that one layout — the first run of the layout and routing code in the tab,
 * i.e. mostly V8 compiling it (profiled: the span is layout + routing only, no effects interleaved, no ELK
 * worker started for tree units). Node's "cold (editor opens)" row times warm code on an empty cache; its
 * browser counterpart is reopenedLayout below.
 */
async function layoutMeasure(page: Page): Promise<number> {
  const d = (await page.evaluate(`performance.getEntriesByName('bagan:layout').map((e) => e.duration)`)) as number[];
  return d.length ? median(d) : NaN;
}

/**
 * The same layout with the code already compiled: the structure opened, then opened again `times` times in
 * the same tab (back to the start page in the app, "Buka berkas…" again) with every id renamed, so that no
 * cached block, line or route applies — as cold a cache as the first open, but warm JIT. Median of the reopens.
 */
export async function reopenedLayout(browser: Browser, base: string, s: Structure, times = 3): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    await openStructure(page, base, s, 'reopen-0.json');
    const ids = new Set<string>([...s.positions.map((p) => p.id), ...s.units.map((u) => u.id), ...s.teams.map((t) => t.id)]);
    const durations: number[] = [];
    for (let k = 1; k <= times; k++) {
      const before = await layoutMeasureCount(page);
      await page.goBack();
      const input = page.locator('input[type="file"][accept=".json,application/json"]').first();
      await input.waitFor({ state: 'attached' });
      // Only reference fields: a unit id may also be a unit type's name ("rsud").
      const renamed = JSON.stringify(s, (key, v) => (typeof v === 'string' && key !== 'type' && ids.has(v) ? `${v}~${k}` : v));
      await input.setInputFiles({ name: `reopen-${k}.json`, mimeType: 'application/json', buffer: Buffer.from(renamed) });
      await page.waitForURL(/\/edit\?id=/, { timeout: 120_000 });
      for (let t = 0; t < 600 && (await layoutMeasureCount(page)) <= before; t++) await page.waitForTimeout(100);
      const d = (await page.evaluate(`performance.getEntriesByName('bagan:layout').map((e) => e.duration)`)) as number[];
      if (d.length > before) durations.push(d[before]);
      await page.waitForTimeout(300);
    }
    return durations.length ? median(durations) : NaN;
  } finally {
    await context.close();
  }
}

/**
 * The first open's layout measure, median over `tabs` fresh contexts. A fresh context is also the app's
 * first visit: its service worker installs meanwhile and Chromium compiles every script it caches (tens
 * of ms of CPU on another thread, profiled), which on a 2-core machine competes with the layout. With
 * `serviceWorkers: 'block'` that install is left out, so the two figures show how much of the first
 * open is the layout code itself.
 */
export async function firstOpenLayout(browser: Browser, base: string, s: Structure, tabs: number, serviceWorkers: 'allow' | 'block'): Promise<number> {
  const durations: number[] = [];
  for (let k = 0; k < tabs; k++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers });
    try {
      const page = await context.newPage();
      await openStructure(page, base, s, `first-${k}.json`);
      for (let t = 0; t < 100 && (await layoutMeasureCount(page)) === 0; t++) await page.waitForTimeout(100);
      const d = (await page.evaluate(`performance.getEntriesByName('bagan:layout').map((e) => e.duration)`)) as number[];
      if (d.length) durations.push(d[0]);
    } finally {
      await context.close();
    }
  }
  return durations.length ? median(durations) : NaN;
}

const layoutMeasureCount = (page: Page) => page.evaluate(`performance.getEntriesByName('bagan:layout').length`) as Promise<number>;

async function heapAfterGc(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m: { name: string; value: number }) => m.name === n)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

interface Figures {
  open: number;
  layout: number;
  pan: { interval: number; work: number; frames: number };
  edit: number;
  heap: number;
  nodes: number;
}

/** The chart's figures with level of detail as the app chooses it, then with `?lod=off` (baseline). */
async function chartFigures(browser: Browser, base: string, label: string, s: Structure): Promise<{ on: Figures; off: Figures }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    const opened = await openStructure(page, base, s, `${label}.json`);
    const on = await figuresOfOpenChart(page, opened.ms);
    const t0 = Date.now();
    await page.goto(opened.url + '&lod=off');
    await page.locator('svg.chart g.unit-frame').first().waitFor({ state: 'attached', timeout: DRAW_TIMEOUT });
    const off = await figuresOfOpenChart(page, Date.now() - t0);
    return { on, off };
  } finally {
    await context.close();
  }
}

async function figuresOfOpenChart(page: Page, openMs: number): Promise<Figures> {
  {
    await page.waitForTimeout(500);
    const layout = await layoutMeasure(page);
    const pan = await panZoom(page);
    const mem = await heapAfterGc(page);
    const edit = await editToRepaint(page).catch(() => NaN);
    return { open: openMs, layout, pan, edit, heap: mem.heap, nodes: mem.nodes };
  }
}

export async function run({ sample, big }: { sample: Structure; big: Structure }): Promise<void> {
  if (process.env.BENCH_SKIP_BROWSER) return;
  if (!existsSync(CHROMIUM)) {
    console.log(`\n== Browser: skipped (${CHROMIUM} missing; apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('@playwright/test');
  if (!OWN_BUILD) ensureBuild();
  const started = Date.now();
  const progress = (what: string) => process.stderr.write(`  (browser bench ${((Date.now() - started) / 1000).toFixed(0)} s: ${what})\n`);
  const port = await freePort();
  const preview = OWN_BUILD ? await serveStatic(OWN_BUILD, port) : await startPreview(port);
  const base = `http://localhost:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    console.log('\n== Browser (chromium, static build)');
    await startup(browser, base);
    const opd = largestOpd(sample);
    for (const [label, s] of [
      [`one OPD (${opd.positions})`, onlyUnit(sample, opd.id)],
      [`sample (${sample.positions.length})`, sample],
      [`${big.positions.length} positions`, big]
    ] as const) {
      let on: Figures, off: Figures;
      progress(label);
      try {
        ({ on, off } = await chartFigures(browser, base, label, s));
      } catch (e) {
        // Reported, not hidden: the rest of the bench still runs.
        row(`open ${label} via Buka berkas → chart drawn`, 'NOT MEASURED', undefined, `${(e as Error).message.split('\n')[0].slice(0, 80)}`);
        continue;
      }
      row(`open ${label} via Buka berkas → chart drawn`, ms(on.open));
      const elk = plainElkThisRun.get(label.startsWith('one OPD') ? 'opd' : label.startsWith('sample') ? 'sample' : 'big');
      row(`layout + routing in the editor (first open), ${label}`, ms(on.layout), elkBaseline(elk, on.layout), label.startsWith('one OPD') ? '< 50 ms' : label.startsWith('sample') ? undefined : '< 1 s');
      if (label.startsWith('one OPD')) {
        const warm = await reopenedLayout(browser, base, s).catch(() => NaN);
        row(`  same, reopened in the tab (JIT warm, cache cold), ${label}`, ms(warm), { name: 'first open', value: ms(on.layout), ratio: on.layout / warm });
        const fresh = await firstOpenLayout(browser, base, s, 5, 'allow').catch(() => NaN);
        const noSw = await firstOpenLayout(browser, base, s, 5, 'block').catch(() => NaN);
        row(`  first open, median of 5 fresh tabs, ${label}`, ms(fresh), elkBaseline(elk, fresh), '< 50 ms');
        row(`  same, service worker blocked (no first-visit install)`, ms(noSw), { name: 'with the install', value: ms(fresh), ratio: fresh / noSw });
      }
      row(`pan/zoom frame work p95, ${label}`, ms(on.pan.work), { name: 'LOD off', value: ms(off.pan.work), ratio: off.pan.work / on.pan.work }, '< 16 ms');
      row(`pan/zoom frame interval p95, ${label} (${on.pan.frames} frames)`, ms(on.pan.interval), { name: 'LOD off', value: ms(off.pan.interval), ratio: off.pan.interval / on.pan.interval });
      row(`edit-to-repaint (rename), ${label}`, ms(on.edit), { name: 'LOD off', value: ms(off.edit), ratio: off.edit / on.edit }, '< 100 ms');
      row(`JS heap after GC, ${label}`, `${(on.heap / 2 ** 20).toFixed(0)} MB`, { name: 'LOD off', value: `${(off.heap / 2 ** 20).toFixed(0)} MB` }, '< 300 MB');
      row(`DOM nodes, ${label}`, String(on.nodes), { name: 'LOD off', value: String(off.nodes), ratio: off.nodes / on.nodes });
    }
  } finally {
    await browser.close();
    if ('close' in preview) preview.close();
    else if (preview.pid) process.kill(-preview.pid);
  }
}
