// Browser figures (issue 3), in Debian's chromium on the built app (`vite build` first; the bench starts
// `vite preview` itself): layout in the worker as the editor sees it, edit-to-repaint, and pan/zoom
// frame time, for one OPD (~150 positions) and for the whole sample kabupaten.
import { existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { printRows, type Row, type Timing } from './measure.ts';
import { largestOpd } from './layout.ts';

const PORT = 4179;
const URL_BASE = `http://localhost:${PORT}`;

function timing(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { medianMs: s[Math.floor(s.length / 2)] ?? NaN, minMs: s[0] ?? NaN, runs: s.length };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview tidak menjawab');
}

function onlyUnit(s: Structure, top: string): Structure {
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

export async function run({ sample }: { sample: Structure }): Promise<void> {
  if (!existsSync('/usr/bin/chromium') || !existsSync('.svelte-kit/output/server/manifest.js')) {
    console.log('\n== Browser (chromium): dilewati — perlu /usr/bin/chromium dan `vite build` lebih dulu');
    return;
  }
  const { chromium } = await import('@playwright/test');
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    await waitForServer();
    const opd = largestOpd(sample);
    const cases: [string, Structure][] = [
      [`one OPD (${opd.positions} positions)`, onlyUnit(sample, opd.id)],
      [`whole sample (${sample.positions.length} positions)`, sample]
    ];
    const rows: Row[] = [];
    for (const [label, structure] of cases) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(URL_BASE + '/');
      await page.getByRole('button', { name: /Bagan baru/ }).waitFor();
      // Open the structure as a project, the way "Buka berkas…" does.
      await page.getByLabel(/Buka berkas/).setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(structure)) });
      await page.waitForURL(/\/edit\?id=/);
      await page.locator('svg.chart .box').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);

      // Edit-to-repaint: change a title in the inspector until the renamed box is on screen.
      const target = structure.positions[Math.floor(structure.positions.length / 2)];
      await page.locator(`svg.chart [data-position="${target.id}"]`).first().click();
      const repaint: number[] = [];
      for (let i = 0; i < 7; i++) {
        repaint.push(
          await page.evaluate(async (title) => {
            const input = document.querySelector<HTMLInputElement>('[data-field="title"]')!;
            const t0 = performance.now();
            input.value = title;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            while (!document.querySelector(`svg.chart [data-title="${CSS.escape(title)}"]`)) await new Promise((r) => requestAnimationFrame(r));
            await new Promise((r) => requestAnimationFrame(r));
            return performance.now() - t0;
          }, `${target.title} (${i})`)
        );
      }
      const layout = await page.evaluate(() => performance.getEntriesByName('bagan:layout').map((e) => e.duration));

      // Pan/zoom: frame intervals while the user drags the background and wheels.
      const box = (await page.locator('svg.chart').boundingBox())!;
      // A string, not a function: tsx's name helpers do not exist in the page.
      await page.evaluate(`(() => {
        window.__frames = [];
        let last = performance.now();
        const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 400) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      await page.mouse.move(box.x + 8, box.y + 8);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) await page.mouse.move(box.x + 8 + i * 6, box.y + 8 + i * 3);
      await page.mouse.up();
      for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
      const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(2));
      rows.push({ name: `${label}: layout + routing in the editor`, ours: timing(layout.slice(1)), target: '< 1000 ms' });
      rows.push({ name: `${label}: edit-to-repaint`, ours: timing(repaint.slice(1)), target: '< 200 ms OPD' });
      rows.push({ name: `${label}: pan/zoom frame time`, ours: timing(frames), target: '≤ 33 ms' });
      await page.close();
    }
    printRows('Browser (chromium, 1920×1080): editor', rows);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
