// The `bagan` command: thin argument handling around the same domain, io, layout and render code the
// app uses. Exit codes: 0 ok; 1 findings of severity error (validate); 2 unreadable input or bad usage.
import { compute } from '../lib/domain/compute.ts';
import { resolveOptions } from '../lib/domain/options.ts';
import { SEVERITY_LABEL } from '../lib/domain/vocabulary.ts';
import { optionPairs, parseArgs, single, UsageError } from './args.ts';
import { InputError, loadStructureFile, resolveVariant } from './inputs.ts';
import { loadBuiltinVariants } from './variant-files.ts';

const HELP = `bagan — Bagan Kerja dari baris perintah

Penggunaan:
  bagan variants                                    daftar varian peraturan bawaan
  bagan lines BERKAS --variant ID [--option k=v]    garis kinerja (JSON) menurut varian
  bagan validate BERKAS [--variant ID] [--option k=v]
                                                    periksa struktur (dan temuan varian); keluar 1 bila ada galat
  bagan render BERKAS --variant ID [--layers rating,assignment] [--paper a4-landscape]
               [-o out.svg] [--png] [--dpi 300] [--unit ID] [--each-unit FOLDER]
                                                    gambar SVG/PNG siap lampiran

ID varian: ${'${ids}'}
--variant juga menerima path berkas varian (.json).`;

type Out = { out: (s: string) => void; err: (s: string) => void };
const defaultIo: Out = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

export async function main(argv: string[], io: Out = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'variants':
        return listVariants(io);
      case 'lines':
        return lines(rest, io);
      case 'validate':
        return validate(rest, io);
      case 'render': {
        const { runRender } = await import('./render-command.ts');
        return await runRender(rest);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(help());
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Perintah tidak dikenal: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Galat: ${e.message}\n\n${help()}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(e.message);
      return 2;
    }
    io.err(`Galat tak terduga: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}

function help(): string {
  let ids = '(tidak dapat dimuat)';
  try {
    ids = loadBuiltinVariants().map((v) => v.id).join(', ');
  } catch {
    /* help must print even when a variant file is broken */
  }
  return HELP.replace('${ids}', ids);
}

function listVariants(io: Out): number {
  for (const v of loadBuiltinVariants()) {
    const i = v.identity;
    io.out(`${v.id.padEnd(24)} ${i.instrument} ${i.region} Nomor ${i.number} Tahun ${i.year} — ${i.title}`);
  }
  return 0;
}

function structureAndVariant(rest: string[], needVariant: boolean) {
  const args = parseArgs(rest, { values: ['variant', 'option'], booleans: [] });
  const [file, ...extra] = args.positionals;
  if (!file) throw new UsageError('BERKAS struktur belum disebut');
  if (extra.length) throw new UsageError(`Argumen berlebih: ${extra.join(' ')}`);
  const variantId = single(args, 'variant');
  if (needVariant && !variantId) throw new UsageError('--variant ID wajib');
  const structure = loadStructureFile(file);
  const variant = variantId ? resolveVariant(variantId) : undefined;
  const given = optionPairs(args);
  if (variant) {
    const { problems } = resolveOptions(variant, given);
    if (problems.length) throw new UsageError(problems.map((p) => p.message).join('\n'));
  } else if (Object.keys(given).length) throw new UsageError('--option hanya berlaku bersama --variant');
  return { file, structure, variant, given };
}

function lines(rest: string[], io: Out): number {
  const { structure, variant, given } = structureAndVariant(rest, true);
  const result = compute(structure, variant!, given);
  io.out(JSON.stringify({ variant: result.variant, options: result.options, lines: result.lines, findings: result.findings }, null, 2));
  return 0;
}

function validate(rest: string[], io: Out): number {
  const { file, structure, variant, given } = structureAndVariant(rest, false);
  io.out(`${file}: struktur sah — ${structure.units.length} unit, ${structure.positions.length} jabatan, ${structure.teams.length} tim kerja.`);
  if (!variant) return 0;
  const result = compute(structure, variant, given);
  const titles = new Map(structure.positions.map((p) => [p.id, p.title]));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) {
    counts[f.severity]++;
    const who = f.positions.map((id) => `${titles.get(id) ?? id} [${id}]`).join(', ');
    io.out(`${SEVERITY_LABEL[f.severity].toUpperCase()} ${f.code}: ${f.message}${who ? `\n    jabatan: ${who}` : ''}\n    dasar: ${f.basis.ref}${f.basis.lines ? ` (${f.basis.lines})` : ''} — "${f.basis.quote.slice(0, 200)}${f.basis.quote.length > 200 ? '…' : ''}"`);
  }
  io.out(`Varian ${variant.id}: ${result.lines.length} garis; ${counts.error} galat, ${counts.warning} peringatan, ${counts.info} info.`);
  return counts.error > 0 ? 1 : 0;
}
