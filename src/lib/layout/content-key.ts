// Short keys for long texts that stand for content (a unit's layout inputs, a unit's drawing): equal texts
// get the same key and different texts different keys, for as long as the page lives. The text is looked
// up in a Map, so the engine hashes it natively; a hash computed in script over the same ~70,000
// characters of one OPD was an eighth of its first layout, run while the JIT is still cold.

export class ContentKeys {
  private readonly keys = new Map<string, string>();
  private next = 0;
  private chars = 0;

  /**
   * `maxChars`: texts kept at most (the least recently used are forgotten: their content gets a new key).
   * One 10,000-position chart's units are ~2.9 M characters of inputs and ~1.2 M of drawings, so the
   * defaults keep a few whole charts and every edit since.
   */
  constructor(
    private readonly prefix: string,
    private readonly maxChars = 8 * 2 ** 20
  ) {}

  keyOf(text: string): string {
    const hit = this.keys.get(text);
    if (hit !== undefined) {
      this.keys.delete(text);
      this.keys.set(text, hit);
      return hit;
    }
    const key = this.prefix + (this.next++).toString(36);
    this.keys.set(text, key);
    this.chars += text.length;
    for (const old of this.keys.keys()) {
      if (this.chars <= this.maxChars || old === text) break;
      this.keys.delete(old);
      this.chars -= old.length;
    }
    return key;
  }

  get size(): number {
    return this.keys.size;
  }
}
