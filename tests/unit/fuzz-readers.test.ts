// Fuzz suite for the JSON readers (issue 8): ≥10,000 seeded, reproducible hostile inputs per reader.
// Every input is either read or refused with at least one non-empty Indonesian message; none throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStructureText } from '../../src/lib/io/read-structure.ts';
import { readVariantText } from '../../src/lib/io/read-variant.ts';
import { rng } from './helpers/random-structure.ts';

const structureText = readFileSync(new URL('../fixtures/structures/dinas-kecil.json', import.meta.url), 'utf8');
const variantText = readFileSync(new URL('../fixtures/variants/minimal.json', import.meta.url), 'utf8');

const NASTY_VALUES: unknown[] = [null, true, 0, -1, 1e308, 'x'.repeat(10000), '', '\u202e\u0000\u0007', '<script>alert(1)</script>', [], {}, { __proto__: { polluted: 1 } }, [[[[[]]]]], 'NaN'];
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', '', '\u0000', 'a'.repeat(300)];

function mutateValue(r: () => number, value: unknown, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  if (depth > 6 || r() < 0.15) return r() < 0.5 ? pick(NASTY_VALUES) : value;
  if (Array.isArray(value)) {
    const out = value.map((v) => (r() < 0.3 ? mutateValue(r, v, depth + 1) : v));
    if (r() < 0.1) out.push(pick(NASTY_VALUES));
    if (r() < 0.1 && out.length) out.splice(Math.floor(r() * out.length), 1);
    if (r() < 0.05 && out.length) out.push(out[0]);
    return out;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (r() < 0.05) continue;
      out[k] = r() < 0.3 ? mutateValue(r, v, depth + 1) : v;
    }
    if (r() < 0.08) out[pick(NASTY_KEYS)] = pick(NASTY_VALUES);
    return out;
  }
  return r() < 0.3 ? pick(NASTY_VALUES) : value;
}

function mutateText(r: () => number, text: string): string {
  const mode = Math.floor(r() * 6);
  const at = Math.floor(r() * text.length);
  switch (mode) {
    case 0:
      return text.slice(0, at); // truncated download
    case 1:
      return text.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 20));
    case 3:
      return '['.repeat(1 + Math.floor(r() * 5000)) + text;
    case 4:
      return text.replace(/"title": "[^"]*"/, `"title": "${'\\u202e'.repeat(3)}<img src=x onerror=alert(1)>"`);
    default:
      return JSON.stringify(mutateValue(r, JSON.parse(text)));
  }
}

function fuzz(name: string, base: string, read: (t: string) => { ok: boolean; problems?: { message: string }[] }, count: number, seed: number) {
  it(`${name}: ${count} seeded hostile inputs (seed ${seed}) are read or refused with a message`, () => {
    const r = rng(seed);
    let refused = 0;
    for (let i = 0; i < count; i++) {
      const input = mutateText(r, base);
      let result;
      try {
        result = read(input);
      } catch (e) {
        throw new Error(`input #${i} threw: ${(e as Error).message}\n${input.slice(0, 300)}`);
      }
      if (!result.ok) {
        refused++;
        expect(result.problems?.length, `input #${i}`).toBeGreaterThan(0);
        for (const p of result.problems!) expect(p.message.trim().length, `input #${i}`).toBeGreaterThan(3);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused).toBeGreaterThan(count / 4); // the mutations really are hostile
  });
}

describe('reader fuzzing', () => {
  fuzz('structure reader', structureText, readStructureText, 10000, 20261123);
  fuzz('variant reader', variantText, readVariantText, 10000, 7);

  it('refuses a 60 MB file quickly with a size message instead of parsing it', () => {
    const huge = '{"format":"bagan-kerja","title":"' + 'x'.repeat(60 * 1024 * 1024) + '"}';
    const r = readStructureText(huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/Berkas terlalu besar \(60\.0 MB; maksimal 50 MB\)/);
  });

  it('refuses deeply nested JSON with a message (no stack overflow)', () => {
    const deep = '{"format":"bagan-kerja","version":1,"units":' + '['.repeat(100000) + ']'.repeat(100000) + ',"positions":[]}';
    const r = readStructureText(deep);
    expect(r.ok).toBe(false);
  });
});
