// Fuzz suite for the restore reader (issue 8): 10,000 seeded hostile variations of a real backup
// (truncated, bytes flipped, values and keys replaced, prototype-pollution keys, huge nesting) are read
// or refused with a message; a refused file is never partly restored (the reader writes nothing, and
// restoreBackup only ever receives a fully validated backup). Plus the 100 MB and deep-nesting cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRestoreText } from '../../src/lib/store/backup.ts';
import { writeBackup, writeProjectFile } from '../../src/lib/io/project-file.ts';
import { readStructureText } from '../../src/lib/io/read-structure.ts';
import { readVariantText } from '../../src/lib/io/read-variant.ts';
import { VariantSchema } from '../../src/lib/domain/variant.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { rng } from './helpers/random-structure.ts';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const structure = (() => {
  const r = readStructureText(fixture('structures/dinas-kecil.json'));
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();
const variant = VariantSchema.parse(JSON.parse(fixture('variants/minimal.json')));
const project = JSON.parse(writeProjectFile({ name: 'Dinas Kecil', structure, variantId: variant.id, options: { 'kadis-rates': 'yes' }, pins: {}, customVariants: [], snapshots: [{ name: 'Draf 1', createdAt: 1, structure }] }));
const backupText = writeBackup([project, { ...project, name: 'Salinan' }], [variant]);

const NASTY: unknown[] = [null, true, 0, -1, 1e308, 'x'.repeat(5000), '', '\u202e\u0000', '<script>alert(1)</script>', [], {}, [[[[]]]], { __proto__: { polluted: 1 } }];
const KEYS = ['__proto__', 'constructor', 'prototype', '', 'format', 'version', 'projects'];

function mutate(r: () => number, v: unknown, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  if (depth > 7 || r() < 0.1) return r() < 0.5 ? pick(NASTY) : v;
  if (Array.isArray(v)) {
    const out = v.map((x) => (r() < 0.3 ? mutate(r, x, depth + 1) : x));
    if (r() < 0.1) out.push(pick(NASTY));
    if (r() < 0.1 && out.length) out.splice(Math.floor(r() * out.length), 1);
    return out;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (r() > 0.04) out[k] = r() < 0.3 ? mutate(r, x, depth + 1) : x;
    if (r() < 0.08) out[pick(KEYS)] = pick(NASTY);
    return out;
  }
  return r() < 0.3 ? pick(NASTY) : v;
}

function hostileText(r: () => number): string {
  const at = Math.floor(r() * backupText.length);
  switch (Math.floor(r() * 5)) {
    case 0:
      return backupText.slice(0, at); // a download cut short
    case 1:
      return backupText.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + backupText.slice(at + 1);
    case 2:
      return '{"a":'.repeat(1 + Math.floor(r() * 3000)) + backupText;
    case 3:
      return backupText.replace(/"__proto__"|"name": "Salinan"/, '"__proto__": {"polluted": 1}, "name": "Salinan"');
    default:
      return JSON.stringify(mutate(r, JSON.parse(backupText)));
  }
}

describe('restore reader fuzzing', () => {
  it('10,000 seeded hostile backups (seed 31337) are read or refused with a message', () => {
    const r = rng(31337);
    let refused = 0;
    let accepted = 0;
    for (let i = 0; i < 10000; i++) {
      const text = hostileText(r);
      let result;
      try {
        result = readRestoreText(text);
      } catch (e) {
        throw new Error(`input #${i} threw: ${(e as Error).message}\n${text.slice(0, 300)}`);
      }
      if (!result.ok) {
        refused++;
        expect(result.problems.length, `input #${i}`).toBeGreaterThan(0);
        for (const p of result.problems) expect(p.message.trim().length, `input #${i}`).toBeGreaterThan(3);
      } else {
        // What passes is whole: every structure is intact, and writing it out reads back the same.
        for (const p of result.value.projects) expect(checkIntegrity(p.structure), `input #${i}`).toEqual([]);
        if (++accepted % 25 === 0) {
          const again = readRestoreText(writeBackup(result.value.projects, result.value.variants));
          expect(again.ok && again.value.projects, `input #${i}`).toEqual(result.value.projects);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused).toBeGreaterThan(2500);
    expect(accepted).toBeGreaterThan(100);
  }, 120_000);

  it('a 100 MB file is refused quickly with a size message, before parsing', () => {
    const huge = '{"format":"bagan-kerja-cadangan","projects":["' + 'x'.repeat(100 * 1024 * 1024) + '"]}';
    for (const read of [readRestoreText, readStructureText, readVariantText]) {
      const r = read(huge);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0].message).toMatch(/Berkas terlalu besar \(100\.0 MB; maksimal 50 MB\)/);
    }
  });

  it('deeply nested JSON (100,000 levels) is refused with a message, no stack overflow', () => {
    const deep = '{"format":"bagan-kerja-cadangan","version":1,"createdAt":"x","projects":' + '['.repeat(100000) + ']'.repeat(100000) + '}';
    const r = readRestoreText(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message.length).toBeGreaterThan(5);
    const objects = '{"a":'.repeat(100000) + '1' + '}'.repeat(100000);
    const o = readRestoreText(objects);
    expect(o.ok).toBe(false);
  });
});
