// Browser adapter: ELK's own worker script (never bundled into a worker of ours), loaded by URL.
import ELK from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkRunner } from './elk-runner.ts';

export function browserElk(): ElkRunner {
  const elk = new ELK({ workerUrl });
  return { layout: (graph) => elk.layout(graph), terminate: () => elk.terminateWorker() };
}
