// Peta jabatan spreadsheets in and out (issue 5): messy real-world files give exact messages, nothing is
// half-imported, and export → import gives the same tree back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../src/lib/io/spreadsheet/headers.ts';
import { parseLevel } from '../../src/lib/io/spreadsheet/values.ts';
import { readCsv, readXlsx } from '../../src/lib/io/spreadsheet/read-workbook.ts';
import { planImport, runImport, type ImportPlan } from '../../src/lib/io/spreadsheet/import-sheet.ts';
import { writeXlsx } from '../../src/lib/io/spreadsheet/write-workbook.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { build } from './helpers/build.ts';

async function xlsxOf(fill: (ws: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Peta Jabatan'));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
const plan = (p: ReturnType<typeof planImport>): ImportPlan => {
  if ('error' in p) throw new Error(p.error);
  return p;
};
const fmt = (ps: { row: number; column: string; message: string }[]) => ps.map((p) => `${p.row} ${p.column}: ${p.message}`);

describe('reading values offices write', () => {
  it.each([
    ['JPT Pratama', 'jpt_pratama'],
    ['Eselon II.b', 'jpt_pratama'],
    ['eselon iii.a', 'administrator'],
    ['III/b', 'administrator'],
    ['Administrator', 'administrator'],
    ['IV.a', 'pengawas'],
    ['PENGAWAS', 'pengawas'],
    ['Pelaksana', 'pelaksana'],
    ['JFU', 'pelaksana'],
    ['Fungsional', 'fungsional'],
    ['Ahli Muda', 'fungsional']
  ])('%s → %s', (raw, level) => expect(parseLevel(raw)?.level).toBe(level));
  it('does not guess at unknown values', () => expect(parseLevel('Eselon V')).toBeUndefined());
});

describe('header detection', () => {
  it('finds a two-row merged header with title rows above it', () => {
    const rows = [['PETA JABATAN DINAS KESEHATAN'], [''], ['No', 'Nama Jabatan', 'Jenis Jabatan', 'Atasan', 'Jumlah', 'Jumlah'], ['', '', '', '', 'B', 'K'], ['1', 'Kepala Dinas', 'JPT Pratama', '', '1', '1']];
    const h = detectHeader(rows)!;
    expect(h.headerRow).toBe(3);
    expect(h.mapping).toMatchObject({ title: 1, level: 2, parent: 3, bezetting: 4, need: 5 });
  });
});

describe('importing a messy peta jabatan XLSX', () => {
  it('reads merged headers, blank rows, trailing spaces, mixed case and Eselon codes; reports each bad row', async () => {
    const data = await xlsxOf((ws) => {
      ws.addRow(['PETA JABATAN']);
      ws.mergeCells('A1:F1');
      ws.addRow(['Unit Kerja', 'Nama Jabatan', 'Eselon', 'Jenjang', 'Jabatan Atasan', 'Jumlah', '']);
      ws.addRow(['', '', '', '', '', 'B', 'K']);
      ws.mergeCells('F2:G2');
      ws.addRow(['Dinas Kesehatan ', '  Kepala Dinas Kesehatan', 'II.b', '', '', 1, 1]);
      ws.addRow([]);
      ws.addRow(['dinas kesehatan', 'Kepala Bidang P2P', 'eselon III.a', '', 'kepala dinas kesehatan', 1, 1]);
      ws.addRow(['Dinas Kesehatan', 'Epidemiolog Kesehatan', 'Fungsional', 'Ahli Muda', 'Kepala Bidang P2P', 3, 4]);
      ws.addRow(['Dinas Kesehatan', 'Entomolog Kesehatan', 'Fungsional', 'Ahli Setengah', 'Kepala Bidang P2P', 1, 1]);
      ws.addRow(['Dinas Kesehatan', 'Pengadministrasi Perkantoran', 'Pelaksana', '', 'Kepala Seksi Fiktif', 2, 2]);
    });
    const [sheet] = await readXlsx(data, 'peta.xlsx');
    const p = plan(planImport(sheet));
    const all = runImport(p);
    expect(fmt(all.problems)).toEqual([
      '8 D (Jenjang): Jenjang "Ahli Setengah" tidak dikenal (Ahli Utama/Madya/Muda/Pertama, Penyelia, Mahir, Terampil, Pemula)',
      '9 E (Atasan / kedudukan): Atasan "Kepala Seksi Fiktif" tidak ditemukan di berkas'
    ]);
    const valid = runImport(p, { validOnly: true });
    expect(valid.importedRows).toBe(3);
    expect(valid.structure.positions.map((x) => [x.title, x.level, x.grade ?? '', x.count ?? 1, x.need ?? ''])).toEqual([
      ['Kepala Dinas Kesehatan', 'jpt_pratama', '', 1, 1],
      ['Kepala Bidang P2P', 'administrator', '', 1, 1],
      ['Epidemiolog Kesehatan', 'fungsional', 'ahli_muda', 3, 4]
    ]);
    expect(valid.structure.units).toEqual([expect.objectContaining({ name: 'Dinas Kesehatan', type: 'dinas' })]);
    expect(checkIntegrity(valid.structure)).toEqual([]);
  });

  it('reports a kedudukan cycle on its row, and drops the rows under an invalid atasan when importing valid rows only', async () => {
    const [sheet] = await readCsv(['Kode Jabatan;Nama Jabatan;Jenis Jabatan;Kode Atasan', 'a;Kepala A;Administrator;b', 'b;Kepala B;Administrator;a', 'c;Kepala C;Pengawas;', 'd;Analis;Ahli Pertama;c', 'e;Pengolah Data;Pelaksana;zz', 'f;Pengadministrasi;Pelaksana;e'].join('\n'), 'siklus.csv');
    const p = plan(planImport(sheet));
    const r = runImport(p);
    expect(fmt(r.problems)).toEqual(['2 : Siklus kedudukan: a → b → a', '6 D (Kode jabatan atasan): Kode atasan "zz" tidak ditemukan']);
    const v = runImport(p, { validOnly: true });
    expect(v.structure.positions.map((x) => x.id)).toEqual(['c', 'd']);
    expect(fmt(v.problems)).toContain('7 D (Kode jabatan atasan): Tidak diimpor karena atasannya (baris 6) tidak diimpor');
  });

  it('merges one-row-per-holder exports (SIMPEG) into one position with its holders', async () => {
    const [sheet] = await readCsv(['Unit,Nama Jabatan,Jenis,Atasan,Nama Pegawai', 'Badan Kepegawaian,Kepala Badan,JPT Pratama,,Budi', 'Badan Kepegawaian,Analis SDM Aparatur Ahli Muda,Fungsional,Kepala Badan,Sari', 'Badan Kepegawaian,Analis SDM Aparatur Ahli Muda,Fungsional,Kepala Badan,Andi'].join('\n'), 'simpeg.csv');
    const r = runImport(plan(planImport(sheet)));
    expect(r.problems).toEqual([]);
    expect(r.structure.positions[1]).toMatchObject({ grade: 'ahli_muda', count: 2, holders: ['Sari', 'Andi'] });
  });

  it('imports 5,000 rows', async () => {
    const lines = ['Unit,Nama Jabatan,Jenis,Atasan'];
    lines.push('Dinas Besar,Kepala Dinas,JPT Pratama,');
    for (let b = 0; b < 50; b++) {
      lines.push(`Dinas Besar,Kepala Bidang ${b},Administrator,Kepala Dinas`);
      for (let j = 0; j < 99; j++) lines.push(`Dinas Besar,Analis ${b}-${j} Ahli Pertama,Fungsional,Kepala Bidang ${b}`);
    }
    const [sheet] = await readCsv(lines.join('\n'), 'besar.csv');
    const r = runImport(plan(planImport(sheet)));
    expect(r.problems).toEqual([]);
    expect(r.structure.positions.length).toBe(5001);
  });

  it('a file without a recognisable header says so', async () => {
    const [sheet] = await readCsv('a,b,c\n1,2,3', 'acak.csv');
    expect(planImport(sheet)).toMatchObject({ error: expect.stringMatching(/baris judul kolom tidak ditemukan/) });
  });
});

describe('export → import round trip', () => {
  it('gives back the same units and positions', async () => {
    const s = build('dinas', (b) => {
      const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { id: 'kadis', classGrade: 14, need: 1, holders: ['dr. Ani'] });
      const kabid = b.pos('Kepala Bidang P2P', 'administrator', kadis, { id: 'kabid', classGrade: 12 });
      b.pos('Epidemiolog Kesehatan Ahli Muda', 'fungsional', kabid, { id: 'epid', grade: 'ahli_muda', count: 3, need: 4, holders: ['Sari', 'Andi'] });
      b.unit('puskesmas', 'UPTD Puskesmas Kota', 'u1', 'pkm');
      b.pos('Kepala Puskesmas', 'fungsional', kadis, { id: 'kapus', grade: 'ahli_madya', unit: 'pkm' });
      b.pos('Pengadministrasi Perkantoran', 'pelaksana', 'kapus', { id: 'adm', unit: 'pkm', count: 2 });
    }, 'Dinas Kesehatan');
    const bytes = await writeXlsx(s);
    const [sheet] = await readXlsx(bytes, 'ekspor.xlsx');
    const r = runImport(plan(planImport(sheet)));
    expect(r.problems).toEqual([]);
    expect(r.structure.units).toEqual(s.units);
    expect(r.structure.positions).toEqual(s.positions);
  });
});
