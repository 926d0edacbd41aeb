// Minimal argument parsing for the `bagan` command: positionals, `--flag value`, `--flag=value`,
// repeatable flags (--option a=b --option c=d) and booleans. Unknown flags are errors, not ignored.
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], spec: { values: string[]; booleans: string[] }): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (spec.booleans.includes(name)) {
      add(name, 'true');
    } else if (spec.values.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`Opsi --${name} memerlukan nilai`);
      add(name, value);
    } else {
      throw new UsageError(`Opsi tidak dikenal: --${name}`);
    }
  }
  return { positionals, flags };
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v && v.length > 1) throw new UsageError(`Opsi --${name} hanya boleh diberikan sekali`);
  return v?.[0];
}

/** --option key=value (repeatable) → { key: value } */
export function optionPairs(args: ParsedArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of args.flags.get('option') ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--option harus berbentuk kunci=nilai, bukan "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
