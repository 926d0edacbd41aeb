// `bagan render`: the same layout and SVG code as the app, headless, for lampiran figures in batch.
// Bad input → a message in Bahasa Indonesia naming the file and the problem, exit 2, no stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { indexStructure } from '../lib/domain/structure-index.ts';
import type { Structure } from '../lib/domain/structure.ts';
import { nodeElk } from '../lib/layout/elk-node.ts';
import { OVERLAY_LAYERS, type OverlayLayer } from '../lib/layout/scene.ts';
import type { UnitEngine } from '../lib/layout/unit-layout.ts';
import { exportFigure } from '../lib/render/export-figure.ts';
import type { Lampiran } from '../lib/render/figure-parts.ts';
import { PAPER_CHOICES, parsePaper } from '../lib/render/paper.ts';
import { DEFAULT_DPI, svgToPng } from '../lib/render/png-node.ts';
import { nodeEmbeddedFont } from '../lib/render/font-files-node.ts';
import type { SvgOptions } from '../lib/render/svg.ts';
import { optionPairs, parseArgs, single, UsageError } from './args.ts';
import { InputError, loadStructureFile, resolveVariant } from './inputs.ts';

const LAYER_ALIASES: Record<string, OverlayLayer> = {
  performance: 'performance',
  penetapan: 'performance',
  kinerja: 'performance',
  rating: 'rating',
  penilaian: 'rating',
  assignment: 'assignment',
  penugasan: 'assignment',
  reporting: 'reporting',
  pelaporan: 'reporting',
  team: 'team',
  tim: 'team'
};

const VALUES = ['variant', 'layers', 'paper', 'output', 'dpi', 'unit', 'each-unit', 'option', 'margin', 'collapse', 'peraturan', 'nomor', 'tahun', 'tentang', 'gambar', 'jabatan', 'nama', 'skala', 'layout'];
const BOOLEANS = ['png', 'tile', 'no-legend', 'no-kedudukan', 'no-embed-font', 'help'];

export const RENDER_HELP = `bagan render — gambar bagan siap lampiran (SVG/PNG), tanpa peramban

Penggunaan:
  bagan render BERKAS [opsi]

Isi gambar:
  --variant ID|BERKAS.json    varian peraturan untuk garis kinerja (wajib bila ada --layers)
  --option kunci=nilai        pilihan varian (boleh berulang)
  --layers a,b                lapisan: performance (penetapan), rating (penilaian), assignment (penugasan),
                              reporting (pelaporan), team (tim); garis kedudukan selalu digambar
  --no-kedudukan              tanpa garis kedudukan
  --unit ID                   satu unit beserta sub-unitnya (bawaan: seluruh kabupaten)
  --collapse ID,ID            ciutkan subpohon jabatan ini
  --layout tree|elk           tata letak tiap unit: tree = pohon langsung (bawaan, cepat), elk = ELK layered
  --no-legend                 tanpa "Keterangan"
  --no-embed-font             tanpa huruf tersemat (berkas lebih kecil; tampilan bergantung huruf terpasang)

Kertas dan berkas:
  --paper a4|a4-landscape|f4|f4-landscape|a3|a3-landscape   (bawaan: ukuran asli gambar)
  --margin MM                 margin kertas (bawaan 15)
  --tile                      potong ke beberapa halaman (tumpang-tindih 10 mm, nomor halaman)
  --skala N                   skala gambar saat --tile (bawaan 1)
  -o BERKAS.svg               berkas keluaran (halaman berikutnya: BERKAS-2.svg, …)
  --png [--dpi 300]           juga PNG (atau -o BERKAS.png)
  --each-unit FOLDER          satu gambar per unit, untuk seluruh lampiran sekaligus

Kepala lampiran:
  --peraturan "PERATURAN BUPATI …"  --nomor N  --tahun T  --tentang "…"
  --gambar "Gambar 1 …"       judul gambar
  --jabatan "BUPATI …"  --nama "NAMA"   blok tanda tangan (… , ttd, NAMA)`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}
const defaultIo: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

export function parseLayers(text: string | undefined): OverlayLayer[] {
  if (!text) return [];
  const out: OverlayLayer[] = [];
  for (const raw of text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (raw === 'kedudukan') continue;
    const layer = LAYER_ALIASES[raw];
    if (!layer) throw new UsageError(`Lapisan tidak dikenal: "${raw}". Pilihan: ${OVERLAY_LAYERS.join(', ')} (atau penetapan, penilaian, penugasan, pelaporan, tim)`);
    if (!out.includes(layer)) out.push(layer);
  }
  return out;
}

function positiveNumber(text: string | undefined, name: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`--${name} harus berupa angka antara 0 dan ${max}, bukan "${text}"`);
  return n;
}

/** Safe file name for a unit id (ids come from user files). */
export function unitFileName(id: string): string {
  const safe = id.normalize('NFKD').replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._]+/, '');
  return (safe || 'unit').slice(0, 120);
}

