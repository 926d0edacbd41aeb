// Writes the built-in sample to models/samples/kabupaten-contoh.json (run: npx tsx scripts/make-sample.ts).
// The JSON is generated, never edited by hand: tests/unit/sample.test.ts fails when the two differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildKabupatenContoh } from '../src/lib/sample/kabupaten-contoh.ts';
import { sampleJson } from '../src/lib/sample/sample-json.ts';
import { readStructure } from '../src/lib/io/read-structure.ts';

const target = fileURLToPath(new URL('../models/samples/kabupaten-contoh.json', import.meta.url));
const structure = buildKabupatenContoh();
const read = readStructure(structure);
if (!read.ok) {
  console.error(`Sampel tidak sah:\n${read.problems.map((p) => `  ${p.path.join('.')}: ${p.message}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(target, sampleJson(structure));
console.log(`${target}: ${structure.units.length} unit, ${structure.positions.length} jabatan, ${structure.teams.length} tim, ${structure.assignments.length} penugasan`);
