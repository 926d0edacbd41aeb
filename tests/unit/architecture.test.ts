// Dependencies point downward only: domain imports nothing above it, and nothing environment-bound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);

describe('architecture', () => {
  it('src/lib/domain imports only zod and other domain modules (no DOM, Svelte, dexie, node:*)', () => {
    const bad: string[] = [];
    for (const f of files(join(root, 'src/lib/domain'))) {
      for (const spec of importsOf(f)) {
        const ok = spec === 'zod' || (spec.startsWith('./') && !spec.includes('..'));
        if (!ok) bad.push(`${relative(root, f)} → ${spec}`);
      }
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      if (/\b(document|window|localStorage|indexedDB|navigator)\.[A-Za-z_]/.test(code)) bad.push(`${relative(root, f)} uses a browser global`);
    }
    expect(bad).toEqual([]);
  });

  it('layout, render and io never import store or ui', () => {
    const bad: string[] = [];
    for (const layer of ['layout', 'render', 'io']) {
      let list: string[] = [];
      try {
        list = files(join(root, 'src/lib', layer));
      } catch {
        continue;
      }
      for (const f of list) for (const spec of importsOf(f)) if (/(^|\/)(store|ui)(\/|$)/.test(spec) || spec.startsWith('$lib/store') || spec.startsWith('$lib/ui')) bad.push(`${relative(root, f)} → ${spec}`);
    }
    expect(bad).toEqual([]);
  });
});
