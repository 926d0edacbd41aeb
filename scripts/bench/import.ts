// Spreadsheet import figures (issue 5): a 5,000-row peta jabatan XLSX (written by our own export, so it has
// the columns a bureau's file has) read, its header detected and its rows turned into a checked structure.
// Baseline, measured in the same run: the conversion a first implementation would write — each row's
// atasan found by a linear search over all rows (Array.find), no checks.
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { writeXlsx } from '../../src/lib/io/spreadsheet/write-workbook.ts';
import { readXlsx, type Sheet } from '../../src/lib/io/spreadsheet/read-workbook.ts';
import { planImport, runImport, type ImportPlan } from '../../src/lib/io/spreadsheet/import-sheet.ts';
import { printRows, time, timeAsync, type Row } from './measure.ts';

function naiveTree(sheet: Sheet, plan: ImportPlan): Map<string, string | null> {
  const code = plan.mapping.code!;
  const parentCode = plan.mapping.parentCode!;
  const rows = sheet.rows.slice(plan.headerRow + 1).filter((r) => r[code]);
  const parents = new Map<string, string | null>();
  for (const r of rows) parents.set(r[code], rows.find((q) => q[code] === r[parentCode])?.[code] ?? null);
  return parents;
}

export async function run(): Promise<void> {
  const s = generateKabupaten({ positions: 5000, seed: 5 });
  const bytes = await writeXlsx(s);
  const rows: Row[] = [];
  const label = `${s.positions.length} rows, ${(bytes.byteLength / 1024).toFixed(0)} KB`;

  const read = await timeAsync(() => readXlsx(bytes, 'bench.xlsx'), { runs: 5, warmup: 1 });
  rows.push({ name: `read XLSX (exceljs) — ${label}`, ours: read });

  const [sheet] = await readXlsx(bytes, 'bench.xlsx');
  const planned = planImport(sheet);
  if ('error' in planned) throw new Error(planned.error);
  const result = runImport(planned);
  if (result.problems.length > 0 || result.structure.positions.length !== s.positions.length) throw new Error(`impor bench tidak utuh: ${result.problems.length} masalah, ${result.structure.positions.length} jabatan`);
  const convert = time(() => runImport(planned), { runs: 7, warmup: 2 });
  const naive = time(() => naiveTree(sheet, planned), { runs: 3, warmup: 1 });
  rows.push({ name: `rows → checked structure — ${s.positions.length} rows`, ours: convert, baseline: naive, baselineName: 'naive Array.find atasan' });

  const whole = await timeAsync(
    async () => {
      const [sh] = await readXlsx(bytes, 'bench.xlsx');
      const p = planImport(sh);
      if (!('error' in p)) runImport(p);
    },
    { runs: 5, warmup: 1 }
  );
  const wholeNaive = await timeAsync(
    async () => {
      const [sh] = await readXlsx(bytes, 'bench.xlsx');
      const p = planImport(sh);
      if (!('error' in p)) naiveTree(sh, p);
    },
    { runs: 3, warmup: 1 }
  );
  rows.push({ name: `whole import (read + detect + convert) — ${label}`, ours: whole, baseline: wholeNaive, baselineName: 'read + naive tree', target: '< 3 s' });
  printRows('Spreadsheet import (issue 5)', rows);
}
