import { describe, expect, it } from 'vitest';
import { plainCopy } from '../../src/lib/store/plain-copy.ts';

describe('plainCopy', () => {
  it('copies JSON-like data deeply and reads through proxies, so IndexedDB gets plain objects', () => {
    const inner = { holders: ['Budi', 'Sari'], grade: 'ahli_muda', count: 2, vacant: false, note: null, extra: undefined };
    const proxied = new Proxy(inner, {});
    const source = { structure: { positions: [proxied] }, pins: { a: { x: 1, y: 2 } } };
    const copy = plainCopy(source);
    expect(copy).toEqual(source);
    expect(copy.structure.positions[0]).not.toBe(proxied);
    expect(copy.structure.positions[0].holders).not.toBe(inner.holders);
    expect(structuredClone(copy)).toEqual(copy);
    // A Proxy itself cannot be cloned: that is why the copy is needed at all.
    expect(() => structuredClone(source)).toThrow();
  });
});
