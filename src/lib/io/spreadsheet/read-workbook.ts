// XLSX (exceljs) and CSV (papaparse) → sheets of trimmed text cells. Both libraries are loaded lazily so
// the app's first paint does not pay for them.
export interface Sheet {
  name: string;
  rows: string[][];
}

export const MAX_SHEET_ROWS = 50000;
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export class SpreadsheetError extends Error {}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return '';
  }
  return '';
}

export async function readXlsx(data: ArrayBuffer | Uint8Array, fileName: string): Promise<Sheet[]> {
  if (data.byteLength > MAX_FILE_BYTES) throw new SpreadsheetError(`${fileName}: berkas terlalu besar (maksimal ${MAX_FILE_BYTES / 1048576} MB)`);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    throw new SpreadsheetError(`${fileName}: bukan berkas XLSX yang dapat dibaca (${(e as Error).message})`);
  }
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (rowNumber > MAX_SHEET_ROWS) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // Merged cells: exceljs gives the slave cells the master's value, which is what a reader sees.
        cells[col - 1] = cellText(cell.value).replace(/\s+/g, ' ').trim();
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.push({ name: ws.name, rows: Array.from(rows, (r) => r ?? []) });
  });
  return sheets;
}

export async function readCsv(text: string, fileName: string): Promise<Sheet[]> {
  if (text.length > MAX_FILE_BYTES) throw new SpreadsheetError(`${fileName}: berkas terlalu besar`);
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const rows = parsed.data.slice(0, MAX_SHEET_ROWS).map((r) => r.map((c) => String(c ?? '').replace(/\s+/g, ' ').trim()));
  return [{ name: fileName.replace(/\.[^.]+$/, ''), rows }];
}

export async function readSpreadsheet(data: ArrayBuffer, fileName: string): Promise<Sheet[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(new TextDecoder('utf-8').decode(data), fileName);
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return readXlsx(data, fileName);
  if (lower.endsWith('.xls')) throw new SpreadsheetError(`${fileName}: format .xls lama tidak didukung; simpan ulang sebagai .xlsx`);
  throw new SpreadsheetError(`${fileName}: jenis berkas tidak dikenal (gunakan .xlsx atau .csv)`);
}
