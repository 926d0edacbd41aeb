import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { runRender, unitFileName } from '../../src/cli/render-command.ts';
import { dinasWithPuskesmas } from './layout-helpers/fixtures.ts';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'bagan-render-'));
  const file = join(dir, 'struktur.json');
  writeFileSync(file, JSON.stringify(dinasWithPuskesmas(2)));
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
  return { dir, file, out, err, io };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('bagan render', () => {
  it('writes an SVG with the chosen layers and paper', async () => {
    const t = setup();
    const target = join(t.dir, 'out.svg');
    const code = await runRender([t.file, '--variant', 'cilegon-2023-17', '--layers', 'rating,penugasan', '--paper', 'a4-landscape', '-o', target], t.io);
    expect(t.err).toEqual([]);
    expect(code).toBe(0);
    const svg = readFileSync(target, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('width="297mm" height="210mm"');
    expect(svg).toContain('data-kind="rating"');
    expect(svg).toContain('Kepala Dinas Kesehatan');
  });

  it('embeds the font by default (lampiran figures) and leaves it out with --no-embed-font', async () => {
    const t = setup();
    const withFont = join(t.dir, 'huruf.svg');
    const without = join(t.dir, 'tanpa.svg');
    expect(await runRender([t.file, '-o', withFont], t.io)).toBe(0);
    expect(await runRender([t.file, '--no-embed-font', '-o', without], t.io)).toBe(0);
    expect(readFileSync(withFont, 'utf8').match(/@font-face\{font-family:'Liberation Sans'/g)).toHaveLength(2);
    expect(readFileSync(without, 'utf8')).not.toContain('@font-face');
  });

  it('writes a PNG at the chosen DPI next to the SVG', async () => {
    const t = setup();
    const target = join(t.dir, 'fig.svg');
    expect(await runRender([t.file, '--paper', 'a4', '-o', target, '--png', '--dpi', '150'], t.io)).toBe(0);
    const size = pngSize(readFileSync(join(t.dir, 'fig.png')));
    // A4 portrait at 150 dpi: 210 mm × 297 mm → 1240 × 1754 px.
    expect(size.width).toBeCloseTo(1240, -1);
    expect(size.height).toBeCloseTo(1754, -1);
  });

  it('renders every unit into a folder with --each-unit', async () => {
    const t = setup();
    const folder = join(t.dir, 'lampiran');
    expect(await runRender([t.file, '--each-unit', folder, '--paper', 'a4-landscape'], t.io)).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['pkm-1.svg', 'pkm-2.svg', 'u1.svg']);
    const pkm2 = readFileSync(join(folder, 'pkm-2.svg'), 'utf8');
    expect(pkm2).toContain('>UPTD Puskesmas Desa 2</text>');
    expect(pkm2).not.toContain('>UPTD Puskesmas Desa 1</text>');
    expect(pkm2).not.toContain('>Kepala Dinas Kesehatan</text>');
  });

  it('writes numbered pages when tiling', async () => {
    const t = setup();
    // With arrowed overlay lines and PNG: clipped tiles once crashed the rasteriser (SVG markers).
    expect(await runRender([t.file, '--paper', 'a4', '--tile', '--variant', 'cilegon-2023-17', '--layers', 'rating', '--png', '--dpi', '40', '-o', join(t.dir, 'hal.svg')], t.io)).toBe(0);
    expect(existsSync(join(t.dir, 'hal-1.svg'))).toBe(true);
    expect(existsSync(join(t.dir, 'hal-2.svg'))).toBe(true);
    expect(pngSize(readFileSync(join(t.dir, 'hal-2.png'))).width).toBeGreaterThan(100);
  });

  it('lays every unit out through ELK layered with --layout elk: same boxes, other placement', async () => {
    const t = setup();
    const tree = join(t.dir, 'pohon.svg');
    const viaElk = join(t.dir, 'elk.svg');
    expect(await runRender([t.file, '--no-embed-font', '-o', tree], t.io)).toBe(0);
    expect(await runRender([t.file, '--no-embed-font', '--layout', 'elk', '-o', viaElk], t.io)).toBe(0);
    const ids = (svg: string) => [...svg.matchAll(/data-position="([^"]+)"/g)].map((m) => m[1]).sort();
    const [a, b] = [readFileSync(tree, 'utf8'), readFileSync(viaElk, 'utf8')];
    expect(ids(b).length).toBeGreaterThan(0);
    expect(ids(b)).toEqual(ids(a));
    expect(b).not.toEqual(a);
  });

  const bad: [string, (t: ReturnType<typeof setup>) => string[], RegExp][] = [
    ['a missing file', (t) => [join(t.dir, 'tidak-ada.json')], /tidak-ada\.json tidak dapat dibuka: berkas tidak ditemukan/],
    ['invalid JSON', (t) => (writeFileSync(join(t.dir, 'rusak.json'), '{"format": '), [join(t.dir, 'rusak.json')]), /rusak\.json.*Bukan JSON yang sah/s],
    ['a structure error', (t) => (writeFileSync(join(t.dir, 'salah.json'), JSON.stringify({ format: 'bagan-kerja', version: 1, units: [], positions: [{ id: 'x' }] })), [join(t.dir, 'salah.json')]), /salah\.json.*positions/s],
    ['an unknown paper', (t) => [t.file, '--paper', 'letter'], /Ukuran kertas tidak dikenal: "letter"/],
    ['an unknown layer', (t) => [t.file, '--variant', 'cilegon-2023-17', '--layers', 'gaji'], /Lapisan tidak dikenal: "gaji"/],
    ['layers without a variant', (t) => [t.file, '--layers', 'rating'], /--layers memerlukan --variant/],
    ['an unknown variant', (t) => [t.file, '--variant', 'tidak-ada', '--layers', 'rating'], /Varian "tidak-ada" tidak dikenal/],
    ['an unknown unit', (t) => [t.file, '--unit', 'dinsos'], /Unit "dinsos" tidak ada di .*struktur\.json/],
    ['a bad DPI', (t) => [t.file, '--png', '--dpi', 'banyak'], /--dpi harus berupa angka/],
    ['an unknown layout engine', (t) => [t.file, '--layout', 'dot'], /--layout tidak dikenal: "dot"\. Pilihan: tree, elk/]
  ];
  for (const [what, argv, message] of bad)
    it(`refuses ${what} with a message in Bahasa Indonesia and exit code 2, no stack trace`, async () => {
      const t = setup();
      const code = await runRender(argv(t), t.io);
      expect(code).toBe(2);
      const text = t.err.join('\n');
      expect(text).toMatch(message);
      expect(text).not.toMatch(/\n\s+at /);
    });

  it('renders hostile titles as text in both the SVG and the PNG', async () => {
    const t = setup();
    const s = JSON.parse(readFileSync(t.file, 'utf8'));
    s.positions[0].title = '"/><image href="http://contoh.invalid/x.png"/><script>alert(1)</script>';
    s.units[0].name = '<foreignObject>Dinas</foreignObject>';
    writeFileSync(t.file, JSON.stringify(s));
    const target = join(t.dir, 'jahat.svg');
    expect(await runRender([t.file, '-o', target, '--png', '--dpi', '72'], t.io)).toBe(0);
    const svg = readFileSync(target, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<image|<script|<foreignObject/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pngSize(readFileSync(join(t.dir, 'jahat.png'))).width).toBeGreaterThan(100);
  });

  it('collapses subtrees and explains every option with --help', async () => {
    const t = setup();
    const target = join(t.dir, 'ciut.svg');
    expect(await runRender([t.file, '--collapse', 'kabid-kesmas', '-o', target], t.io)).toBe(0);
    const svg = readFileSync(target, 'utf8');
    expect(svg).toContain('>+4</text>');
    expect(svg).not.toContain('data-position="kasi-kesmas"');
    expect(await runRender(['--help'], t.io)).toBe(0);
    for (const flag of ['--variant', '--layers', '--paper', '--tile', '--png', '--dpi', '--unit', '--each-unit', '--peraturan', '--gambar', '--jabatan']) expect(t.out.join('\n')).toContain(flag);
  });

  it('makes safe file names from unit ids', () => {
    expect(unitFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(unitFileName('dinas kesehatan/2')).toBe('dinas_kesehatan_2');
    expect(unitFileName('...')).toBe('unit');
  });
});
