// A made-up variant for tests of generic engine mechanisms: just enough identity, coverage and fallback
// to be valid, with the rules under test passed in. It is not a regulation.
import { VariantSchema, type Variant, type VariantInput } from '../../../src/lib/domain/variant.ts';

export const testBasis = { source: 'uji', ref: 'uji', quote: 'uji' };

export function testVariant(id: string, extra: Partial<VariantInput> = {}): Variant {
  return VariantSchema.parse({
    format: 'bagan-kerja-variant',
    version: 1,
    id,
    identity: { region: 'Uji', province: 'Uji', instrument: 'Rancangan', number: '1', year: 2024, title: 'Uji', sourceFile: 'uji' },
    summary: 'Uji',
    coverage: { dinas: { pattern: 'uji', basis: testBasis } },
    fallback: { note: 'uji', basis: testBasis },
    raterRules: [],
    lineRules: [],
    ...extra
  });
}
