// Kedudukan lines that leave a unit's block (e.g. a Kepala Dinas placed under the Sekda while both
// units are top-level) cannot come from the per-unit ELK layouts; they are routed like overlays.
import type { StructureIndex } from '../domain/structure-index.ts';
import { simplify } from './geometry.ts';
import { routeBetween, sceneRouter } from './route-overlays.ts';
import type { Scene, SceneEdge } from './scene.ts';

export function routeKedudukanAcross(scene: Scene, index: StructureIndex, hidden: ReadonlySet<string>): Scene {
  const drawn = new Set(scene.edges.map((e) => `${e.from}>${e.to}`));
  const missing: { from: string; to: string }[] = [];
  for (const [id, unit] of index.headedUnit) {
    void unit;
    const p = index.positions.get(id)!;
    if (p.parent === null || hidden.has(id) || !scene.places[id] || !scene.places[p.parent]) continue;
    if (!drawn.has(`${p.parent}>${id}`)) missing.push({ from: p.parent, to: id });
  }
  if (missing.length === 0) return scene;
  const router = sceneRouter(scene);
  const extra: SceneEdge[] = [];
  for (const m of missing) {
    const path = routeBetween(router, scene, m.from, m.to, 'kedudukan', ['bottom', 'left', 'right'], ['top']);
    if (path) extra.push({ id: `k:${m.from}>${m.to}`, kind: 'kedudukan', from: m.from, to: m.to, points: simplify(path), lines: [] });
  }
  return { ...scene, edges: [...scene.edges, ...extra] };
}
