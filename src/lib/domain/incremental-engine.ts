// Recompute after an edit without redoing the whole kabupaten: the edits in edit*.ts copy only the
// objects they change, so the engine compares the new structure with the previous one by identity and
// recomputes only the units the change can reach (see engine.ts). The result is always exactly
// compute()'s (tests/unit/incremental-engine.test.ts checks this on random edit sequences).
import type { Structure } from './structure.ts';
import type { Variant } from './variant.ts';
import type { ComputeResult } from './result.ts';
import { Engine, type EngineStats } from './engine.ts';

export type IncrementalStats = EngineStats;

export interface IncrementalEngine {
  compute(structure: Structure, variant: Variant, options?: Record<string, string>): ComputeResult;
  readonly stats: IncrementalStats;
}

export function createIncrementalEngine(): IncrementalEngine {
  return new Engine(true);
}
