import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../src/lib/io/json-error.ts';

describe('locating invalid JSON', () => {
  it('accepts every valid JSON that JSON.parse accepts', () => {
    for (const t of ['{}', '[]', ' {"a":[1,2,{"b":null}],"c":"x\\"y"} ', '-1.5e3', '"s"', '[true,false,null]', '{"a":{}}']) {
      JSON.parse(t);
      expect(locateJsonError(t), t).toBeNull();
    }
  });
  it.each([
    ['{\n  "a": [,]\n}', 2, 9],
    ['{"a": 1,}', 1, 9],
    ['{"a" 1}', 1, 6],
    ['[1 2]', 1, 4],
    ['{"a": "tidak ditutup', 1, 21],
    ['{} x', 1, 4],
    ["{'a': 1}", 1, 2]
  ])('%j fails at line %i column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    const loc = locateJsonError(text);
    expect(loc && [loc.line, loc.column]).toEqual([line, column]);
  });
  it('handles 200,000 levels of nesting without overflowing', () => {
    const deep = '['.repeat(200000) + ']'.repeat(199999);
    expect(locateJsonError(deep)?.message).toMatch(/akhir berkas/);
  });
});
