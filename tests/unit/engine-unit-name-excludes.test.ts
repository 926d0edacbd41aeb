// PositionMatch.unitNameExcludes: a rule for "every Dinas/Badan except the ones a text names
// separately" (Tabanan names DPMPTSP and BRIDA as their own pattern among the Dinas and Badan).
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { checkVariantIntegrity } from '../../src/lib/domain/variant-integrity.ts';
import { Builder } from './helpers/build.ts';
import { has } from './helpers/lines.ts';
import { testVariant } from './helpers/test-variant.ts';

const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
const variant = testVariant('uji-unit-name-excludes', {
  lineRules: [
    {
      id: 'hasil-kecuali',
      kind: 'reporting',
      subKind: 'hasil',
      label: 'Hasil',
      subject: { levels: ['fungsional'], unitNameExcludes: ['Riset'] },
      from: 'self',
      to: 'unitHead',
      basis
    }
  ]
});

describe('PositionMatch.unitNameExcludes', () => {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const jf = b.pos('Epidemiolog Ahli Muda', 'fungsional', kadis, { grade: 'ahli_muda' });
  b.unit('badan', 'Badan RISET dan Inovasi Daerah');
  const kaban = b.pos('Kepala Badan', 'jpt_pratama');
  const peneliti = b.pos('Peneliti Ahli Muda', 'fungsional', kaban, { grade: 'ahli_muda' });
  const r = compute(b.done(), variant);

  it('the variant validates', () => expect(checkVariantIntegrity(variant)).toEqual([]));
  it('matches a unit whose name has none of the keywords', () => expect(has(r, 'reporting', jf, kadis)).toBe(true));
  it('does not match a unit whose name has one, case-insensitively', () => expect(has(r, 'reporting', peneliti, kaban)).toBe(false));
});
