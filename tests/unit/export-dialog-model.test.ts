// The export dialog's pure parts: the lampiran title block prefilled from a variant's identity (checked
// against the heading and signature blocks printed in the regulations themselves), the mapping of the
// dialog's choices onto the render options, file names, and the unit list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { defaultCaption, lampiranFromIdentity, signerName } from '../../src/lib/ui/export/lampiran-prefill.ts';
import { fileStem, pageFileNames, paperOf, svgOptionsOf, type ExportSettings } from '../../src/lib/ui/export/export-settings.ts';
import { unitChoices } from '../../src/lib/ui/export/unit-choices.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { pageTiles, renderSvgPages } from '../../src/lib/render/svg.ts';
import { Builder } from './helpers/build.ts';
import { kecamatan } from './layout-helpers/fixtures.ts';

const seed = (file: string) => readFileSync(`/work/shared/seeds/${file}`, 'utf8');
/** A block of consecutive lines as printed in the regulation, whitespace-normalised. */
const printed = (text: string, lines: string[]) => text.replace(/[ \t]+/g, ' ').includes(lines.join('\n'));

describe('lampiran prefill from the variant identity', () => {
  it('Karanganyar: the Lampiran heading (L268–L273) and the signature block (L1130–L1134) of Perbup 50/2023', () => {
    const l = lampiranFromIdentity(loadBuiltinVariant('karanganyar-2023-50').identity);
    expect(l).toMatchObject({
      regulation: 'PERATURAN BUPATI KARANGANYAR',
      number: '50',
      year: '2023',
      about: 'SISTEM KERJA DI LINGKUNGAN PEMERINTAH KABUPATEN KARANGANYAR',
      signerOffice: 'BUPATI KARANGANYAR',
      signerName: 'JULIYATMONO'
    });
    const text = seed('003_b96cd7a6ade3edd9.txt');
    expect(printed(text, ['LAMPIRAN', l.regulation!, `NOMOR ${l.number} TAHUN ${l.year}`, 'TENTANG'])).toBe(true);
    expect(printed(text, [`${l.signerOffice},`, '', 'ttd', '', l.signerName!])).toBe(true);
  });

  it('Cilegon (a Kota): WALI KOTA, as in the Lampiran heading (L253–L254) and signature (L427–L431)', () => {
    const l = lampiranFromIdentity(loadBuiltinVariant('cilegon-2023-17').identity);
    expect(l.regulation).toBe('PERATURAN WALI KOTA CILEGON');
    expect(l.signerOffice).toBe('WALI KOTA CILEGON');
    expect(l.signerName).toBe('HELLDY AGUSTIAN');
    const text = seed('002_b2fafd602f7c55ec.txt');
    expect(printed(text, ['LAMPIRAN', l.regulation!])).toBe(true);
    expect(printed(text, [`${l.signerOffice},`, '', 'ttd', '', l.signerName!])).toBe(true);
  });

  it('Pangkal Pinang and Tabanan: the name before "(Wali Kota …)" / "(Bupati …)"', () => {
    const pp = lampiranFromIdentity(loadBuiltinVariant('pangkalpinang-2023-51').identity);
    expect([pp.signerOffice, pp.signerName]).toEqual(['WALI KOTA PANGKAL PINANG', 'MAULAN AKLIL']);
    expect(printed(seed('000_5160156151055c28.txt'), ['WALI KOTA PANGKAL PINANG', '', 'dto', '', 'MAULAN AKLIL'])).toBe(true);
    const tb = lampiranFromIdentity(loadBuiltinVariant('tabanan-2023-107').identity);
    expect([tb.signerOffice, tb.signerName]).toEqual(['BUPATI TABANAN', 'I KOMANG GEDE SANJAYA']);
  });

  it('a signer text that starts with the office gives no name; a Rancangan has no number yet', () => {
    expect(signerName('Bupati Contoh')).toBe('');
    expect(signerName(undefined)).toBe('');
    const id = { ...loadBuiltinVariant('sambas-2024-18').identity, instrument: 'Rancangan' as const };
    expect(lampiranFromIdentity(id)).toMatchObject({ regulation: 'PERATURAN BUPATI SAMBAS', number: '' });
  });

  it('caption', () => expect(defaultCaption(2, 'Dinas Kesehatan')).toBe('Gambar 2 Bagan Sistem Kerja Dinas Kesehatan'));
});

