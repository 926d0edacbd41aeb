// The heavy part of a spreadsheet import (reading the workbook, turning rows into a structure), behind one
// message protocol, so the same code runs in a Web Worker (the page stays responsive on a 5,000-row file)
// or, when a worker cannot start, on the page itself.
import { readSpreadsheet, SpreadsheetError, type Sheet } from '../../io/spreadsheet/read-workbook.ts';
import { planImport, runImport } from '../../io/spreadsheet/import-sheet.ts';
import type { Mapping } from '../../io/spreadsheet/headers.ts';
import type { SheetImport } from '../../io/spreadsheet/rows-to-structure.ts';

/** Rows shown in the mapping step's preview. */
export const PREVIEW_ROWS = 12;

export interface SheetSummary {
  name: string;
  rowCount: number;
  /** Detected header (0-based row) and mapping, or why none was found. */
  plan: { headerRow: number; headers: string[]; mapping: Mapping } | { error: string };
  /** The first data rows after the header (or the first rows of the sheet when no header was found). */
  preview: { row: number; cells: string[] }[];
}

export interface RunOptions {
  sheet: number;
  headerRow: number;
  mapping: Mapping;
  title: string;
}

export interface RunOutcome {
  /** Every row read; its structure is imported only when there is no problem. */
  all: SheetImport;
  /** Only the valid rows and those under them (present when `all` has problems). */
  valid?: SheetImport;
}

export type JobRequest = { id: number; kind: 'read'; data: ArrayBuffer; fileName: string } | ({ id: number; kind: 'run' } & RunOptions);
export type JobResponse = { id: number; kind: 'read'; sheets: SheetSummary[] } | { id: number; kind: 'run'; outcome: RunOutcome } | { id: number; kind: 'error'; message: string };

function summarise(sheet: Sheet): SheetSummary {
  const planned = planImport(sheet);
  const rowCount = sheet.rows.filter((r) => r.some((c) => c !== '')).length;
  if ('error' in planned) return { name: sheet.name, rowCount, plan: { error: planned.error }, preview: sheet.rows.slice(0, PREVIEW_ROWS).map((cells, i) => ({ row: i + 1, cells })) };
  const preview: SheetSummary['preview'] = [];
  for (let r = planned.headerRow + 1; r < sheet.rows.length && preview.length < PREVIEW_ROWS; r++) if (sheet.rows[r].some((c) => c !== '')) preview.push({ row: r + 1, cells: sheet.rows[r] });
  return { name: sheet.name, rowCount, plan: { headerRow: planned.headerRow, headers: planned.headers, mapping: planned.mapping }, preview };
}

export class SpreadsheetJobs {
  private sheets: Sheet[] = [];

  async handle(req: JobRequest): Promise<JobResponse> {
    try {
      if (req.kind === 'read') {
        this.sheets = await readSpreadsheet(req.data, req.fileName);
        if (this.sheets.length === 0) return { id: req.id, kind: 'error', message: `${req.fileName}: tidak ada lembar kerja di berkas ini` };
        return { id: req.id, kind: 'read', sheets: this.sheets.map(summarise) };
      }
      const sheet = this.sheets[req.sheet];
      if (!sheet) return { id: req.id, kind: 'error', message: 'Lembar kerja tidak ditemukan; pilih berkas lagi' };
      const plan = { sheet, headerRow: req.headerRow, headers: sheet.rows[req.headerRow] ?? [], mapping: req.mapping };
      const all = runImport(plan, { title: req.title });
      const valid = all.problems.length > 0 ? runImport(plan, { title: req.title, validOnly: true }) : undefined;
      return { id: req.id, kind: 'run', outcome: { all, ...(valid ? { valid } : {}) } };
    } catch (e) {
      const message = e instanceof SpreadsheetError ? e.message : `Berkas tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`;
      return { id: req.id, kind: 'error', message };
    }
  }
}
