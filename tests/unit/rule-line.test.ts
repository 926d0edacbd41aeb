import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { plainLine, RuleLine, type LineRuleFields } from '../../src/lib/domain/rule-line.ts';
import { LineSchema } from '../../src/lib/domain/result.ts';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';

const rule: LineRuleFields = { kind: 'rating', subKind: 'ppk', ruleId: 'r1', label: 'menilai', basis: { source: 'perbup', ref: 'Pasal 1', quote: 'q' }, optional: false };

describe('RuleLine (a line that reads the shared fields from its rule)', () => {
  it('reads like a plain line and writes every field to JSON', () => {
    const line = new RuleLine('a', 'b', rule);
    expect([line.kind, line.subKind, line.rule, line.label, line.from, line.to, line.optional]).toEqual(['rating', 'ppk', 'r1', 'menilai', 'a', 'b', undefined]);
    expect(JSON.parse(JSON.stringify(line))).toEqual({ kind: 'rating', subKind: 'ppk', from: 'a', to: 'b', rule: 'r1', label: 'menilai', basis: rule.basis });
    expect(plainLine(new RuleLine('a', 'b', { ...rule, optional: true })).optional).toBe(true);
  });

  it('every computed line, as JSON, is a valid Line with the fields of its rule', () => {
    const s = generateKabupaten({ positions: 600, seed: 3 });
    for (const v of loadBuiltinVariants()) {
      const r = compute(s, v);
      const byId = new Map(v.lineRules.map((lr) => [lr.id, lr]));
      const fromRules = r.lines.filter((l) => l instanceof RuleLine);
      expect(fromRules.length).toBeGreaterThan(100);
      for (const l of JSON.parse(JSON.stringify(fromRules)) as unknown[]) {
        const line = LineSchema.parse(l);
        const lr = byId.get(line.rule)!;
        expect([line.kind, line.subKind, line.label, line.basis, line.optional ?? false]).toEqual([lr.kind, lr.subKind, lr.label, lr.basis, lr.optional ?? false]);
      }
    }
  });
});
