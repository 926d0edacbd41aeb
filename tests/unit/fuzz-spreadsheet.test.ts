// Fuzz suite for the spreadsheet reader path (issue 8): 10,000 seeded sheets of random, hostile cells
// through header detection and rows → structure. Nothing throws; every refusal or row problem carries
// a message; what is imported is a structure the schema and the integrity check accept.
import { describe, expect, it } from 'vitest';
import { planImport, runImport } from '../../src/lib/io/spreadsheet/import-sheet.ts';
import { readCsv } from '../../src/lib/io/spreadsheet/read-workbook.ts';
import { StructureSchema } from '../../src/lib/domain/structure.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { rng } from './helpers/random-structure.ts';

const HEADERS = ['Kode Unit', 'Jenis Unit', 'Unit Organisasi', 'Nama Jabatan', 'Jenis Jabatan', 'Jenjang', 'Jabatan Atasan', 'Kelas Jabatan', 'Kebutuhan', 'B', 'Nama Pemangku', 'Kode Jabatan', 'Kode Atasan', 'Keterangan', ''];
const LEVELS = ['JPT Pratama', 'Administrator', 'Pengawas', 'Fungsional', 'Pelaksana', 'Eselon II.b', 'IV.a', 'JFU', 'Ahli Muda', 'Eselon V', '', 'x'];
const UNITS = ['Dinas Kesehatan', 'Sekretariat Daerah', 'Kecamatan Kota', 'Puskesmas Kota', 'UPT Laboratorium', 'Badan Keuangan', ''];
const HOSTILE = [
  '<script>alert(1)</script>',
  '"/><image href=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x","klik")',
  '+1+1',
  '@SUM(A1)',
  '\u202eKepala\u202c',
  '\u0000\u0007\u001b',
  '__proto__',
  'constructor',
  'toString',
  'K'.repeat(10000),
  ' ',
  '-1',
  '1e309',
  'NaN',
  '17',
  '999999999999',
  '0'
];

function randomSheet(r: () => number): { name: string; rows: string[][] } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const titles: string[] = [];
  const width = 3 + Math.floor(r() * 10);
  const header = Array.from({ length: width }, () => pick(HEADERS));
  if (r() < 0.85) header[Math.floor(r() * width)] = 'Nama Jabatan';
  const rows: string[][] = [];
  for (let i = Math.floor(r() * 3); i > 0; i--) rows.push([pick(HOSTILE), 'PETA JABATAN']);
  rows.push(header);
  const n = Math.floor(r() * 12);
  for (let i = 0; i < n; i++) {
    const row = header.map((h) => {
      if (r() < 0.12) return pick(HOSTILE);
      switch (h) {
        case 'Nama Jabatan': {
          const t = r() < 0.2 ? pick(HOSTILE) : `Jabatan ${Math.floor(r() * 8)}`;
          titles.push(t);
          return t;
        }
        case 'Jabatan Atasan':
          return titles.length && r() < 0.7 ? pick(titles) : r() < 0.5 ? '' : pick(HOSTILE);
        case 'Jenis Jabatan':
        case 'Jenjang':
          return pick(LEVELS);
        case 'Unit Organisasi':
          return pick(UNITS);
        case 'Kode Jabatan':
        case 'Kode Atasan':
          return r() < 0.5 ? `J${Math.floor(r() * 6)}` : '';
        default:
          return r() < 0.5 ? String(Math.floor(r() * 20) - 2) : '';
      }
    });
    if (r() < 0.1) row.length = Math.floor(r() * row.length);
    rows.push(row);
  }
  return { name: r() < 0.1 ? pick(HOSTILE) : 'Peta Jabatan', rows };
}

describe('spreadsheet reader fuzzing', () => {
  it('10,000 seeded random sheets (seed 8): read or refused with a message, never a throw, never an invalid structure', () => {
    const r = rng(8);
    let imported = 0;
    let refused = 0;
    for (let i = 0; i < 10000; i++) {
      const sheet = randomSheet(r);
      const validOnly = r() < 0.5;
      let result;
      try {
        const plan = planImport(sheet);
        if ('error' in plan) {
          refused++;
          expect(plan.error.length, `sheet #${i}`).toBeGreaterThan(10);
          continue;
        }
        result = runImport(plan, { validOnly });
      } catch (e) {
        throw new Error(`sheet #${i} threw: ${(e as Error).message}\n${JSON.stringify(sheet.rows).slice(0, 600)}`);
      }
      for (const p of result.problems) {
        expect(p.message.trim().length, `sheet #${i}`).toBeGreaterThan(3);
        expect(p.row, `sheet #${i}`).toBeGreaterThanOrEqual(0);
      }
      expect(StructureSchema.safeParse(result.structure).success, `sheet #${i}`).toBe(true);
      if (validOnly || result.problems.length === 0) expect(checkIntegrity(result.structure), `sheet #${i}`).toEqual([]);
      imported++;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Both branches are really exercised.
    expect(imported).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  }, 180_000);

  it('10,000 seeded broken CSV texts (seed 99): unbalanced quotes, mixed delimiters, BOM, cut short — no throw', async () => {
    const r = rng(99);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    let imported = 0;
    for (let i = 0; i < 10000; i++) {
      const sheet = randomSheet(r);
      const sep = pick([',', ';', '\t', '|']);
      const quote = (c: string) => (r() < 0.2 ? `"${c}` : r() < 0.3 ? `"${c.replace(/"/g, '""')}"` : c);
      let text = (r() < 0.1 ? '\ufeff' : '') + sheet.rows.map((row) => row.map(quote).join(r() < 0.05 ? pick([',', ';']) : sep)).join(pick(['\n', '\r\n', '\r']));
      if (r() < 0.2) text = text.slice(0, Math.floor(r() * text.length));
      try {
        const [parsed] = await readCsv(text, 'peta.csv');
        const plan = planImport(parsed);
        if ('error' in plan) continue;
        const result = runImport(plan, { validOnly: r() < 0.5 });
        expect(StructureSchema.safeParse(result.structure).success, `csv #${i}`).toBe(true);
        imported++;
      } catch (e) {
        throw new Error(`csv #${i} threw: ${(e as Error).message}\n${text.slice(0, 400)}`);
      }
    }
    expect(imported).toBeGreaterThan(500);
  }, 240_000);
});
