// wrapText measures each word once and adds the widths up; it must wrap exactly as measuring every
// candidate line again does (box sizes, and so every golden figure, depend on it).
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText, type FontSpec } from '../../src/lib/layout/text-measure.ts';
import { rng } from './helpers/random-structure.ts';

/** Width as measured before: by code point, characters outside the table counted as 1 em. */
function pointWidth(text: string, font: FontSpec): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! > 0xff ? 1 : textWidth(ch, font) / font.size;
  return em * font.size;
}

/** The plain greedy wrap: every candidate line measured whole. */
function reference(text: string, maxWidth: number, font: FontSpec): string[] {
  const words = text.trim().split(/[ \t\n\r\f\v]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (textWidth(word, font) <= maxWidth) {
      line = word;
      continue;
    }
    let piece = '';
    for (const ch of word) {
      if (piece && textWidth(piece + ch, font) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    line = piece;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const PIECES = ['Kepala', 'Bidang', 'Pengendalian', 'Penduduk', 'dan', 'Keluarga', 'Berencana', 'UPTD', 'Puskesmas', 'B\u00a012', '±\u00a0−1', 'Ahli', 'Muda', '·', 'Ω', '😀', 'Kesejahteraan', 'PengadministrasiPerkantoranKeuanganDanAsetDaerah', 'iiiiiiiiiiiiiiii', 'WWWWWWWW', ''];

describe('wrapText', () => {
  it('measures by character: astral characters and lone surrogates count as one wide glyph each', () => {
    const font = { size: 10 };
    for (const text of ['Dinas 😀 Kesehatan', '\ud83d', 'a\ude00b', '😀😀', 'Ωmega', 'tab\there'])
      expect(textWidth(text, font), JSON.stringify(text)).toBeCloseTo(pointWidth(text, font), 9);
    expect(textWidth('😀', font)).toBe(10);
  });

  it('wraps exactly as measuring every candidate line does, for random titles, fonts and widths', () => {
    const r = rng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(r() * 12);
      const text = Array.from({ length: n }, () => pick(PIECES)).join(pick([' ', '  ', '\t', ' \n ']));
      const font: FontSpec = { size: pick([10, 10.5, 11, 12, 13]), bold: r() < 0.4 };
      const width = 20 + Math.floor(r() * 240);
      expect(wrapText(text, width, font), `${JSON.stringify(text)} in ${width}`).toEqual(reference(text, width, font));
    }
  });
});
