// Box contents and sizes: titles wrapped to fixed box widths so every box fits its text (never cut).
// Uniform widths per kind keep SOTK charts tidy; heights grow with the wrapped text.
import type { Position } from '../domain/structure.ts';
import { GRADE_LABEL, LEVEL_LABEL } from '../domain/vocabulary.ts';
import { wrapText, type FontSpec } from './text-measure.ts';
import { figuresLine, positionFigures, type StaffingView } from './peta-figures.ts';

export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

export const OFFICIAL = { width: 184, padX: 10, padY: 8, gap: 3 } as const;
export const GROUP = { width: 232, padX: 8, padY: 5, headingHeight: 20 } as const;
export const FRAME = { pad: 20, nameWidth: 200, nameGap: 18, nameTop: 10, subUnitGap: 56, subUnitSpacing: 32, minRowWidth: 900 } as const;

export const FONTS = {
  title: { size: 12, bold: true, lineHeight: 15 },
  detail: { size: 10.5, lineHeight: 13 },
  rowTitle: { size: 11, lineHeight: 14 },
  rowDetail: { size: 10, lineHeight: 12.5 },
  heading: { size: 10.5, bold: true, lineHeight: 13 },
  unitName: { size: 13, bold: true, lineHeight: 16 }
} as const satisfies Record<string, FontSpec & { lineHeight: number }>;

export const GROUP_HEADING = 'Kelompok JF/Pelaksana';

function peopleCount(p: Position): number {
  return p.count ?? (p.holders && p.holders.length > 0 ? p.holders.length : 1);
}

/** Peta Jabatan view: kelas jabatan, then B · K · ± on a line of its own (the renderer colours it by sign). */
function petaDetail(p: Position, inner: number, font: FontSpec): string[] {
  return [...wrapText(`Kelas jabatan ${p.classGrade ?? '–'}`, inner, font), ...wrapText(figuresLine(positionFigures(p)), inner, font)];
}

export function officialContent(p: Position, view: StaffingView = 'sotk'): { title: string[]; detail: string[]; height: number } {
  const inner = OFFICIAL.width - 2 * OFFICIAL.padX;
  const title = wrapText(p.title, inner, FONTS.title);
  const parts = [p.grade ? `${LEVEL_LABEL[p.level]} ${GRADE_LABEL[p.grade]}` : LEVEL_LABEL[p.level]];
  if (p.classGrade) parts.push(`kelas ${p.classGrade}`);
  const detail = view === 'peta' ? petaDetail(p, inner, FONTS.detail) : wrapText(parts.join(' · '), inner, FONTS.detail);
  const height = 2 * OFFICIAL.padY + title.length * FONTS.title.lineHeight + OFFICIAL.gap + detail.length * FONTS.detail.lineHeight;
  return { title, detail, height: Math.ceil(height) };
}

export function staffRowContent(p: Position, view: StaffingView = 'sotk'): { title: string[]; detail: string[]; height: number } {
  const inner = GROUP.width - 2 * GROUP.padX;
  const title = wrapText(p.title, inner, FONTS.rowTitle);
  const jenjang = p.grade ? GRADE_LABEL[p.grade] : LEVEL_LABEL[p.level];
  const need = p.need !== undefined ? ` (kebutuhan ${p.need})` : '';
  const detail = view === 'peta' ? petaDetail(p, inner, FONTS.rowDetail) : wrapText(`${jenjang} · ${peopleCount(p)} orang${need}`, inner, FONTS.rowDetail);
  const height = 2 * GROUP.padY + title.length * FONTS.rowTitle.lineHeight + detail.length * FONTS.rowDetail.lineHeight;
  return { title, detail, height: Math.ceil(height) };
}

export type BoxContent = ReturnType<typeof officialContent>;

/**
 * Wrapped box texts per position record (records are replaced, never changed, by an edit): a unit laid
 * out again after an edit wraps only the boxes whose record is new. Kept by the layout cache.
 */
export class BoxContentMemo {
  private readonly official = { sotk: new WeakMap<Position, BoxContent>(), peta: new WeakMap<Position, BoxContent>() };
  private readonly row = { sotk: new WeakMap<Position, BoxContent>(), peta: new WeakMap<Position, BoxContent>() };

  officialContent(p: Position, view: StaffingView = 'sotk'): BoxContent {
    const memo = this.official[view];
    let c = memo.get(p);
    if (!c) memo.set(p, (c = officialContent(p, view)));
    return c;
  }

  staffRowContent(p: Position, view: StaffingView = 'sotk'): BoxContent {
    const memo = this.row[view];
    let c = memo.get(p);
    if (!c) memo.set(p, (c = staffRowContent(p, view)));
    return c;
  }
}

export function unitNameLines(name: string): string[] {
  return wrapText(name, FRAME.nameWidth, FONTS.unitName);
}
