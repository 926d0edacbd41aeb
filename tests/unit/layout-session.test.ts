import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { LayoutSession } from '../../src/lib/layout/layout-session.ts';
import { layoutStructure } from '../../src/lib/layout/layout-structure.ts';
import { nodeElk } from '../../src/lib/layout/elk-node.ts';
import { LayoutCache } from '../../src/lib/layout/block.ts';
import { renderSvg } from '../../src/lib/render/svg.ts';
import { StructureSchema } from '../../src/lib/domain/structure.ts';
import { dinasWithPuskesmas, kecamatan } from './layout-helpers/fixtures.ts';

describe('LayoutSession (editor)', () => {
  it('drops a result that a newer request has overtaken; the newest wins', async () => {
    const session = new LayoutSession(nodeElk());
    const first = session.request({ structure: dinasWithPuskesmas(3) });
    const second = session.request({ structure: kecamatan(4) });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBeNull();
    expect(b!.scene.places['lurah-4']).toBeDefined();
    expect(b!.id).toBeGreaterThan(0);
  });

  it('routes the requested overlay layers with the engine lines it is given', async () => {
    const session = new LayoutSession(nodeElk());
    const basis = { source: 'uji', ref: 'Pasal 1', quote: 'uji' };
    const r = await session.request({ structure: kecamatan(2), result: { lines: [{ kind: 'rating', subKind: 'formal', from: 'camat', to: 'kec-adm', rule: 'r', label: 'x', basis }] }, layers: ['rating'] });
    expect(r!.scene.edges.filter((e) => e.kind === 'rating').map((e) => [e.from, e.to])).toEqual([['camat', 'kec-adm']]);
  });
});

describe('degenerate structures', () => {
  it('lays out and renders an empty structure and a unit without positions', async () => {
    const empty = StructureSchema.parse({ format: 'bagan-kerja', version: 1, units: [], positions: [] });
    const scene = await layoutStructure(empty, { elk: nodeElk(), cache: new LayoutCache() });
    expect(scene.nodes).toEqual([]);
    expect(XMLValidator.validate(renderSvg(scene))).toBe(true);
    const bare = StructureSchema.parse({ format: 'bagan-kerja', version: 1, units: [{ id: 'baru', name: 'Dinas Baru', type: 'dinas' }], positions: [] });
    const one = await layoutStructure(bare, { elk: nodeElk(), cache: new LayoutCache() });
    expect(one.nodes.map((n) => n.kind)).toEqual(['unitFrame']);
    expect(renderSvg(one)).toContain('>Dinas Baru</text>');
  });
});
