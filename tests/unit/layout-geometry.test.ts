import { describe, expect, it } from 'vitest';
import { rectsOverlap, segmentCrossesRect, simplify } from '../../src/lib/layout/geometry.ts';
import { ContentKeys } from '../../src/lib/layout/content-key.ts';
import { textWidth, wrapText } from '../../src/lib/layout/text-measure.ts';
import { packFan } from '../../src/lib/layout/fan-block.ts';

describe('geometry used by the layout checks', () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };
  it('detects a segment through a box, but not one along or outside its border', () => {
    expect(segmentCrossesRect({ x: 0, y: 15 }, { x: 50, y: 15 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 20, y: 0 }, { x: 20, y: 12 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 0, y: 10 }, { x: 50, y: 10 }, box)).toBe(false);
    expect(segmentCrossesRect({ x: 20, y: 0 }, { x: 20, y: 10 }, box)).toBe(false);
    expect(segmentCrossesRect({ x: 0, y: 25 }, { x: 50, y: 25 }, box)).toBe(false);
  });
  it('detects overlapping boxes', () => {
    expect(rectsOverlap(box, { x: 29, y: 19, width: 5, height: 5 })).toBe(true);
    expect(rectsOverlap(box, { x: 31, y: 10, width: 5, height: 5 })).toBe(false);
  });
  it('drops repeated and collinear points', () => {
    expect(simplify([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 5 }, { x: 0, y: 9 }, { x: 4, y: 9 }])).toEqual([{ x: 0, y: 0 }, { x: 0, y: 9 }, { x: 4, y: 9 }]);
  });
  it('keys equal content alike and different content differently', () => {
    const keys = new ContentKeys('u');
    const a = keys.keyOf('{"a":1}');
    expect(keys.keyOf('{"a":2}')).not.toBe(a);
    expect(keys.keyOf('{"a":' + '1}')).toBe(a);
  });
  it('forgets the least recently used texts past its budget, never handing a key to other content', () => {
    const keys = new ContentKeys('u', 10);
    const a = keys.keyOf('aaaa');
    const b = keys.keyOf('bbbb');
    expect(keys.keyOf('aaaa')).toBe(a);
    const c = keys.keyOf('cccc');
    expect(keys.size).toBe(2);
    expect(keys.keyOf('aaaa')).toBe(a);
    expect(keys.keyOf('cccc')).toBe(c);
    const b2 = keys.keyOf('bbbb');
    expect(b2).not.toBe(b);
    expect([a, c]).not.toContain(b2);
  });
});

describe('text measurement without a DOM (Liberation Sans metrics)', () => {
  it('matches the font’s advance widths', () => {
    // Liberation Sans: "i" 222/1000 em, "W" 944/1000 em, space 278/1000 em; bold "W" 944.
    expect(textWidth('i', { size: 10 })).toBeCloseTo(2.22);
    expect(textWidth('W W', { size: 10 })).toBeCloseTo(9.44 * 2 + 2.78);
    expect(textWidth('b', { size: 10, bold: true })).toBeCloseTo(6.11);
  });
  it('wraps at spaces and breaks a word longer than the line instead of cutting it', () => {
    const lines = wrapText('Kepala Bidang Pengendalian Penduduk', 100, { size: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Kepala Bidang Pengendalian Penduduk');
    const long = 'Supercalifragilistikexpialidosiuskabupaten';
    const broken = wrapText(long, 60, { size: 12 });
    expect(broken.join('')).toBe(long);
    for (const l of broken) expect(textWidth(l, { size: 12 })).toBeLessThanOrEqual(60);
  });
});

describe('fan-out packing', () => {
  it('fills columns top to bottom and keeps items apart', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ id: `k${i}`, width: 180, height: 50, attachY: 25 }));
    const fan = packFan(items);
    const xs = new Set(fan.placements.map((p) => p.x));
    expect(xs.size).toBeGreaterThan(1);
    expect(xs.size).toBeLessThan(9);
    for (let a = 0; a < fan.placements.length; a++)
      for (let b = a + 1; b < fan.placements.length; b++) {
        const p = fan.placements[a];
        const q = fan.placements[b];
        expect(rectsOverlap({ x: p.x, y: p.y, width: 180, height: 50 }, { x: q.x, y: q.y, width: 180, height: 50 })).toBe(false);
      }
    for (const p of fan.placements) expect(p.x + 180 <= fan.width && p.y + 50 <= fan.height).toBe(true);
  });
});
