// What lines must not cross: every box, and the names written in unit frames.
import { isBox, type Rect, type SceneNode } from './scene.ts';

export function obstaclesOf(nodes: readonly SceneNode[]): Rect[] {
  return nodes.map((n) => (isBox(n) ? n : n.nameRect));
}
