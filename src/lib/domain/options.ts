// Resolves the user's option choices against a variant: unknown keys or values are errors, not guesses.
import type { OptionValues, Variant } from './variant.ts';
import { defaultOptionValues } from './variant.ts';

export interface OptionProblem {
  key: string;
  message: string;
}

export function resolveOptions(
  variant: Variant,
  given: Record<string, string> = {}
): { values: OptionValues; problems: OptionProblem[] } {
  const values = defaultOptionValues(variant);
  const problems: OptionProblem[] = [];
  for (const [key, value] of Object.entries(given)) {
    const option = variant.options.find((o) => o.key === key);
    if (!option) {
      const known = variant.options.map((o) => o.key).join(', ') || '(tidak ada)';
      problems.push({ key, message: `Opsi "${key}" tidak dikenal pada varian ${variant.id}. Opsi yang ada: ${known}` });
      continue;
    }
    if (!option.choices.some((c) => c.value === value)) {
      const allowed = option.choices.map((c) => c.value).join(', ');
      problems.push({ key, message: `Nilai "${value}" tidak berlaku untuk opsi "${key}". Pilihan: ${allowed}` });
      continue;
    }
    values[key] = value;
  }
  return { values, problems };
}
