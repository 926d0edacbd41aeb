// Turns the rows of one peta jabatan sheet into a structure (v1), listing every problem with sheet, row
// and column. Nothing is decided silently: a row whose level, jenjang or atasan cannot be read is a
// problem; the caller imports everything, or (when the user says so) only the valid rows.
import { StructureSchema, type Position, type Structure, type Unit } from '../../domain/structure.ts';
import { checkIntegrity } from '../../domain/integrity.ts';
import type { Mapping, Field } from './headers.ts';
import { FIELD_LABEL } from './headers.ts';
import { gradeFromTitle, parseCount, parseGrade, parseLevel, parseUnitType, unitTypeFromName } from './values.ts';

export interface SheetProblem {
  sheet: string;
  /** 1-based row number as shown by Excel/LibreOffice. */
  row: number;
  /** Column letter and header, e.g. "C (Jenis Jabatan)"; empty for whole-row problems. */
  column: string;
  message: string;
}

export interface SheetImport {
  /** Every row that could be read, problems or not excluded only when `validOnly`. */
  structure: Structure;
  problems: SheetProblem[];
  /** Data rows seen (blank rows and unit section rows not counted). */
  rowCount: number;
  /** Rows in `structure`. */
  importedRows: number;
}

export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const slug = (s: string) =>
  s
    .toLocaleLowerCase('id')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'x';

interface Draft {
  row: number;
  unitName: string;
  unitCode?: string;
  unitType?: Unit['type'];
  title: string;
  level?: Position['level'];
  grade?: Position['grade'];
  parentTitle?: string;
  parentCode?: string;
  code?: string;
  classGrade?: number;
  need?: number;
  bezetting?: number;
  holders: string[];
  bad: boolean;
}

