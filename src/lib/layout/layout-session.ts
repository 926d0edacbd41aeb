// For the editor: layout requests as the user types. Each call gets a request id; a result that is no
// longer the newest is dropped (resolves to null) so a slow old layout never overwrites a newer one.
// The per-unit cache is kept for the session, so an edit re-lays out only the units it touched.
import type { Structure } from '../domain/structure.ts';
import type { ComputeResult } from '../domain/result.ts';
import { LayoutCache } from './block.ts';
import type { ElkRunner } from './elk-runner.ts';
import { layoutStructure, type LayoutOptions } from './layout-structure.ts';
import { routeOverlays } from './route-overlays.ts';
import { RouteCache } from './route-cache.ts';
import type { OverlayLayer, Scene } from './scene.ts';

export interface SceneRequest {
  structure: Structure;
  options?: Omit<LayoutOptions, 'elk' | 'cache'>;
  /** Engine result whose lines are drawn on the chosen layers. */
  result?: Pick<ComputeResult, 'lines'>;
  layers?: readonly OverlayLayer[];
}

export class LayoutSession {
  private latest = 0;
  readonly cache = new LayoutCache();
  /** Overlay routes per top-level unit: after an edit only the changed unit's lines are routed again. */
  readonly routes = new RouteCache();

  constructor(private readonly elk: ElkRunner) {}

  /** The scene for this request, or null when a newer request was made meanwhile. */
  async request(req: SceneRequest): Promise<{ id: number; scene: Scene } | null> {
    const id = ++this.latest;
    let scene = await layoutStructure(req.structure, { ...req.options, elk: this.elk, cache: this.cache });
    if (id !== this.latest) return null;
    if (req.result && req.layers?.length) scene = routeOverlays(scene, req.result, req.layers, req.structure.teams, this.routes);
    return { id, scene };
  }

  dispose(): void {
    this.latest++;
    this.elk.terminate?.();
  }
}
