// Browser adapter: ELK's own worker script (never bundled into a worker of ours), loaded by URL. Unit
// layouts are closed-form trees (tree-layout.ts), so ELK is needed only for a damaged structure: the
// worker starts on the first request, not when the editor opens.
import ELK from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkRunner } from './elk-runner.ts';

export function browserElk(): ElkRunner {
  let elk: InstanceType<typeof ELK> | undefined;
  return {
    layout: (graph) => (elk ??= new ELK({ workerUrl })).layout(graph),
    terminate: () => elk?.terminateWorker()
  };
}
