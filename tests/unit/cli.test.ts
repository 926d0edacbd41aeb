// The `bagan` command as a user runs it: through bin/bagan.mjs, in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineSchema, FindingSchema } from '../../src/lib/domain/result.ts';

const root = join(import.meta.dirname, '../..');
const bagan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/bagan.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const fixture = (p: string) => join(root, 'tests/fixtures', p);
const VARIANT = fixture('variants/minimal.json');

describe('bagan CLI', () => {
  it('lines: prints the interchange JSON (variant, lines, findings)', () => {
    const r = bagan('lines', fixture('structures/dinas-kecil.json'), '--variant', VARIANT);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.variant).toBe('uji-minimal');
    for (const l of json.lines) LineSchema.parse(l);
    for (const f of json.findings) FindingSchema.parse(f);
    expect(json.lines).toContainEqual(expect.objectContaining({ kind: 'rating', from: 'kabid', to: 'jf-a' }));
  });

  it('lines: --option changes the result; an unknown option is refused', () => {
    const r = bagan('lines', fixture('structures/dinas-kecil.json'), '--variant', VARIANT, '--option', 'kadis-rates=yes');
    expect(JSON.parse(r.out).lines).toContainEqual(expect.objectContaining({ kind: 'rating', from: 'kadis', to: 'jf-d' }));
    const bad = bagan('lines', fixture('structures/dinas-kecil.json'), '--variant', VARIANT, '--option', 'kadis-rates=maybe');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Nilai "maybe" tidak berlaku untuk opsi "kadis-rates"/);
  });

  it('validate: human-readable findings with their basis; exit 1 on an error finding', () => {
    const r = bagan('validate', fixture('structures/dinas-kecil.json'), '--variant', VARIANT);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/GALAT HEAD_NOT_RATER: "Kepala Dinas" bukan Pejabat Penilai Kinerja bagi "Arsiparis Ahli Madya"/);
    expect(r.out).toMatch(/dasar: Pasal 3 — "Kepala Dinas tidak menilai JF secara langsung\."/);
    const ok = bagan('validate', fixture('structures/dinas-kecil.json'), '--variant', VARIANT, '--option', 'kadis-rates=yes');
    expect(ok.code).toBe(0);
  });

  it('unreadable input: names the file, the JSON path and the problem; never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagan-'));
    const file = join(dir, 'rusak.json');
    writeFileSync(file, JSON.stringify({ format: 'bagan-kerja', version: 1, units: [{ id: 'u', name: 'U', type: 'dinas', parent: null }], positions: [{ id: 'p', unit: 'u', title: 'X', level: 'eselon_2', parent: null }] }));
    const r = bagan('lines', file, '--variant', VARIANT);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}: positions[0].level: Nilai teks "eselon_2" tidak dikenal`);
    expect(r.err).not.toMatch(/\n\s+at /);

    writeFileSync(file, '{"format": "bagan-kerja", ');
    const r2 = bagan('validate', file);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/Bukan JSON yang sah \(baris 1, kolom 27\)/);

    const r3 = bagan('lines', join(dir, 'tidak-ada.json'), '--variant', VARIANT);
    expect(r3.err).toMatch(/tidak-ada\.json tidak dapat dibuka: berkas tidak ditemukan/);
  });

  it('variants lists the five built-in regulations; lines works on the sample for each of them', () => {
    const list = bagan('variants');
    expect(list.code).toBe(0);
    const ids = list.out.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(ids.sort()).toEqual(['cilegon-2023-17', 'karanganyar-2023-50', 'pangkalpinang-2023-51', 'sambas-2024-18', 'tabanan-2023-107']);
    for (const id of ids) {
      const r = bagan('lines', join(root, 'models/samples/kabupaten-contoh.json'), '--variant', id);
      expect(r.code, `${id}: ${r.err}`).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.variant).toBe(id);
      expect(json.lines.filter((l: { kind: string }) => l.kind === 'rating').length).toBeGreaterThan(300);
    }
  });

  it('usage errors: unknown command, flag or variant', () => {
    expect(bagan('gambar').code).toBe(2);
    expect(bagan('lines', fixture('structures/dinas-kecil.json'), '--varian', 'x').err).toMatch(/Opsi tidak dikenal: --varian/);
    expect(bagan('lines', fixture('structures/dinas-kecil.json'), '--variant', 'jakarta-2099-1').err).toMatch(/Varian "jakarta-2099-1" tidak dikenal/);
  });
});
