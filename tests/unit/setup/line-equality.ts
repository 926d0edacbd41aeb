// A RuleLine keeps its rule's fields behind getters (src/lib/domain/rule-line.ts): toEqual, which compares own
// properties, would see only its two ends. Lines are compared as the plain lines they stand for.
import { expect } from 'vitest';
import { plainLine, RuleLine } from '../../../src/lib/domain/rule-line.ts';
import type { Line } from '../../../src/lib/domain/result.ts';

expect.addEqualityTesters([
  function lineEquality(a: unknown, b: unknown, customTesters) {
    if (!(a instanceof RuleLine) && !(b instanceof RuleLine)) return undefined;
    const plain = (x: unknown) => (x instanceof RuleLine ? plainLine(x) : x);
    return this.equals(plain(a), plain(b as Line), customTesters);
  }
]);
