// Text measurement without a DOM, so Node (CLI, tests) and the browser compute the same box sizes.
// Advance widths (1/1000 em) of Liberation Sans Regular/Bold for U+0020–U+00FF, read from the TTF
// files Debian ships (metric-compatible with Arial, the next font in our stack). Unknown characters
// count as a wide glyph, so a box is never too narrow for its text.

const FIRST = 32;
// prettier-ignore
const REGULAR: readonly number[] = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,278,333,556,556,556,556,260,556,333,737,370,556,584,333,737,552,400,549,333,333,333,576,537,278,333,333,365,556,834,834,834,611,667,667,667,667,667,667,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,556,556,556,556,556,556,889,500,556,556,556,556,278,278,278,278,556,556,556,556,556,556,556,549,611,556,556,556,556,500,556,500];
// prettier-ignore
const BOLD: readonly number[] = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,278,333,556,556,556,556,280,556,333,737,370,556,584,333,737,552,400,549,333,333,333,576,556,278,333,333,365,556,834,834,834,611,722,722,722,722,722,722,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,556,556,556,556,556,556,889,556,556,556,556,556,278,278,278,278,611,611,611,611,611,611,611,549,611,611,611,611,611,556,611,556];
const FALLBACK = 1000;

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/**
 * Width in 1/1000 em: an integer, so the widths of pieces add up exactly to the width of the whole. Read by
 * UTF-16 code unit (no iterator: ~20,000 titles per 10,000-position layout); a surrogate pair is one
 * character outside the table, as a lone surrogate is.
 */
function units(text: string, table: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        sum += FALLBACK;
        i++;
        continue;
      }
    }
    const w = table[c - FIRST];
    sum += w ? w : FALLBACK;
  }
  return sum;
}

export function textWidth(text: string, font: FontSpec): number {
  return (units(text, font.bold ? BOLD : REGULAR) * font.size) / 1000;
}

/**
 * Greedy word wrap to maxWidth. A single word longer than the width is broken by characters rather
 * than cut, because text must never be lost in a lampiran figure. Each word is measured once and a
 * line's width is the sum of its words' (exact in integer units), not measured again per candidate.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec): string[] {
  const table = font.bold ? BOLD : REGULAR;
  // A line fits when units * size / 1000 <= maxWidth (the same expression textWidth uses).
  const size = font.size;
  const space = units(' ', table);
  // Break at ordinary white space only: a no-break space (U+00A0) keeps "± −1" or "B 12" on one line.
  const words = text.trim().split(/[ \t\n\r\f\v]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const word of words) {
    const wordUnits = units(word, table);
    const candidate = line ? lineUnits + space + wordUnits : wordUnits;
    if ((candidate * size) / 1000 <= maxWidth) {
      line = line ? `${line} ${word}` : word;
      lineUnits = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    lineUnits = 0;
    if ((wordUnits * size) / 1000 <= maxWidth) {
      line = word;
      lineUnits = wordUnits;
      continue;
    }
    let piece = '';
    let pieceUnits = 0;
    for (const ch of word) {
      const chUnits = units(ch, table);
      if (piece && ((pieceUnits + chUnits) * size) / 1000 > maxWidth) {
        lines.push(piece);
        piece = '';
        pieceUnits = 0;
      }
      piece += ch;
      pieceUnits += chUnits;
    }
    line = piece;
    lineUnits = pieceUnits;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
