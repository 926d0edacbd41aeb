// A line drawn by a line rule. At kabupaten scale a computation draws some 50,000 of them, and every
// line of one rule has the same kind, subKind, rule, label and basis: those are read from the rule
// (a flyweight), so a line holds only its two ends. As plain objects they were half of what a
// computation allocated, and the young-generation collector copied them when it ran mid-computation.
// A RuleLine reads like any other Line; JSON.stringify writes every field (toJSON). It is not for
// structuredClone: only the ends would survive (copy it with `plainLine` first).
import type { Line } from './result.ts';

/** What every line of one rule shares (CompiledLineRule has these fields). */
export interface LineRuleFields {
  readonly kind: Line['kind'];
  readonly subKind: string;
  readonly ruleId: string;
  readonly label: string;
  readonly basis: Line['basis'];
  readonly optional: boolean;
}

export class RuleLine implements Line {
  readonly #rule: LineRuleFields;

  constructor(
    readonly from: string,
    readonly to: string,
    rule: LineRuleFields
  ) {
    this.#rule = rule;
  }

  get kind(): Line['kind'] {
    return this.#rule.kind;
  }
  get subKind(): string {
    return this.#rule.subKind;
  }
  get rule(): string {
    return this.#rule.ruleId;
  }
  get label(): string {
    return this.#rule.label;
  }
  get basis(): Line['basis'] {
    return this.#rule.basis;
  }
  /** Present (true) only on a rule's optional lines, as on a plain line. */
  get optional(): true | undefined {
    return this.#rule.optional ? true : undefined;
  }

  toJSON(): Line {
    return plainLine(this);
  }
}

/** The line as a plain object with the fields a line literal has (for structuredClone, spreading). */
export function plainLine(line: Line): Line {
  const out: Line = { kind: line.kind, subKind: line.subKind, from: line.from, to: line.to, rule: line.rule, label: line.label, basis: line.basis };
  if (line.optional !== undefined) out.optional = line.optional;
  if (line.team !== undefined) out.team = line.team;
  return out;
}
