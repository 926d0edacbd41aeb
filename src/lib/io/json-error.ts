// Finds where invalid JSON goes wrong, because V8's messages are English and often carry no position.
// A small iterative scanner (no recursion: a file nested 100,000 deep must not overflow the stack).

export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  message: string;
}

function describeChar(c: string | undefined): string {
  if (c === undefined) return 'akhir berkas';
  if (c === '\n') return 'baris baru';
  return `karakter ${JSON.stringify(c)}`;
}

export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (message: string): JsonErrorLocation => {
    let line = 1;
    let col = 1;
    for (let k = 0; k < i && k < n; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        col = 1;
      } else col++;
    }
    return { offset: i, line, column: col, message };
  };
  const scalar = (): JsonErrorLocation | null => {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') {
        if (text.charCodeAt(i) < 0x20) return fail('karakter kendali di dalam teks (gunakan \\n atau \\t)');
        if (text[i] === '\\') i++;
        i++;
      }
      if (i >= n) return fail('teks tidak ditutup dengan tanda kutip');
      i++;
      return null;
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0].length > 0 && (c === '-' || (c >= '0' && c <= '9'))) {
      i += m[0].length;
      return null;
    }
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return ((i += word.length), null);
    return fail(`${describeChar(c)} tidak terduga; diharapkan sebuah nilai`);
  };

  /** `"name":` inside an object, leaving the scanner at the value. */
  const objectKey = (): JsonErrorLocation | null => {
    if (text[i] !== '"') return fail(`${describeChar(text[i])} tidak terduga; diharapkan nama kolom dalam tanda kutip`);
    const e = scalar();
    if (e) return e;
    ws();
    if (text[i] !== ':') return fail(`${describeChar(text[i])} tidak terduga; diharapkan ":"`);
    i++;
    return null;
  };

  // States: expecting a value; after a value (expect , or closing bracket).
  ws();
  let expectValue = true;
  while (true) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{') {
        stack.push('{');
        i++;
        ws();
        if (text[i] === '}') {
          stack.pop();
          i++;
          expectValue = false;
          if (stack.length === 0) break;
          continue;
        }
        const e = objectKey();
        if (e) return e;
        continue;
      }
      if (c === '[') {
        stack.push('[');
        i++;
        ws();
        if (text[i] === ']') {
          stack.pop();
          i++;
          expectValue = false;
          if (stack.length === 0) break;
        }
        continue;
      }
      const e = scalar();
      if (e) return e;
      expectValue = false;
      if (stack.length === 0) break;
      continue;
    }
    const top = stack[stack.length - 1];
    const c = text[i];
    if (c === ',') {
      i++;
      ws();
      if (top === '{') {
        const e = objectKey();
        if (e) return e;
      }
      expectValue = true;
      continue;
    }
    if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
      stack.pop();
      i++;
      if (stack.length === 0) break;
      continue;
    }
    return fail(`${describeChar(c)} tidak terduga; diharapkan "," atau "${top === '{' ? '}' : ']'}"`);
  }
  ws();
  if (i < n) return fail(`${describeChar(text[i])} tidak terduga setelah akhir data JSON`);
  return null;
}
