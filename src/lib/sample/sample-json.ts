// The one serialisation of a sample file, shared by scripts/make-sample.ts and the test that checks
// the committed file, so formatting can never be the reason they differ.
import type { Structure } from '../domain/structure.ts';

export function sampleJson(structure: Structure): string {
  return JSON.stringify(structure, null, 2) + '\n';
}
