// Structure + engine result → the scene the canvas draws, using the shared layout (ELK in its Web
// Worker) and overlay router. Only the newest request may update the screen.
import type { Structure } from '$lib/domain/structure.ts';
import type { ComputeResult } from '$lib/domain/result.ts';
import { layoutStructure } from '$lib/layout/layout-structure.ts';
import { routeOverlays } from '$lib/layout/route-overlays.ts';
import { browserElk } from '$lib/layout/elk-browser.ts';
import { LatestOnly, SupersededError, type ElkRunner } from '$lib/layout/elk-runner.ts';
import { OVERLAY_LAYERS, type OverlayLayer, type Scene } from '$lib/layout/scene.ts';

let elk: ElkRunner | undefined;
const latest = new LatestOnly();

export interface SceneRequest {
  structure: Structure;
  result: ComputeResult | null;
  collapsed: readonly string[];
  layers: ReadonlySet<string>;
}

/** Resolves with the scene, or null when a newer request overtook this one. */
export async function buildScene(req: SceneRequest): Promise<Scene | null> {
  elk ??= browserElk();
  try {
    const scene = await latest.run(() => layoutStructure(req.structure, { elk: elk!, collapsed: req.collapsed }));
    const wanted: OverlayLayer[] = OVERLAY_LAYERS.filter((l) => req.layers.has(l));
    const withOverlays = req.result && wanted.length > 0 ? routeOverlays(scene, req.result, wanted) : scene;
    if (!req.layers.has('kedudukan')) return { ...withOverlays, edges: withOverlays.edges.filter((e) => e.kind !== 'kedudukan') };
    return withOverlays;
  } catch (e) {
    if (e instanceof SupersededError) return null;
    throw e;
  }
}
