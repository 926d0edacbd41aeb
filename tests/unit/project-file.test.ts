import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackupText, readProjectFileText, writeBackup, writeProjectFile } from '../../src/lib/io/project-file.ts';
import { formatPath } from '../../src/lib/io/zod-issues.ts';
import { VariantSchema } from '../../src/lib/domain/variant.ts';
import { readStructureText } from '../../src/lib/io/read-structure.ts';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const structure = (() => {
  const r = readStructureText(fixture('structures/dinas-kecil.json'));
  if (!r.ok) throw new Error();
  return r.value;
})();
const variant = VariantSchema.parse(JSON.parse(fixture('variants/minimal.json')));

describe('project file', () => {
  it('round-trips a project exactly: structure, variant choice, options, pins, custom variants, snapshots', () => {
    const project = { name: 'Draf SOTK 2025', structure, variantId: 'uji-minimal', options: { 'kadis-rates': 'yes' }, pins: { kabid: { x: 10, y: 20 } }, customVariants: [variant], snapshots: [{ name: 'Draf 1', createdAt: 1700000000000, structure }] };
    const r = readProjectFileText(writeProjectFile(project));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { format, version, exportedAt, ...rest } = r.value;
    expect([format, version, typeof exportedAt]).toEqual(['bagan-kerja-proyek', 1, 'string']);
    expect(rest).toEqual(project);
  });

  it('migrates a plain structure file (the oldest version) into a project named by its title', () => {
    const r = readProjectFileText(fixture('structures/dinas-kecil.json'));
    expect(r.ok && r.migratedFrom).toBe(0);
    if (r.ok) expect([r.value.name, r.value.structure.positions.length, r.value.variantId]).toEqual(['Dinas Kecil', 7, null]);
  });

  it('refuses a newer version with a clear message', () => {
    const r = readProjectFileText(JSON.stringify({ format: 'bagan-kerja-proyek', version: 7, name: 'x' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/versi Bagan Kerja yang lebih baru \(proyek versi 7; aplikasi ini mengenal sampai versi 1\)/);
  });

  it('reports broken references inside the project with their full path', () => {
    const bad = JSON.parse(writeProjectFile({ name: 'x', structure, variantId: null, options: {}, pins: {}, customVariants: [], snapshots: [] }));
    bad.structure.positions[2].parent = 'hilang';
    const r = readProjectFileText(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${formatPath(p.path)}: ${p.message}`)).toEqual(['structure.positions[2].parent: Atasan (kedudukan) "hilang" tidak ada']);
  });

  it('a backup holds every project and variant and restores them', () => {
    const p = JSON.parse(writeProjectFile({ name: 'A', structure, variantId: null, options: {}, pins: {}, customVariants: [], snapshots: [] }));
    const r = readBackupText(writeBackup([p, { ...p, name: 'B' }], [variant]));
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.value.projects.map((x) => x.name), r.value.variants.map((v) => v.id)]).toEqual([['A', 'B'], ['uji-minimal']]);
    expect(readBackupText('{"format":"lain"}').ok).toBe(false);
  });
});
