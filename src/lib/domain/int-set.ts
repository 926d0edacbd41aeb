// A set of non-negative integers below 2^53 (line keys) for the engine's per-unit dedupe: open addressing in
// typed arrays, emptied in O(1) by a generation stamp. A Set<number> emptied 1,366 times per
// computation cost more than the lookups themselves.
// The low bits of a product depend only on the key's low bits, and a line key's low bits are its `to`
// end (from * width + to): all lines to one head fell into one probe chain. The bits are mixed (murmur3's
// finalizer) before masking.
const slot = (key: number, mask: number) => {
  let h = (key >>> 0) ^ ((key / 4294967296) >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
};

export class IntSet {
  private keys = new Float64Array(64);
  private stamps = new Int32Array(64);
  private stamp = 1;
  private count = 0;

  clear(): void {
    if (this.count === 0) return;
    this.count = 0;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds the key; false when it was already there. */
  add(key: number): boolean {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = slot(key, mask);
    while (this.stamps[i] === this.stamp) {
      if (this.keys[i] === key) return false;
      i = (i + 1) & mask;
    }
    this.stamps[i] = this.stamp;
    this.keys[i] = key;
    this.count++;
    return true;
  }

  has(key: number): boolean {
    const mask = this.keys.length - 1;
    let i = slot(key, mask);
    while (this.stamps[i] === this.stamp) {
      if (this.keys[i] === key) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldStamps = this.stamps;
    const live = this.stamp;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.stamps = new Int32Array(oldKeys.length * 2);
    this.stamp = 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldStamps[i] === live) this.add(oldKeys[i]);
  }
}
