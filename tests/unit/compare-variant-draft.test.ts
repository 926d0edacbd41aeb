// Custom variants: clone, identity, validation, import/export, storage. A file from someone else is
// validated before use; a malformed or hostile one is refused and changes nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { compute } from '../../src/lib/domain/compute.ts';
import { BaganDatabase } from '../../src/lib/store/db.ts';
import { deleteCustomVariant, saveCustomVariant, seedVariants, storedVariants } from '../../src/lib/store/variants.ts';
import { checkDraft, cloneAsCustom, customVariantId, exportVariantText, importVariantText } from '../../src/lib/ui/variant-editor/variant-draft.ts';
import { compareVariants } from '../../src/lib/ui/compare/compare-model.ts';
import { Builder } from './helpers/build.ts';

const sambas = loadBuiltinVariant('sambas-2024-18');
let n = 0;
const freshDb = () => new BaganDatabase(`draft-${++n}-${Math.random()}`);

describe('cloning a built-in variant', () => {
  it('gets its own id and identity, origin custom, and still validates', () => {
    const v = cloneAsCustom(sambas, { region: 'Kabupaten Sukamaju', number: '12', year: 2025 }, new Set([sambas.id]));
    expect(v.id).toBe('sukamaju-2025-12');
    expect(v.origin).toBe('custom');
    expect(v.identity.instrument).toBe('Rancangan');
    expect(v.identity.region).toBe('Kabupaten Sukamaju');
    expect(v.identity.signer).toBeUndefined();
    expect(v.raterRules).toEqual(sambas.raterRules);
    expect(checkDraft(v).ok).toBe(true);
    expect(sambas.origin).toBe('builtin');
  });

  it('ids are unique and always match the variant id pattern', () => {
    expect(customVariantId({ region: 'Kota Ç', number: '/', year: 2024 }, new Set())).toMatch(/^[a-z0-9][a-z0-9-]{2,80}$/);
    expect(customVariantId({ region: 'Kota Baru', number: '1', year: 2024 }, new Set(['baru-2024-1']))).toBe('baru-2024-1-2');
  });

  it('an edited rule changes the computed lines (the live preview)', () => {
    // Sambas OQ-7: with the option "camat", the Camat rates staff under a Kasubag of the Sekcam.
    const b = new Builder('kecamatan', 'Kecamatan Uji');
    const camat = b.pos('Camat', 'administrator', null, { id: 'camat' });
    const sekcam = b.pos('Sekretaris Kecamatan', 'administrator', camat, { id: 'sekcam' });
    const kasubag = b.pos('Kepala Sub Bagian Umum', 'pengawas', sekcam, { id: 'kasubag' });
    b.pos('Pengadministrasi Umum', 'pelaksana', kasubag, { id: 'J' });
    const s = b.done();
    const custom = cloneAsCustom(sambas, { region: 'Kabupaten Sukamaju' }, new Set());
    custom.options.find((o) => o.key === 'ppk_kecamatan')!.default = 'camat';
    expect(compute(s, sambas).roles.get('J')!.rater).toBe('sekcam');
    expect(compute(s, custom).roles.get('J')!.rater).toBe('camat');
    expect(compareVariants(s, { variant: sambas, options: {} }, { variant: custom, options: {} }).rows.some((r) => r.position.id === 'J' && r.kind === 'rating')).toBe(true);
  });

  it('a broken edit is reported with a JSON path and an Indonesian message', () => {
    const v = cloneAsCustom(sambas, {}, new Set());
    const broken = structuredClone(v) as unknown as { raterRules: { effect: string }[]; identity: { year: unknown } };
    broken.raterRules[0].effect = 'maybe';
    broken.identity.year = 'dua ribu';
    const r = checkDraft(broken);
    expect(r.ok).toBe(false);
    const text = !r.ok ? r.problems.map((p) => `${p.path.join('.')}: ${p.message}`) : [];
    expect(text).toEqual(expect.arrayContaining([expect.stringMatching(/^raterRules\.0\.effect: Nilai teks "maybe" tidak dikenal/), expect.stringMatching(/^identity\.year: Harus berupa angka/)]));
  });
});

describe('import and export', () => {
  const existing = [{ id: sambas.id, origin: 'builtin' as const }];

  it('export → import round-trips to the same variant', () => {
    const v = cloneAsCustom(sambas, { region: 'Kabupaten Sukamaju' }, new Set());
    const r = importVariantText(exportVariantText(v), existing);
    expect(r.ok && r.variant).toEqual(v);
    expect(r.ok && r.replaces).toBe(false);
    expect(importVariantText(exportVariantText(v), [...existing, { id: v.id, origin: 'custom' }])).toMatchObject({ ok: true, replaces: true });
  });

  it.each([
    ['not JSON', '{ "format": "bagan-kerja-variant", ', /bukan berkas varian/],
    ['a structure file', JSON.stringify({ format: 'bagan-kerja', version: 1, units: [], positions: [] }), /bukan berkas varian/],
    ['a JSON array', '[1,2,3]', /bukan berkas varian/],
    ['a newer format version', JSON.stringify({ ...sambas, version: 99 }), /bukan berkas varian/],
    ['a regex-like keyword longer than allowed', JSON.stringify({ ...sambas, id: 'x-2024-1', roles: [{ id: 'r', label: 'R', match: { titleIncludes: ['(a+)+$'.repeat(40)] } }] }), /bukan berkas varian/],
    ['a rule pointing at an unknown role', JSON.stringify({ ...sambas, id: 'x-2024-1', raterRules: [{ ...sambas.raterRules[0], candidate: { roles: ['tidak-ada'] } }] }), /bukan berkas varian/],
    ['a built-in id', exportVariantText(sambas), /milik varian bawaan/],
    ['an oversized file', `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`, /terlalu besar/]
  ])('%s is refused with a clear message', (_name, text, pattern) => {
    const r = importVariantText(text, existing, 'hostile.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(pattern);
    expect(!r.ok && r.message).toMatch(/^hostile\.json ditolak/);
  });

  it('a function-looking or __proto__ payload stays inert data', () => {
    const v = cloneAsCustom(sambas, { region: 'Kabupaten Sukamaju' }, new Set());
    const text = exportVariantText(v).replace('"summary":', '"__proto__": { "polluted": true }, "onload": "alert(1)", "summary":');
    const r = importVariantText(text, existing);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && 'onload' in r.variant).toBe(false);
  });
});

describe('custom variants in IndexedDB', () => {
  it('are stored beside the built-in ones, survive re-seeding, can be deleted; a built-in is never overwritten', async () => {
    const db = freshDb();
    await seedVariants(db, [sambas]);
    const v = cloneAsCustom(sambas, { region: 'Kabupaten Sukamaju' }, new Set([sambas.id]));
    await saveCustomVariant(db, v);
    await seedVariants(db, [sambas]);
    expect((await storedVariants(db)).map((x) => `${x.id}:${x.origin}`).sort()).toEqual([`${sambas.id}:builtin`, `${v.id}:custom`].sort());
    await expect(saveCustomVariant(db, { ...v, id: sambas.id })).rejects.toThrow(/bawaan/);
    expect((await db.variants.get(sambas.id))?.origin).toBe('builtin');
    await deleteCustomVariant(db, sambas.id);
    await deleteCustomVariant(db, v.id);
    expect((await storedVariants(db)).map((x) => x.id)).toEqual([sambas.id]);
  });
});
