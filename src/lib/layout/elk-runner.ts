// The one typed wrapper around ELK. Callers see "graph in, laid-out graph out"; whether ELK runs in a
// Web Worker (browser) or in-process (Node) is decided by the two adapter files elk-browser.ts and
// elk-node.ts, so the layout code itself is shared.
import type { ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode, ElkExtendedEdge, ElkPort } from 'elkjs/lib/elk-api.js';

export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
  terminate?(): void;
}
