// The import dialog's worker jobs and tree preview (issue 5): the right sheet is found, a file with errors
// offers only its valid rows, and the preview tree follows kedudukan without listing 5,000 lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpreadsheetJobs, type RunOutcome, type SheetSummary } from '../../src/lib/ui/import/spreadsheet-jobs.ts';
import { previewTree } from '../../src/lib/ui/import/preview-tree.ts';
import { build } from './helpers/build.ts';

function fixture(name: string): ArrayBuffer {
  const b = readFileSync(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

async function readAndRun(name: string): Promise<{ sheets: SheetSummary[]; outcome: RunOutcome }> {
  const jobs = new SpreadsheetJobs();
  const read = await jobs.handle({ id: 1, kind: 'read', data: fixture(name), fileName: name });
  if (read.kind !== 'read') throw new Error(JSON.stringify(read));
  const plan = read.sheets[1].plan;
  if ('error' in plan) throw new Error(plan.error);
  const run = await jobs.handle({ id: 2, kind: 'run', sheet: 1, headerRow: plan.headerRow, mapping: plan.mapping, title: 'Dinkes' });
  if (run.kind !== 'run') throw new Error(JSON.stringify(run));
  return { sheets: read.sheets, outcome: run.outcome };
}

describe('spreadsheet jobs', () => {
  it('says which sheet has no header, detects the two-row header of the other, and previews its first rows', async () => {
    const { sheets, outcome } = await readAndRun('peta-jabatan-dinkes.xlsx');
    expect(sheets.map((s) => s.name)).toEqual(['Keterangan', 'Peta Jabatan']);
    expect(sheets[0].plan).toEqual({ error: expect.stringContaining('baris judul kolom tidak ditemukan') });
    expect(sheets[1].plan).toMatchObject({ headerRow: 3, mapping: { unit: 1, title: 2, level: 3, grade: 4, parent: 5, classGrade: 6, bezetting: 7, need: 8 } });
    // Row numbers as a spreadsheet shows them; the blank row 9 is skipped.
    expect(sheets[1].preview.map((r) => r.row)).toEqual([5, 6, 7, 8, 10, 11, 12, 13]);
    expect(outcome.all.problems).toEqual([]);
    expect(outcome.valid).toBeUndefined();
    expect(outcome.all.structure.positions).toHaveLength(8);
  });

  it('with errors, offers the valid rows only, dropping the rows under a bad one', async () => {
    const { outcome } = await readAndRun('peta-jabatan-dinkes-salah.xlsx');
    expect(outcome.all.problems.map((p) => `${p.sheet} ${p.row} ${p.column}: ${p.message}`)).toEqual([
      'Peta Jabatan 14 E (Jenjang): Jenjang "Ahli Setengah" tidak dikenal (Ahli Utama/Madya/Muda/Pertama, Penyelia, Mahir, Terampil, Pemula)',
      'Peta Jabatan 15 F (Atasan / kedudukan): Atasan "Kepala Seksi Fiktif" tidak ditemukan di berkas'
    ]);
    expect(outcome.valid?.importedRows).toBe(8);
    expect(outcome.valid?.structure.positions.map((p) => p.title)).not.toContain('Pengolah Data Kesehatan');
  });

  it('an unreadable file is an error message, not an exception', async () => {
    const jobs = new SpreadsheetJobs();
    const r = await jobs.handle({ id: 1, kind: 'read', data: new TextEncoder().encode('bukan xlsx').buffer as ArrayBuffer, fileName: 'rusak.xlsx' });
    expect(r).toMatchObject({ kind: 'error', message: expect.stringContaining('rusak.xlsx: bukan berkas XLSX yang dapat dibaca') });
    const old = await jobs.handle({ id: 2, kind: 'read', data: new ArrayBuffer(4), fileName: 'lama.xls' });
    expect(old).toMatchObject({ kind: 'error', message: expect.stringContaining('simpan ulang sebagai .xlsx') });
  });
});

describe('preview tree', () => {
  it('nests positions under their atasan inside their unit, sub-units under their unit', () => {
    const s = build('dinas', (b) => {
      const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
      const kabid = b.pos('Kepala Bidang', 'administrator', kadis, { classGrade: 11 });
      b.pos('Analis', 'fungsional', kabid, { grade: 'ahli_muda', count: 2, need: 3 });
      b.unit('upt', 'UPT Uji', 'u1');
      b.pos('Kepala UPT', 'pengawas', kabid);
    }, 'Dinas Uji');
    const t = previewTree(s);
    expect(t.lines.map((l) => `${'  '.repeat(l.depth)}${l.text}`)).toEqual(['Dinas Uji', '  Kepala Dinas', '    Kepala Bidang', '      Analis', '  UPT Uji', '    Kepala UPT']);
    expect(t.lines[3].detail).toBe('Jabatan Fungsional Ahli Muda · B 2 · K 3');
    expect(t.hidden).toBe(0);
  });

  it('stops after the limit and says how many lines are left', () => {
    const s = build('badan', (b) => {
      const head = b.pos('Kepala Badan', 'jpt_pratama');
      for (let i = 0; i < 100; i++) b.pos(`Pelaksana ${i}`, 'pelaksana', head);
    });
    const t = previewTree(s, 10);
    expect(t.lines).toHaveLength(10);
    expect(t.hidden).toBe(102 - 10);
  });
});
