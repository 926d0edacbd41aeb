// What each unit's block was laid out from at the previous request, so that an edit re-lays out only the
// units it touched. An edit (domain/edit*.ts, the store) replaces the records it changes and keeps every
// other Unit and Position object as it was, so "same inputs" is a comparison of references: no text is
// wrapped, no JSON built and no hash taken for an untouched unit, whatever the size of the kabupaten.
// The content-hash cache (LayoutCache) still stands behind it for everything this memo misses (undo,
// a file reopened, another view).
import type { Position, Unit } from '../domain/structure.ts';
import type { Block } from './block.ts';

export interface UnitInputs {
  unit: Unit;
  depth: number;
  /** The unit's positions in file order (hidden ones included). */
  records: readonly Position[];
  /** Hidden flags and collapsed counts of those positions; '' when nothing is collapsed. */
  collapse: string;
  childIds: readonly string[];
  childKeys: readonly (string | null)[];
  /** First head of each sub-unit: where its kedudukan line comes from is read from it. */
  childHeads: readonly (Position | undefined)[];
  /** Frame name with the Peta Jabatan roll-up, and the roll-up itself. */
  name: string;
  totals: string;
}

export interface UnitPlan {
  key: string;
  block: Promise<Block>;
  inputs: UnitInputs;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameInputs(a: UnitInputs, b: UnitInputs): boolean {
  return (
    a.unit === b.unit &&
    a.depth === b.depth &&
    a.name === b.name &&
    a.totals === b.totals &&
    a.collapse === b.collapse &&
    sameList(a.records, b.records) &&
    sameList(a.childIds, b.childIds) &&
    sameList(a.childKeys, b.childKeys) &&
    sameList(a.childHeads, b.childHeads)
  );
}

/** The last plan of each unit per layout setting (view, engine, fan-out); a setting that grows past the limit starts afresh. */
export class PlanMemo {
  private readonly bySetting = new Map<string, Map<string, UnitPlan>>();
  constructor(private readonly limit = 20_000) {}

  /** The plans of one setting, by unit id. */
  setting(key: string): Map<string, UnitPlan> {
    let plans = this.bySetting.get(key);
    if (!plans || plans.size > this.limit) this.bySetting.set(key, (plans = new Map()));
    return plans;
  }
}
