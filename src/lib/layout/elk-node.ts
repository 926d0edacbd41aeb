// Node adapter (CLI, tests, bench): the bundled ELK engine, in-process.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkRunner } from './elk-runner.ts';

let shared: ElkRunner | undefined;

export function nodeElk(): ElkRunner {
  shared ??= new ELK();
  return shared;
}
