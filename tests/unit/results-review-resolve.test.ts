// The review of one position's results as the "Mengapa?" panel lists it: every step of the variant's
// procedure in order, each actor resolved to the position that acts, the rework step pointing back to the
// step it returns to, and each step's own citation.
import { describe, expect, it } from 'vitest';
import { defaultOptionValues } from '../../src/lib/domain/variant.ts';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import { resolveReview, reviewFor } from '../../src/lib/domain/results-review.ts';
import { kecamatan, run, variant } from './variants/tabanan-2023-107.helpers.ts';

describe('resolveReview (Tabanan 107/2023, Kecamatan: Lampiran huruf D angka 2)', () => {
  const o = kecamatan();
  const r = run(o.s);
  const review = reviewFor(variant, indexStructure(o.s), o.s.units[0].id, defaultOptionValues(variant))!;

  it('lists the steps in order with the staff member and the Camat as actors', () => {
    const steps = resolveReview(review, o.e, r);
    expect(steps.map((s) => s.id)).toEqual(review.steps.map((s) => s.id));
    expect(steps.map((s) => s.number)).toEqual(review.steps.map((_, i) => i + 1));
    const by = (id: string) => steps.find((s) => s.id === id)!;
    expect(by('laksanakan').actorId).toBe(o.e);
    expect(by('sampaikan')).toMatchObject({ actorId: o.e, toId: o.camat });
    expect(by('tinjau').actorId).toBe(o.camat);
    // The Pelaksana's results go the same way, with the Pelaksana acting.
    expect(resolveReview(review, o.f, r).find((s) => s.id === 'sampaikan')).toMatchObject({ actorId: o.f, toId: o.camat });
  });

  it('points the rework step back to the step it returns to and marks the accepting step', () => {
    const steps = resolveReview(review, o.e, r);
    const back = steps.find((s) => s.id === 'kembalikan')!;
    expect(back.outcome).toBe('tidak_sesuai');
    expect(back.returnTo).toBe(steps.find((s) => s.id === 'laksanakan')!.number);
    expect(back.toId).toBe(o.e);
    const accept = steps.find((s) => s.closes)!;
    expect(accept).toMatchObject({ id: 'terima', outcome: 'sesuai', actorId: o.camat });
    expect(accept.basis.lines).toBe('L607');
    expect(steps.find((s) => s.id === 'sampaikan')!.basis.lines).toBe('L603');
  });
});
