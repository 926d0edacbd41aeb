// Reviewed golden figures: `bagan render` output (same pipeline) for the sample kabupaten and for one unit
// of every unit type. Regenerate after a deliberate change with UPDATE_GOLDEN=1, look at the PNGs, commit.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { XMLValidator } from 'fast-xml-parser';
import { readStructureText } from '../../src/lib/io/read-structure.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { exportFigure } from '../../src/lib/render/export-figure.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { UNIT_TYPES } from '../../src/lib/domain/vocabulary.ts';
import { svgToPng } from '../../src/lib/render/png-node.ts';

const GOLDEN = resolve(import.meta.dirname, '../fixtures/golden');
const SAMPLE = resolve(import.meta.dirname, '../../models/samples/kabupaten-contoh.json');
const update = process.env.UPDATE_GOLDEN === '1';
const PREVIEW = join(tmpdir(), 'bagan-golden-preview');

function loadSample(): Structure {
  const r = readStructureText(readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(`Sampel tidak sah: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.value;
}

async function check(name: string, structure: Structure, unit?: string) {
  const variant = loadBuiltinVariant('cilegon-2023-17');
  const { pages } = await exportFigure({
    structure,
    elk: nodeElk(),
    variant,
    layers: ['rating'],
    unit,
    svg: { lampiran: { caption: `Gambar ${name}` } }
  });
  const svg = pages[0];
  expect(XMLValidator.validate(svg)).toBe(true);
  const file = join(GOLDEN, `${name}.svg`);
  if (update || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, svg);
    // Previews for the reviewer's eyes, kept out of the repository.
    if (update) {
      mkdirSync(PREVIEW, { recursive: true });
      writeFileSync(join(PREVIEW, `${name}.png`), svgToPng(svg, 48));
    }
  }
  expect(svg === readFileSync(file, 'utf8'), `${name}.svg differs from the reviewed golden file (UPDATE_GOLDEN=1 to regenerate)`).toBe(true);
}

describe.runIf(existsSync(SAMPLE))('golden figures', () => {
  const sample = existsSync(SAMPLE) ? loadSample() : undefined;
  it('the whole sample kabupaten', { timeout: 240_000 }, async () => {
    await check('kabupaten-contoh', sample!);
  });
  for (const type of UNIT_TYPES) {
    const unit = sample?.units.find((u) => u.type === type && sample.positions.some((p) => p.unit === u.id));
    it.runIf(unit !== undefined)(`one ${type} unit of the sample`, { timeout: 120_000 }, async () => {
      await check(`unit-${type}`, sample!, unit!.id);
    });
  }
});