const base: ExportSettings = {
  unit: '',
  kedudukan: true,
  layers: ['rating'],
  legend: true,
  paper: 'f4',
  orientation: 'portrait',
  marginMm: 15,
  mode: 'tile',
  tileScale: 1,
  withLampiran: false,
  lampiran: { regulation: 'PERATURAN BUPATI X', caption: 'Gambar 1', signerName: '  ' },
  dpi: 300,
  embedFont: false
};

describe('dialog choices → render options', () => {
  it('F4 portrait is the 215×330 mm folio sheet; A4 landscape 297×210', () => {
    expect(paperOf(base)).toMatchObject({ widthMm: 215, heightMm: 330, marginMm: 15 });
    expect(paperOf({ ...base, paper: 'a4', orientation: 'landscape' })).toMatchObject({ widthMm: 297, heightMm: 210 });
  });

  it('natural size has no paper and cannot tile', () => {
    const o = svgOptionsOf({ ...base, paper: 'asli' }, null);
    expect(o.paper).toBeUndefined();
    expect(o.mode).toBe('fit');
  });

  it('title block only when asked for, without blank fields; margins and scale kept in range', () => {
    expect(svgOptionsOf(base, null).lampiran).toEqual({});
    expect(svgOptionsOf({ ...base, withLampiran: true }, null).lampiran).toEqual({ regulation: 'PERATURAN BUPATI X', caption: 'Gambar 1' });
    expect(paperOf({ ...base, marginMm: 500 })!.marginMm).toBe(60);
    expect(paperOf({ ...base, marginMm: Number.NaN })!.marginMm).toBe(15);
    expect(svgOptionsOf({ ...base, tileScale: 0 }, null).tileScale).toBe(0.2);
  });

  it('file names carry no markup or path characters; tiled pages are numbered', () => {
    expect(fileStem('bagan <script>/../Dinas "Kesehatan"')).toBe('bagan-script-dinas-kesehatan');
    expect(fileStem('<>')).toBe('bagan');
    expect(pageFileNames('x', 1, 'svg')).toEqual(['x.svg']);
    expect(pageFileNames('x', 3, 'png')).toEqual(['x-hal-1.png', 'x-hal-2.png', 'x-hal-3.png']);
  });
});

describe('unit choices', () => {
  it('lists units in tree order with their depth', () => {
    const b = new Builder('dinas', 'Dinas');
    const upt = b.unit('upt', 'UPT', 'u1');
    b.unit('puskesmas', 'Puskesmas', upt);
    b.unit('kecamatan', 'Kecamatan');
    const s = { ...b.done(), units: [b.units[3], b.units[2], b.units[0], b.units[1]] };
    expect(unitChoices(s)).toEqual([
      { id: 'u4', name: 'Kecamatan', depth: 0 },
      { id: 'u1', name: 'Dinas', depth: 0 },
      { id: 'u2', name: 'UPT', depth: 1 },
      { id: 'u3', name: 'Puskesmas', depth: 2 }
    ]);
  });
});

describe('page grid the dialog previews', () => {
  it('has exactly the pages the export writes, and a preview renders only the first', async () => {
    const scene = await layoutStructure(kecamatan(6), { elk: nodeElk(), cache: new LayoutCache() });
    for (const paper of ['a4', 'f4'] as const) {
      const opts = svgOptionsOf({ ...base, paper, tileScale: 2, withLampiran: true }, null);
      const tiles = pageTiles(scene, { ...opts, paper: opts.paper! });
      const pages = renderSvgPages(scene, opts);
      expect(tiles.length).toBeGreaterThan(1);
      expect(pages).toHaveLength(tiles.length);
      expect(renderSvgPages(scene, opts, 1)).toEqual([pages[0]]);
      expect(pages.at(-1)).toContain(`Halaman ${tiles.length} dari ${tiles.length} (baris ${tiles.at(-1)!.row + 1}, kolom ${tiles.at(-1)!.column + 1})`);
    }
  });
});
