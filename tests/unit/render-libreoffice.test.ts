// Issue 4: an SVG export opened by LibreOffice (Debian package, headless) keeps all its text, because
// labels are plain <text> with a declared font stack. Skipped where soffice/pdftotext are not installed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { renderSvg } from '../../src/lib/render/svg.ts';
import { parsePaper } from '../../src/lib/render/paper.ts';
import { dinasWithPuskesmas } from './layout-helpers/fixtures.ts';

const has = (cmd: string) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, cmd)));

describe.runIf(has('soffice') && has('pdftotext'))('LibreOffice', () => {
  it('converts an SVG export to PDF without losing text', { timeout: 180_000 }, async () => {
    const s = dinasWithPuskesmas(1, (b) => {
      b.positions[0].title = 'Kepala Dinas <Kesehatan> & "Gizi"';
    });
    const scene = await layoutStructure(s, { elk: nodeElk(), cache: new LayoutCache() });
    const svg = renderSvg(scene, { paper: parsePaper('a3-landscape')!, lampiran: { regulation: 'Peraturan Bupati Contoh', number: '7', year: '2026', caption: 'Gambar 1 Bagan Dinas Kesehatan' } });
    const dir = mkdtempSync(join(tmpdir(), 'bagan-lo-'));
    writeFileSync(join(dir, 'bagan.svg'), svg);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bagan.svg')], { stdio: 'ignore', timeout: 150_000 });
    const text = execFileSync('pdftotext', [join(dir, 'bagan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const labels: string[] = ['PERATURAN BUPATI CONTOH', 'Gambar 1 Bagan Dinas Kesehatan'];
    for (const n of scene.nodes) {
      if (n.kind === 'official') labels.push(...n.title, ...n.detail);
      else if (n.kind === 'staffGroup') labels.push(n.heading, ...n.rows.flatMap((r) => [...r.title, ...r.detail]));
      else labels.push(...n.name);
    }
    const missing = labels.filter((l) => !text.includes(l.replace(/\s+/g, '')));
    expect(missing).toEqual([]);
    expect(text).toContain('<Kesehatan>&"Gizi"');
  });
});