export function rowsToStructure(
  sheet: string,
  rows: readonly (readonly string[])[],
  headerRow: number,
  mapping: Mapping,
  opts: { title?: string; validOnly?: boolean } = {}
): SheetImport {
  const problems: SheetProblem[] = [];
  const col = (f: Field) => {
    const i = mapping[f];
    return i === undefined ? '' : `${columnLetter(i)} (${FIELD_LABEL[f]})`;
  };
  const cell = (r: readonly string[], f: Field) => {
    const i = mapping[f];
    return i === undefined ? '' : String(r[i] ?? '').replace(/\s+/g, ' ').trim();
  };

  const drafts: Draft[] = [];
  let sectionUnit = '';
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    const rowNo = r + 1;
    const filled = row.filter((c) => String(c ?? '').trim() !== '');
    if (filled.length === 0) continue;
    const title = cell(row, 'title');
    if (!title && filled.length === 1) {
      sectionUnit = String(filled[0]).trim(); // a unit heading row in a peta jabatan printout
      continue;
    }
    const p = (column: string, message: string) => problems.push({ sheet, row: rowNo, column, message });
    const d: Draft = { row: rowNo, unitName: cell(row, 'unit') || sectionUnit || opts.title || sheet, title, holders: [], bad: false };
    d.unitCode = cell(row, 'unitCode') || undefined;
    const unitTypeText = cell(row, 'unitType');
    if (unitTypeText) {
      d.unitType = parseUnitType(unitTypeText);
      if (!d.unitType) {
        p(col('unitType'), `Jenis unit "${unitTypeText}" tidak dikenal`);
        d.bad = true;
      }
    }
    if (!title) {
      p(col('title'), 'Nama jabatan kosong');
      d.bad = true;
    }
    const levelText = cell(row, 'level');
    const gradeText = cell(row, 'grade');
    const parsed = levelText ? parseLevel(levelText) : undefined;
    if (levelText && !parsed) {
      p(col('level'), `Jenis jabatan "${levelText}" tidak dikenal (contoh yang dikenal: JPT Pratama, Eselon III.a, Administrator, Pengawas, Fungsional, Ahli Muda, Pelaksana)`);
      d.bad = true;
    }
    const grade = gradeText ? parseGrade(gradeText) : (parsed?.grade ?? gradeFromTitle(title));
    if (gradeText && !grade) {
      p(col('grade'), `Jenjang "${gradeText}" tidak dikenal (Ahli Utama/Madya/Muda/Pertama, Penyelia, Mahir, Terampil, Pemula)`);
      d.bad = true;
    }
    d.level = parsed?.level ?? (levelText ? undefined : grade ? 'fungsional' : undefined);
    if (!d.level && !levelText && !d.bad) {
      p(col('level') || 'jenis jabatan', `Jenis jabatan "${title}" tidak dapat ditentukan: isi kolom jenis/level jabatan`);
      d.bad = true;
    }
    if (d.level === 'fungsional') {
      d.grade = grade;
      if (!grade && !gradeText) {
        p(col('grade') || col('level'), `Jenjang jabatan fungsional "${title}" tidak diketahui`);
        d.bad = true;
      }
    }
    d.parentTitle = cell(row, 'parent') || undefined;
    d.parentCode = cell(row, 'parentCode') || undefined;
    d.code = cell(row, 'code') || undefined;
    for (const [f, key] of [['classGrade', 'classGrade'], ['need', 'need'], ['bezetting', 'bezetting']] as const) {
      const raw = cell(row, f);
      const n = parseCount(raw);
      if (n === 'invalid') {
        p(col(f), `${FIELD_LABEL[f]} "${raw}" harus bilangan bulat`);
        d.bad = true;
      } else if (n !== undefined) d[key] = n;
    }
    if (d.classGrade !== undefined && (d.classGrade < 1 || d.classGrade > 17)) {
      p(col('classGrade'), `Kelas jabatan ${d.classGrade} di luar rentang 1–17`);
      d.bad = true;
    }
    const holder = cell(row, 'holder');
    if (holder && holder !== '-') d.holders = holder.split(/\s*[;\n]\s*/).filter(Boolean);
    // Beyond what a structure holds (text over 500 characters, counts over 100,000): a row problem,
    // not a crash of the whole import (found by tests/unit/fuzz-spreadsheet.test.ts).
    const tooLong = (f: Field, text: string) => {
      if (text.length <= MAX_TEXT) return text;
      p(col(f), `Teks terlalu panjang (${text.length} karakter; maksimal ${MAX_TEXT})`);
      d.bad = true;
      return text.slice(0, MAX_TEXT);
    };
    d.title = tooLong('title', d.title);
    d.unitName = tooLong('unit', d.unitName);
    if (d.parentTitle) d.parentTitle = tooLong('parent', d.parentTitle);
    d.holders = d.holders.map((h) => tooLong('holder', h));
    if (d.classGrade !== undefined && (d.classGrade < 1 || d.classGrade > 17)) d.classGrade = undefined; // reported above
    for (const f of ['need', 'bezetting'] as const)
      if ((d[f] ?? 0) > MAX_COUNT) {
        p(col(f), `${FIELD_LABEL[f]} ${d[f]} terlalu besar (maksimal ${MAX_COUNT})`);
        d.bad = true;
        d[f] = MAX_COUNT;
      }
    drafts.push(d);
  }

  // One row per holder (SIMPEG style): same unit, title and atasan, no bezetting column → one position.
  const merged: Draft[] = [];
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.unitName}|${d.title}|${d.parentTitle ?? d.parentCode ?? ''}|${d.code ?? ''}`;
    const prev = mapping.bezetting === undefined && d.code === undefined ? byKey.get(key) : undefined;
    if (prev && !d.bad && !prev.bad) {
      prev.holders.push(...d.holders);
      continue;
    }
    byKey.set(key, d);
    merged.push(d);
  }

  // Units, then positions with ids; atasan resolved by code, then by title (same unit first, nearest above).
  // Unit names are matched case-insensitively: "Dinas Kesehatan " and "dinas kesehatan" are one unit.
  const unitKey = (name: string) => name.toLocaleLowerCase('id');
  const units = new Map<string, Unit>();
  const unitIds = new Set<string>();
  for (const d of merged)
    if (!units.has(unitKey(d.unitName))) units.set(unitKey(d.unitName), { id: uniqueId(d.unitCode && VALID_ID.test(d.unitCode) ? d.unitCode : slug(d.unitName), unitIds), name: d.unitName, type: d.unitType ?? unitTypeFromName(d.unitName), parent: null });
  const ids = new Set<string>();
  const idOf = new Map<Draft, string>();
  for (const d of merged) idOf.set(d, uniqueId(d.code && VALID_ID.test(d.code) ? d.code : `${units.get(unitKey(d.unitName))!.id}-${slug(d.title)}`, ids));

  const byCode = new Map<string, Draft>();
  for (const d of merged) if (d.code) byCode.set(d.code, d);
  const parentOf = new Map<Draft, Draft | null>();
  merged.forEach((d, i) => {
    if (d.parentCode) {
      const target = byCode.get(d.parentCode);
      if (!target) {
        problems.push({ sheet, row: d.row, column: col('parentCode'), message: `Kode atasan "${d.parentCode}" tidak ditemukan` });
        d.bad = true;
      }
      parentOf.set(d, target ?? null);
      return;
    }
    if (!d.parentTitle || d.parentTitle === '-') return parentOf.set(d, null);
    const want = d.parentTitle.toLocaleLowerCase('id');
    const same = (x: Draft) => x !== d && x.title.toLocaleLowerCase('id') === want;
    let target: Draft | undefined;
    for (let j = i - 1; j >= 0 && !target; j--) if (same(merged[j]) && merged[j].unitName === d.unitName) target = merged[j];
    target ??= merged.find((x) => same(x) && x.unitName === d.unitName);
    if (!target) {
      const elsewhere = merged.filter(same);
      if (elsewhere.length === 1) target = elsewhere[0];
      else if (elsewhere.length > 1) {
        problems.push({ sheet, row: d.row, column: col('parent'), message: `Atasan "${d.parentTitle}" ada di beberapa unit; sebutkan kode atasan` });
        d.bad = true;
      }
    }
    if (!target && !d.bad) {
      problems.push({ sheet, row: d.row, column: col('parent'), message: `Atasan "${d.parentTitle}" tidak ditemukan di berkas` });
      d.bad = true;
    }
    parentOf.set(d, target ?? null);
  });

  // Cycles and other integrity problems, reported on their rows.
  const toPosition = (d: Draft): Position => {
    const parent = parentOf.get(d) ?? null;
    const count = d.bezetting !== undefined ? Math.max(1, d.bezetting) : Math.max(1, d.holders.length);
    return {
      id: idOf.get(d)!,
      unit: units.get(unitKey(d.unitName))!.id,
      title: d.title || `(baris ${d.row})`,
      level: d.level ?? 'pelaksana',
      ...(d.level === 'fungsional' && d.grade ? { grade: d.grade } : {}),
      parent: parent ? idOf.get(parent)! : null,
      ...(count > 1 ? { count } : {}),
      ...(d.holders.length ? { holders: d.holders.slice(0, count) } : {}),
      ...(d.classGrade !== undefined ? { classGrade: d.classGrade } : {}),
      ...(d.need !== undefined ? { need: d.need } : {})
    };
  };
  const rowOfId = new Map(merged.map((d) => [idOf.get(d)!, d]));
  const draftStructure = (list: Draft[]) => {
    const positions = list.map(toPosition);
    const present = new Set(positions.map((p) => p.id));
    for (const p of positions) if (p.parent && !present.has(p.parent)) p.parent = null;
    // A unit's parent is the unit of its head's atasan (a Puskesmas under its Dinas).
    const unitList = [...units.values()].filter((u) => positions.some((p) => p.unit === u.id)).map((u) => ({ ...u }));
    const unitById = new Map(unitList.map((u) => [u.id, u]));
    const posById = new Map(positions.map((p) => [p.id, p]));
    for (const p of positions) {
      const parent = p.parent ? posById.get(p.parent) : undefined;
      const u = unitById.get(p.unit)!;
      if (parent && parent.unit !== p.unit && u.parent === null && !unitAncestors(unitById, parent.unit).has(u.id)) u.parent = parent.unit;
    }
    return StructureSchema.parse({ format: 'bagan-kerja', version: 1, title: (opts.title ?? sheet).slice(0, MAX_TEXT), units: unitList, positions, teams: [], assignments: [] });
  };

  const all = draftStructure(merged);
  for (const ip of checkIntegrity(all)) {
    const [collection, index] = ip.path;
    if (collection === 'positions' && typeof index === 'number') {
      const d = rowOfId.get(all.positions[index].id)!;
      if (d.bad && !ip.message.startsWith('Siklus')) continue; // already reported in the row's own terms
      problems.push({ sheet, row: d.row, column: ip.path[2] === 'parent' ? col('parent') : '', message: ip.message.replace(/"[a-z0-9-]+"/g, (m) => `"${rowOfId.get(m.slice(1, -1))?.title ?? m.slice(1, -1)}"`) });
      d.bad = true;
    } else problems.push({ sheet, row: 0, column: '', message: ip.message });
  }

  // Valid-only: drop bad rows and, transitively, rows whose atasan was dropped.
  let kept = merged;
  if (opts.validOnly) {
    const dropped = new Set(merged.filter((d) => d.bad));
    let changed = true;
    while (changed) {
      changed = false;
      for (const d of merged) {
        const parent = parentOf.get(d);
        if (!dropped.has(d) && parent && dropped.has(parent)) {
          dropped.add(d);
          problems.push({ sheet, row: d.row, column: d.parentCode ? col('parentCode') : col('parent'), message: `Tidak diimpor karena atasannya (baris ${parent.row}) tidak diimpor` });
          changed = true;
        }
      }
    }
    kept = merged.filter((d) => !dropped.has(d));
  }
  const structure = opts.validOnly ? draftStructure(kept) : all;
  problems.sort((a, b) => a.row - b.row);
  return { structure, problems, rowCount: drafts.length, importedRows: kept.length };
}

function unitAncestors(units: Map<string, Unit>, id: string): Set<string> {
  const seen = new Set<string>();
  for (let cur: string | null = id; cur !== null && !seen.has(cur); cur = units.get(cur)?.parent ?? null) seen.add(cur);
  return seen;
}

const MAX_TEXT = 500;
const MAX_COUNT = 100000;

const VALID_ID = /^[\w.-]{1,120}$/;

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
