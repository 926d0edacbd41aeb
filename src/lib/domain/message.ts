// Fills finding templates: {0}, {1}, … are the titles of the finding's positions, in order.
/** Any index that finds a position's title by id (a StructureIndex, or the engine's states). */
export interface TitleLookup {
  readonly positions: { get(id: string): { readonly title: string } | undefined };
}

export function fillTemplate(template: string, index: TitleLookup, positions: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_, n: string) => {
    const id = positions[Number(n)];
    const p = id === undefined ? undefined : index.positions.get(id);
    return p ? `"${p.title}"` : '?';
  });
}
