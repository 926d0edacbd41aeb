// PositionMatch.unitTypesExcept: a general rule that leaves some unit types to their own rules (Sambas:
// the expectation line comes from the PPK in general, but from the Pengawas as PUO in the RSUD and in
// Administrator-led units), so that the general rule still reaches the types the text never names.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { checkVariantIntegrity } from '../../src/lib/domain/variant-integrity.ts';
import { Builder } from './helpers/build.ts';
import { has } from './helpers/lines.ts';
import { testVariant } from './helpers/test-variant.ts';

const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
const variant = testVariant('uji-unit-types-except', {
  coverage: { dinas: { pattern: 'Uji', basis }, rsud: { pattern: 'Uji', basis } },
  lineRules: [
    {
      id: 'umum',
      kind: 'reporting',
      subKind: 'hasil',
      label: 'Hasil',
      subject: { levels: ['pelaksana'], unitTypesExcept: ['rsud'] },
      from: 'self',
      to: 'unitHead',
      basis
    }
  ]
});

describe('PositionMatch.unitTypesExcept', () => {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const inDinas = b.pos('Pengadministrasi Umum', 'pelaksana', kadis);
  b.unit('rsud', 'RSUD Uji');
  const direktur = b.pos('Direktur', 'administrator');
  const inRsud = b.pos('Pengadministrasi Umum', 'pelaksana', direktur);
  b.unit('kelurahan', 'Kelurahan Uji');
  const lurah = b.pos('Lurah', 'pengawas');
  const inKelurahan = b.pos('Pengadministrasi Umum', 'pelaksana', lurah);
  const r = compute(b.done(), variant);

  it('the variant validates', () => expect(checkVariantIntegrity(variant)).toEqual([]));
  it('matches a listed covered type that is not excluded', () => expect(has(r, 'reporting', inDinas, kadis)).toBe(true));
  it('matches a type the variant does not cover at all', () => expect(has(r, 'reporting', inKelurahan, lurah)).toBe(true));
  it('does not match an excluded type', () => expect(has(r, 'reporting', inRsud, direktur)).toBe(false));
});