function pageFile(file: string, page: number, pages: number): string {
  if (pages === 1) return file;
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}-${page}${ext}`);
}

export async function runRender(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await render(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Galat: ${e.message}\nPenggunaan: bagan render BERKAS --variant ID [--layers rating,assignment] [--paper a4-landscape] [-o out.svg] [--png] [--dpi 300] [--unit ID] [--each-unit FOLDER]`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(e.message);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.path) {
      io.err(`Tidak dapat menulis ${err.path}: ${err.code === 'EACCES' ? 'tidak ada izin menulis' : err.code === 'ENOENT' ? 'folder tidak ada' : err.code}`);
      return 2;
    }
    io.err(`Galat tak terduga saat menggambar: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}

async function render(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(
    argv.map((a) => (a === '-o' ? '--output' : a)),
    { values: VALUES, booleans: BOOLEANS }
  );
  if (args.flags.has('help')) {
    io.out(RENDER_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError(args.positionals.length === 0 ? 'Berkas struktur belum diberikan' : `Hanya satu berkas struktur, bukan ${args.positionals.length}`);
  const file = args.positionals[0];
  const layers = parseLayers(single(args, 'layers'));
  const variantId = single(args, 'variant');
  if (layers.length > 0 && !variantId) throw new UsageError('--layers memerlukan --variant (garis kinerja dihitung menurut peraturan)');
  const paperText = single(args, 'paper');
  const margin = positiveNumber(single(args, 'margin'), 'margin', 15, 60);
  const paper = paperText === undefined ? undefined : parsePaper(paperText, margin);
  if (paper === null) throw new UsageError(`Ukuran kertas tidak dikenal: "${paperText}". Pilihan: ${PAPER_CHOICES.join(', ')}`);
  const tile = args.flags.has('tile');
  if (tile && !paper) throw new UsageError('--tile memerlukan --paper');
  const dpi = positiveNumber(single(args, 'dpi'), 'dpi', DEFAULT_DPI, 1200);
  const scale = positiveNumber(single(args, 'skala'), 'skala', 1, 4);
  const eachUnit = single(args, 'each-unit');
  const output = single(args, 'output');
  if (eachUnit && output) throw new UsageError('Pilih salah satu: -o BERKAS atau --each-unit FOLDER');
  const png = args.flags.has('png') || (output !== undefined && extname(output).toLowerCase() === '.png');

  const structure = loadStructureFile(file);
  const variant = variantId ? resolveVariant(variantId) : undefined;
  const variantOptions = optionPairs(args);
  const unit = single(args, 'unit');
  const index = indexStructure(structure);
  if (unit !== undefined && !index.units.has(unit)) throw new InputError(`Unit "${unit}" tidak ada di ${file}. Unit yang ada: ${structure.units.slice(0, 20).map((u) => u.id).join(', ')}${structure.units.length > 20 ? ', …' : ''}`);
  const layoutText = single(args, 'layout') ?? 'tree';
  if (layoutText !== 'tree' && layoutText !== 'elk') throw new UsageError(`--layout tidak dikenal: "${layoutText}". Pilihan: tree, elk`);
  const unitEngine: UnitEngine = layoutText;
  const collapsed = (single(args, 'collapse') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const c of collapsed) if (!index.positions.has(c)) throw new InputError(`Jabatan "${c}" (--collapse) tidak ada di ${file}`);

  const lampiran: Lampiran = {
    regulation: single(args, 'peraturan'),
    number: single(args, 'nomor'),
    year: single(args, 'tahun'),
    about: single(args, 'tentang'),
    caption: single(args, 'gambar'),
    signerOffice: single(args, 'jabatan'),
    signerName: single(args, 'nama')
  };
  const svg: SvgOptions = { paper, mode: tile ? 'tile' : 'fit', tileScale: scale, lampiran, kedudukan: !args.flags.has('no-kedudukan'), legend: !args.flags.has('no-legend'), font: args.flags.has('no-embed-font') ? undefined : nodeEmbeddedFont() };
  const elk = nodeElk();

  const renderOne = async (target: string, unitId: string | undefined, s: Structure) => {
    const { pages } = await exportFigure({ structure: s, elk, variant, variantOptions, layers, unit: unitId, collapsed, svg, unitEngine });
    const svgTarget = png && extname(target).toLowerCase() === '.png' ? target.slice(0, -4) + '.svg' : target;
    const written: string[] = [];
    pages.forEach((page, i) => {
      const svgFile = pageFile(svgTarget, i + 1, pages.length);
      writeFileSync(svgFile, page);
      written.push(svgFile);
      if (png) {
        const pngFile = svgFile.replace(/\.svg$/i, '') + '.png';
        writeFileSync(pngFile, svgToPng(page, dpi));
        written.push(pngFile);
      }
    });
    return written;
  };

  if (eachUnit) {
    mkdirSync(eachUnit, { recursive: true });
    const used = new Set<string>();
    let count = 0;
    for (const u of structure.units) {
      if ((index.positionsOfUnit.get(u.id) ?? []).length === 0) continue;
      let name = unitFileName(u.id);
      while (used.has(name)) name += '_';
      used.add(name);
      const written = await renderOne(join(eachUnit, `${name}.svg`), u.id, structure);
      count += written.length;
    }
    io.out(`${count} berkas ditulis ke ${eachUnit}`);
    return 0;
  }
  const target = output ?? (png ? 'bagan.png' : 'bagan.svg');
  const written = await renderOne(target, unit, structure);
  io.out(`Ditulis: ${written.join(', ')}`);
  return 0;
}
