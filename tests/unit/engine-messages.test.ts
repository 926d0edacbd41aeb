// The engine builds each distinct finding message once (by template and titles) and shares it between
// findings: every message must still be the template filled with its own positions' current titles,
// also after a rename handled by the incremental engine.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { createIncrementalEngine } from '../../src/lib/domain/incremental-engine.ts';
import { updatePosition } from '../../src/lib/domain/edit.ts';
import { fillTemplate } from '../../src/lib/domain/message.ts';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import type { ComputeResult } from '../../src/lib/domain/result.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';

const cilegon = loadBuiltinVariant('cilegon-2023-17');
const CODE = 'PPK_JF_TANPA_DELEGASI';
const template = cilegon.raterRules.find((r) => r.finding?.code === CODE)!.finding!.message;

function expectFilled(s: Structure, r: ComputeResult): void {
  const index = indexStructure(s);
  const found = r.findings.filter((f) => f.code === CODE);
  expect(found.length).toBeGreaterThan(20);
  for (const f of found) expect(f.message).toBe(fillTemplate(template, index, f.positions));
}

describe('finding messages shared between findings', () => {
  const s = generateKabupaten({ positions: 1500, seed: 3 });

  it('are the template filled with each finding’s titles', () => {
    const r = compute(s, cilegon);
    expectFilled(s, r);
    // Many JFs under JF-led units share titles: their findings share messages.
    expect(new Set(r.findings.filter((f) => f.code === CODE).map((f) => f.message)).size).toBeLessThan(r.findings.filter((f) => f.code === CODE).length);
  });

  it('follow a rename of the unit head and of a JF in the incremental engine', () => {
    const engine = createIncrementalEngine();
    const first = engine.compute(s, cilegon);
    const f = first.findings.find((x) => x.code === CODE)!;
    const [jf, head] = f.positions;
    const renamed = updatePosition(s, head, { title: 'Kepala Unit Uji' });
    if (!renamed.ok) throw new Error(renamed.reason);
    const again = updatePosition(renamed.structure, jf, { title: 'JF Uji Ahli Muda' });
    if (!again.ok) throw new Error(again.reason);
    const r = engine.compute(again.structure, cilegon);
    expectFilled(again.structure, r);
    const message = r.findings.find((x) => x.code === CODE && x.positions[0] === jf)!.message;
    expect(message).toContain('"Kepala Unit Uji"');
    expect(message).toContain('"JF Uji Ahli Muda"');
  });
});
