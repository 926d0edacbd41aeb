import { describe, expect, it } from 'vitest';
import { escapeXml, escapeXmlReference } from '../../src/lib/render/escape.ts';

describe('escapeXml (one pass, none when nothing needs escaping)', () => {
  it('escapes exactly as the six plain replaces do', () => {
    const chars = ['a', ' ', '&', '<', '>', '"', "'", '\u0000', '\u0008', '\u0009', '\u000A', '\u000B', '\u000C', '\u000D', '\u001F', '\u00A0', 'é', '\uFFFD', '\uFFFE', '\uFFFF', '&amp;'];
    let checked = 0;
    for (let i = 0; i < chars.length; i++)
      for (let j = 0; j < chars.length; j++)
        for (let k = 0; k < chars.length; k++) {
          const s = `${chars[i]}${chars[j]}x${chars[k]}`;
          expect(escapeXml(s)).toBe(escapeXmlReference(s));
          checked++;
        }
    expect(checked).toBe(chars.length ** 3);
  });

  it('returns the same string when nothing needs escaping', () => {
    const title = 'Kepala Sub Bagian Umum dan Kepegawaian';
    expect(escapeXml(title)).toBe(title);
    expect(escapeXml('<script>"x" & \'y\'</script>')).toBe('&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;');
    expect(escapeXml('a\u0001b\uFFFEc')).toBe('abc');
  });
});
