// The one typed wrapper around ELK. Callers see "graph in, laid-out graph out"; whether ELK runs in a
// Web Worker (browser) or in-process (Node) is decided by the two adapter files elk-browser.ts and
// elk-node.ts, so the layout code itself is shared.
import type { ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode, ElkExtendedEdge, ElkPort } from 'elkjs/lib/elk-api.js';

/** The subset of the elkjs API we use. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
  terminate?(): void;
}

/** Error thrown to callers whose request was superseded by a newer one. */
export class SupersededError extends Error {
  constructor(readonly requestId: number) {
    super(`Permintaan tata letak #${requestId} digantikan oleh permintaan yang lebih baru`);
  }
}

/**
 * Request ids for whole-chart layouts: while the user types, several layouts may be in flight; only
 * the newest may update the screen. `run` rejects with SupersededError when a newer call started.
 */
export class LatestOnly {
  private latest = 0;

  async run<T>(task: () => Promise<T>): Promise<T> {
    const id = ++this.latest;
    const result = await task();
    if (id !== this.latest) throw new SupersededError(id);
    return result;
  }

  get current(): number {
    return this.latest;
  }
}
