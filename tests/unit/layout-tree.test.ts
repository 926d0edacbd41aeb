// The closed-form tree layout that replaced one ELK call per unit: rows per depth, parents centred,
// model order kept, siblings packed by their contours, ELK kept only for what is not a forest.
import { describe, expect, it } from 'vitest';
import type { ElkExtendedEdge, ElkNode } from '../../src/lib/layout/elk-runner.ts';
import { TREE, layoutTree } from '../../src/lib/layout/tree-layout.ts';
import { rectsOverlap } from '../../src/lib/layout/geometry.ts';

function graph(nodes: [string, number, number][], edges: [string, string][]): ElkNode {
  return {
    id: 'root',
    children: nodes.map(([id, width, height]) => ({
      id,
      width,
      height,
      ports: [
        { id: `${id}:n`, x: width / 2, y: 0, width: 0, height: 0 },
        { id: `${id}:s`, x: width / 2, y: height, width: 0, height: 0 }
      ]
    })),
    edges: edges.map(([a, b]) => ({ id: `${a}>${b}`, sources: [`${a}:s`], targets: [`${b}:n`] }))
  };
}

const at = (laid: ElkNode, id: string) => laid.children!.find((c) => c.id === id)!;
const rect = (n: ElkNode) => ({ x: n.x!, y: n.y!, width: n.width!, height: n.height! });

describe('layoutTree', () => {
  it('puts each depth in one top-aligned row, children in model order, the parent centred over them', () => {
    const laid = layoutTree(graph([['head', 180, 60], ['a', 100, 40], ['b', 100, 80], ['c', 100, 40], ['a1', 100, 40]], [['head', 'a'], ['head', 'b'], ['head', 'c'], ['a', 'a1']]))!;
    const [head, a, b, c, a1] = ['head', 'a', 'b', 'c', 'a1'].map((id) => at(laid, id));
    expect(head.y).toBe(0);
    expect([a.y, b.y, c.y]).toEqual([60 + TREE.layerGap, 60 + TREE.layerGap, 60 + TREE.layerGap]);
    // The next row starts below the tallest box of the row above.
    expect(a1.y).toBe(b.y! + 80 + TREE.layerGap);
    expect(a.x!).toBeLessThan(b.x!);
    expect(b.x!).toBeLessThan(c.x!);
    expect(b.x! - (a.x! + 100)).toBe(TREE.nodeGap);
    expect(head.x! + 90).toBeCloseTo((a.x! + 50 + c.x! + 50) / 2);
    const all = laid.children!.map(rect);
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(rectsOverlap(all[i], all[j])).toBe(false);
    expect(laid.width).toBe(Math.max(...all.map((r) => r.x + r.width)));
  });

  it('routes each line down, along one bus between the rows, and down into the child', () => {
    const laid = layoutTree(graph([['p', 100, 40], ['x', 100, 40], ['y', 100, 40]], [['p', 'x'], ['p', 'y']]))!;
    const e = (laid.edges as ElkExtendedEdge[]).find((e) => e.id === 'p>y')!.sections![0];
    const p = at(laid, 'p');
    const y = at(laid, 'y');
    expect(e.startPoint).toEqual({ x: p.x! + 50, y: 40 });
    expect(e.endPoint).toEqual({ x: y.x! + 50, y: y.y! });
    expect(e.bendPoints).toEqual([
      { x: p.x! + 50, y: 40 + TREE.layerGap / 2 },
      { x: y.x! + 50, y: 40 + TREE.layerGap / 2 }
    ]);
  });

  it('tucks a narrow deep branch beside a wide shallow one (contours, not bounding boxes)', () => {
    // Row 1: a wide box w, then narrow n with a wide child below; the child may reach under w's row gap.
    const laid = layoutTree(graph([['r', 100, 40], ['w', 400, 40], ['n', 60, 40], ['n1', 300, 40]], [['r', 'w'], ['r', 'n'], ['n', 'n1']]))!;
    const w = at(laid, 'w');
    const n1 = at(laid, 'n1');
    // n1 is in the row below w, so it may start left of w's right edge.
    expect(n1.x!).toBeLessThan(w.x! + 400);
  });

  it('centres a head over its trunk rather than over all its children (SOTK: Sekretaris to the side)', () => {
    const laid = layoutTree(graph([['p:h', 180, 60], ['t:h', 2, 2], ['p:sek', 180, 60], ['b1', 180, 60], ['b2', 180, 60], ['b3', 180, 60]], [['p:h', 't:h'], ['p:h', 'p:sek'], ['t:h', 'b1'], ['t:h', 'b2'], ['t:h', 'b3']]))!;
    const head = at(laid, 'p:h');
    const trunk = at(laid, 't:h');
    expect(head.x! + 90).toBeCloseTo(trunk.x! + 1);
  });

  it('lays out several roots side by side, and gives up (null) on a cycle so ELK can take it', () => {
    const two = layoutTree(graph([['a', 100, 40], ['b', 100, 40]], []))!;
    expect(at(two, 'b').x! - at(two, 'a').x!).toBe(100 + TREE.componentGap);
    expect(layoutTree(graph([['a', 100, 40], ['b', 100, 40]], [['a', 'b'], ['b', 'a']]))).toBeNull();
  });
});
