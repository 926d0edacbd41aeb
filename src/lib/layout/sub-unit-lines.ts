// Kedudukan lines from a unit's positions down to the heads of its sub-units, which sit in wrapped rows
// below the unit's own chart. A few sub-units (Kelurahan of a Kecamatan, UPT of a Dinas): each line is
// routed around the boxes and frames, lines from one anchor bundled. Many sub-units (the Sekolah of a
// Dinas Pendidikan, the Puskesmas of a large Dinas Kesehatan): a bus, as SOTK figures draw them — from
// the anchor down to the channel above the first row, along the left margin, then along the channel
// above each row and down into every head. Closed form, so 950 Sekolah cost no more than 950 segments.
import { simplify } from './geometry.ts';
import { FrameObstacles } from './frame-obstacles.ts';
import { OrthogonalRouter, ROUTE, portsOf, type Port } from './orthogonal-router.ts';
import type { Point, PositionPlace, SceneEdge, SceneNode } from './scene.ts';

/** More sub-unit lines than this go on the bus. */
export const BUS_FROM = 16;
/** Lanes of the bus when several positions have sub-units under them (px from the middle of a gap). */
const LANES = [0, -6, 6] as const;

export interface SubUnitHead {
  unitId: string;
  anchor: string;
  head: string;
  /** Top centre of the sub-unit head's box. */
  top: Point;
  /** Which row of sub-units, and the y of the middle of the gap above that row. */
  row: number;
  channelY: number;
}

export interface SubUnitLineInputs {
  unitId: string;
  width: number;
  height: number;
  nodes: readonly SceneNode[];
  places: Record<string, PositionPlace>;
  heads: readonly SubUnitHead[];
  /** x of the bus in the left margin. */
  busX: number;
}

function anchorPorts(byId: Map<string, SceneNode>, places: Record<string, PositionPlace>, anchor: string): Port[] | null {
  const place = places[anchor];
  const box = place && byId.get(place.nodeId);
  if (!box || box.kind === 'unitFrame') return null;
  return box.kind === 'staffGroup' && place.row !== undefined ? portsOf(box.rows[place.row], ['left', 'right']) : portsOf(box, ['bottom', 'left', 'right']);
}

export function subUnitLines(input: SubUnitLineInputs): SceneEdge[] {
  const { unitId, width, height, nodes, places, heads } = input;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const frames = new FrameObstacles(nodes, ROUTE.margin);
  const edges: SceneEdge[] = [];
  const edge = (h: SubUnitHead, points: Point[]) => edges.push({ id: `k:${h.anchor}>${h.head}`, kind: 'kedudukan', from: h.anchor, to: h.head, points: simplify(points), lines: [] });
  if (heads.length <= BUS_FROM) {
    // Lines run between the sub-unit frames, never across another sub-unit; each enters only its own frame.
    const router = new OrthogonalRouter([], { x: 0, y: 0, width, height });
    for (const h of heads) {
      const from = anchorPorts(byId, places, h.anchor);
      if (!from) continue;
      const path = router.route(from, [{ side: 'top', point: h.top }], `k:${h.anchor}`, undefined, frames.between(unitId, h.unitId));
      if (path) edge(h, path);
    }
    return edges;
  }
  const firstChannel = heads.reduce((m, h) => Math.min(m, h.channelY), Infinity);
  // Only the unit's own chart lies above the first channel: route each anchor down to it once.
  const router = new OrthogonalRouter([], { x: 0, y: 0, width, height: firstChannel + 1 });
  const anchors = [...new Set(heads.map((h) => h.anchor))];
  anchors.forEach((anchor, k) => {
    const lane = LANES[k % LANES.length];
    const busX = input.busX + lane;
    const channel0 = firstChannel + lane;
    const from = anchorPorts(byId, places, anchor);
    if (!from) return;
    const mine = heads.filter((h) => h.anchor === anchor);
    const box = byId.get(places[anchor].nodeId)!;
    const drops: Port[] = [
      { side: 'top', point: { x: box.x + box.width / 2, y: channel0 } },
      { side: 'top', point: { x: busX, y: channel0 } }
    ];
    const down = router.route(from, drops, `k:${anchor}`, undefined, frames.between(unitId, unitId));
    if (!down) return;
    for (const h of mine) {
      const channel = h.channelY + lane;
      if (h.row === 0) edge(h, [...down, { x: h.top.x, y: channel0 }, h.top]);
      else edge(h, [...down, { x: busX, y: channel0 }, { x: busX, y: channel }, { x: h.top.x, y: channel }, h.top]);
    }
  });
  return edges;
}
