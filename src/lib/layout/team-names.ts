// Short names for team badges: the acronym the team is known by ("RPJMD", "SAKIP") or the initials
// of its name without "Tim Kerja" ("Satu Data" → "SD"); unique within the structure.
const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'pada', 'yang', 'atau', 'serta', 'dalam', 'bagi']);
const MAX_INITIALS = 4;

export function shortName(name: string): string {
  const words = name
    .replace(/^\s*tim(\s+kerja)?\b/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const acronym = words.find((w) => /^[A-Z][A-Z0-9]{1,7}$/.test(w));
  if (acronym) return acronym;
  return words
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
    .slice(0, MAX_INITIALS)
    .map((w) => w[0].toUpperCase())
    .join('');
}

export function teamShortNames(teams: readonly { id: string; name: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  teams.forEach((t, i) => {
    const base = shortName(t.name) || `T${i + 1}`;
    let s = base;
    for (let n = 2; used.has(s); n++) s = `${base}${n}`;
    used.add(s);
    out.set(t.id, s);
  });
  return out;
}
