// Fills finding templates: {0}, {1}, … are the titles of the finding's positions, in order.
import type { StructureIndex } from './structure-index.ts';

export function fillTemplate(template: string, index: StructureIndex, positions: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_, n: string) => {
    const id = positions[Number(n)];
    const p = id === undefined ? undefined : index.positions.get(id);
    return p ? `"${p.title}"` : '?';
  });
}
