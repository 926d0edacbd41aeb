/** A read-only Map whose subclasses give `get` and `entries`; has, size, keys, values and iteration follow from them. */
export abstract class DerivedReadonlyMap<V> implements ReadonlyMap<string, V> {
  abstract get(key: string): V | undefined;
  abstract entries(): MapIterator<[string, V]>;

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  get size(): number {
    let n = 0;
    for (const _ of this.entries()) n++;
    return n;
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
