// Peta jabatan export: one row per position with its computed Pejabat Penilai Kinerja and assigner for the
// chosen variant, as an XLSX that opens cleanly in Excel and LibreOffice, and re-imports to the same tree.
import type { ComputeResult } from '../../domain/result.ts';
import type { Structure } from '../../domain/structure.ts';
import { GRADE_LABEL, LEVEL_LABEL, UNIT_TYPE_LABEL } from '../../domain/vocabulary.ts';

export const EXPORT_HEADERS = ['Kode Unit', 'Jenis Unit', 'Kode Jabatan', 'Unit Organisasi', 'Nama Jabatan', 'Jenis Jabatan', 'Jenjang', 'Kode Atasan', 'Jabatan Atasan', 'Kelas Jabatan', 'B', 'K', '+/-', 'Nama Pemangku', 'Pejabat Penilai Kinerja', 'Pemberi Tugas', 'Dasar Penilai'];

export function exportRows(s: Structure, result?: ComputeResult): (string | number | null)[][] {
  const pos = new Map(s.positions.map((p) => [p.id, p]));
  const units = new Map(s.units.map((u) => [u.id, u]));
  const title = (id: string | null | undefined) => (id ? (pos.get(id)?.title ?? '') : '');
  return s.positions.map((p) => {
    const b = p.count ?? 1;
    const rater = result?.roles.get(p.id)?.rater;
    const raterLine = result?.lines.find((l) => l.kind === 'rating' && l.to === p.id && !l.optional);
    const assigner = result?.lines.find((l) => l.kind === 'assignment' && l.to === p.id && !l.optional && !l.team)?.from;
    const unit = units.get(p.unit);
    return [
      p.unit,
      unit ? UNIT_TYPE_LABEL[unit.type] : '',
      p.id,
      unit?.name ?? p.unit,
      p.title,
      LEVEL_LABEL[p.level],
      p.grade ? GRADE_LABEL[p.grade] : '',
      p.parent ?? '',
      title(p.parent),
      p.classGrade ?? null,
      b,
      p.need ?? null,
      p.need === undefined ? null : b - p.need,
      (p.holders ?? []).join('; '),
      title(rater),
      title(assigner),
      raterLine ? `${raterLine.basis.ref}${raterLine.basis.lines ? ` (${raterLine.basis.lines})` : ''}` : ''
    ];
  });
}

export async function writeXlsx(s: Structure, result?: ComputeResult): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bagan Kerja';
  const ws = wb.addWorksheet('Peta Jabatan', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(EXPORT_HEADERS);
  ws.getRow(1).font = { bold: true };
  for (const row of exportRows(s, result)) ws.addRow(row);
  const widths = [16, 14, 18, 30, 44, 18, 14, 18, 36, 8, 5, 5, 5, 36, 36, 36, 30];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: 'A1', to: `Q${s.positions.length + 1}` };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
