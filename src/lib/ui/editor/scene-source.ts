// Structure + engine result → the scene the canvas draws, through the shared layout session (ELK in
// its Web Worker, per-unit cache, newest request wins) and overlay router.
import type { Structure } from '$lib/domain/structure.ts';
import type { ComputeResult } from '$lib/domain/result.ts';
import type { Variant } from '$lib/domain/variant.ts';
import { createIncrementalEngine } from '$lib/domain/incremental-engine.ts';
import { LayoutSession } from '$lib/layout/layout-session.ts';
import type { LayoutOptions } from '$lib/layout/layout-structure.ts';
import type { UnitEngine } from '$lib/layout/unit-layout.ts';
import { browserElk } from '$lib/layout/elk-browser.ts';
import type { StaffingView } from '$lib/layout/peta-figures.ts';
import { OVERLAY_LAYERS, type OverlayLayer, type Scene } from '$lib/layout/scene.ts';

let session: LayoutSession | undefined;
const engine = createIncrementalEngine();

/** Lines and findings for the editor: after an edit only the Perangkat Daerah it touched are recomputed. */
export function computeResult(structure: Structure, variant: Variant, options: Record<string, string>): ComputeResult {
  return engine.compute(structure, variant, options);
}

export interface SceneRequest {
  structure: Structure;
  result: ComputeResult | null;
  collapsed: readonly string[];
  layers: ReadonlySet<string>;
  /** SOTK boxes or Peta Jabatan boxes (kelas, B, K, ±) of the same structure. */
  view?: StaffingView;
  /** Boxes placed by hand (project pins): their top-level unit goes where the pin says. */
  pins?: LayoutOptions['pins'];
  unitEngine?: UnitEngine;
}

/** Resolves with the scene, or null when a newer request overtook this one. */
export async function buildScene(req: SceneRequest): Promise<Scene | null> {
  session ??= new LayoutSession(browserElk());
  const layers: OverlayLayer[] = OVERLAY_LAYERS.filter((l) => req.layers.has(l));
  const t0 = performance.now();
  const out = await session.request({ structure: req.structure, options: { collapsed: req.collapsed, view: req.view, pins: req.pins, unitEngine: req.unitEngine }, result: req.result ?? undefined, layers });
  if (!out) return null;
  // Read by `npm run bench` (scripts/bench/browser.ts): layout + routing time as the editor sees it.
  performance.measure('bagan:layout', { start: t0, end: performance.now() });
  if (!req.layers.has('kedudukan')) return { ...out.scene, edges: out.scene.edges.filter((e) => e.kind !== 'kedudukan') };
  return out.scene;
}
