// One call for the import dialog and the tests: detect the header of a sheet, then read its rows.
import type { Sheet } from './read-workbook.ts';
import { detectHeader, type Mapping } from './headers.ts';
import { rowsToStructure, type SheetImport } from './rows-to-structure.ts';

export interface ImportPlan {
  sheet: Sheet;
  headerRow: number;
  headers: string[];
  mapping: Mapping;
}

export function planImport(sheet: Sheet): ImportPlan | { sheet: Sheet; error: string } {
  const found = detectHeader(sheet.rows);
  if (!found) return { sheet, error: `Lembar "${sheet.name}": baris judul kolom tidak ditemukan (perlu kolom nama jabatan dan minimal satu kolom lain, mis. jenis jabatan atau atasan)` };
  return { sheet, ...found };
}

export function runImport(plan: ImportPlan, opts: { title?: string; validOnly?: boolean } = {}): SheetImport {
  return rowsToStructure(plan.sheet.name, plan.sheet.rows, plan.headerRow, plan.mapping, opts);
}
