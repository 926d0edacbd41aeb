// The Tim Kerja layer as groups instead of loose lines: per team, a halo and a badge on every member,
// the member → Ketua lines bundled into one trunk that ends in the Ketua's box, and every other team
// line (Ketua → pemilik kinerja, → PPK, pemilik → anggota) drawn once per outside official. Computed
// after layout from the boxes as they are: the team layer never moves a box.
import type { Line } from '../domain/result.ts';
import { simplify } from './geometry.ts';
import { obstaclesOf } from './obstacles.ts';
import { ROUTE, portsOf, type OrthogonalRouter, type Port, type Side } from './orthogonal-router.ts';
import { anchorRect, type Point, type Rect, type Scene } from './scene.ts';
import { mergeInto, segmentsOf, type Segment } from './team-bundle.ts';
import { teamShortNames } from './team-names.ts';
import { textWidth } from './text-measure.ts';

/** What the layer needs to know of a team (structure.ts Team, or less). */
export interface TeamInfo {
  id: string;
  name: string;
  lead?: string | null;
  members: readonly string[];
}

export interface TeamBadge extends Rect {
  text: string;
}

/** A member's mark: a halo around its box (or row) and a badge with the team's short name. */
export interface TeamHalo {
  positionId: string;
  rect: Rect;
  lead: boolean;
  badge: TeamBadge;
}

export interface TeamLink {
  id: string;
  from: string;
  to: string;
  points: Point[];
  /** The engine lines the stroke stands for (what "Mengapa?" explains). */
  lines: Line[];
  arrowStart: boolean;
  arrowEnd: boolean;
  /** Every line it carries is "dan/atau". */
  optional?: boolean;
  unrouted?: boolean;
}

export interface TeamGroup {
  id: string;
  name: string;
  short: string;
  /** Index into the team palette (src/lib/render/team-styles.ts), by the team's place in the file. */
  palette: number;
  /** The box the members' lines run into: the Ketua, else the official most of the lines go to. */
  hub: string | null;
  halos: TeamHalo[];
  /** Member → knot, one per member other than the hub, cut where it joins the bundle. */
  branches: TeamLink[];
  /** Knot → hub: the bundled member → Ketua lines, drawn once. */
  trunk: TeamLink | null;
  /** Where branches meet the bundle (the first one is the knot at the trunk's foot). */
  knots: Point[];
  /** Lines between the team and one official outside it (or between two members), each drawn once. */
  links: TeamLink[];
}

export const TEAM_GEOMETRY = { trunk: [30, 18], gapTrunk: [14, 10], haloPad: 4, haloStep: 4, badgeHeight: 14, badgeFont: { size: 9.5, bold: true }, badgeGap: 3 } as const;

const DIR: Record<Side, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 } };
const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const along = (p: Point, side: Side, d: number): Point => ({ x: p.x + DIR[side].x * d, y: p.y + DIR[side].y * d });

function isRow(scene: Scene, id: string): boolean {
  return scene.places[id]?.row !== undefined;
}

function portsAt(scene: Scene, id: string): Port[] {
  const r = anchorRect(scene, id);
  return r ? portsOf(r, isRow(scene, id) ? ['left', 'right'] : ['bottom', 'top', 'left', 'right']) : [];
}

/**
 * The knot: a point in free space just off the hub's side that faces the members, where the branches
 * arrive. Between close boxes (JF groups side by side) it sits in the middle of the gap and the
 * branches come down the gap into it.
 */
function knotOf(scene: Scene, hub: string, members: readonly Rect[], obstacles: readonly Rect[]): { port: Point; knot: Point; side: Side; arrive: Side } | null {
  const rect = anchorRect(scene, hub)!;
  const c = centre(rect);
  const mx = members.reduce((s, r) => s + centre(r).x, 0) / Math.max(1, members.length) - c.x;
  const my = members.reduce((s, r) => s + centre(r).y, 0) / Math.max(1, members.length) - c.y;
  const horizontal: Side[] = mx < 0 ? ['left', 'right'] : ['right', 'left'];
  const vertical: Side[] = my < 0 ? ['top', 'bottom'] : ['bottom', 'top'];
  const sides = isRow(scene, hub) ? horizontal : [...horizontal, ...vertical];
  const across = (side: Side): Side[] => (side === 'left' || side === 'right' ? vertical : horizontal);
  const m = ROUTE.margin;
  const candidates: { len: number; side: Side; arrive: Side }[] = [];
  for (const len of TEAM_GEOMETRY.trunk) for (const side of sides) candidates.push({ len, side, arrive: side });
  for (const len of TEAM_GEOMETRY.gapTrunk) for (const side of sides) for (const arrive of across(side)) candidates.push({ len, side, arrive });
  for (const { len, side, arrive } of candidates) {
    const port = portsOf(rect, [side])[0].point;
    const knot = along(port, side, len);
    const esc = along(knot, arrive, m + 1);
    const blocked = obstacles.some((o) => {
      const nearEsc = esc.x > o.x - m && esc.x < o.x + o.width + m && esc.y > o.y - m && esc.y < o.y + o.height + m;
      const cuts = (a: Point, b: Point) => Math.max(a.x, b.x) > o.x + 0.5 && Math.min(a.x, b.x) < o.x + o.width - 0.5 && Math.max(a.y, b.y) > o.y + 0.5 && Math.min(a.y, b.y) < o.y + o.height - 0.5;
      return nearEsc || cuts(port, knot) || cuts(knot, esc);
    });
    if (!blocked) return { port, knot, side, arrive };
  }
  return null;
}

function straight(a: Point, b: Point): Point[] {
  const midY = (a.y + b.y) / 2;
  return simplify([a, { x: a.x, y: midY }, { x: b.x, y: midY }, b]);
}

function routeOrStraight(router: OrthogonalRouter, from: Port[], to: Port[], key: string): { points: Point[]; unrouted?: boolean } {
  const path = router.route(from, to, key);
  if (path) return { points: simplify(path) };
  return { points: straight(from[0].point, to[0].point), unrouted: true };
}

function link(id: string, from: string, to: string, routed: { points: Point[]; unrouted?: boolean }, lines: Line[], arrowStart: boolean, arrowEnd: boolean): TeamLink {
  const l: TeamLink = { id, from, to, points: routed.points, lines, arrowStart, arrowEnd };
  if (lines.length > 0 && lines.every((x) => x.optional)) l.optional = true;
  if (routed.unrouted) l.unrouted = true;
  return l;
}

/**
 * Groups the team lines (lines with `team`) per team, on a scene whose overlays are being routed with
 * `router` (so team strokes avoid boxes and the other layers' lines). `shown` maps a position hidden in
 * a collapsed subtree to the box that stands for it.
 */
export function teamGroups(scene: Scene, lines: readonly Line[], teams: readonly TeamInfo[], router: OrthogonalRouter, shown: (id: string) => string = (id) => id): TeamGroup[] {
  const obstacles = obstaclesOf(scene.nodes);
  const shorts = teamShortNames(teams);
  /** Per position: halos and badges already placed by earlier teams (nested halos, badges side by side). */
  const stacked = new Map<string, { count: number; badgeWidth: number }>();
  const byTeam = new Map<string, Line[]>();
  for (const l of lines) if (l.team) (byTeam.get(l.team) ?? byTeam.set(l.team, []).get(l.team)!).push(l);
  const groups: TeamGroup[] = [];

  teams.forEach((team, index) => {
    const short = shorts.get(team.id)!;
    const key = `team:${team.id}`;
    const members = [...new Set(team.members.map(shown))].filter((id) => scene.places[id]);
    const memberSet = new Set(members);
    const teamLines = (byTeam.get(team.id) ?? [])
      .map((l) => ({ line: l, from: shown(l.from), to: shown(l.to) }))
      .filter((l) => l.from !== l.to && scene.places[l.from] && scene.places[l.to]);
    const lead = team.lead ? shown(team.lead) : null;
    let hub: string | null = lead && scene.places[lead] ? lead : null;
    if (!hub) {
      const counts = new Map<string, number>();
      for (const l of teamLines) for (const end of [l.from, l.to]) if (!memberSet.has(end)) counts.set(end, (counts.get(end) ?? 0) + 1);
      hub = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    }

    const halos: TeamHalo[] = members.map((id) => {
      const r = anchorRect(scene, id)!;
      const s = stacked.get(id) ?? { count: 0, badgeWidth: 0 };
      const pad = TEAM_GEOMETRY.haloPad + s.count * TEAM_GEOMETRY.haloStep;
      const text = id === hub ? `Ketua ${short}` : short;
      const width = Math.ceil(textWidth(text, TEAM_GEOMETRY.badgeFont)) + 10;
      const h = TEAM_GEOMETRY.badgeHeight;
      const badge = { x: r.x + r.width - 6 - s.badgeWidth - width, y: r.y - h / 2, width, height: h, text };
      stacked.set(id, { count: s.count + 1, badgeWidth: s.badgeWidth + width + TEAM_GEOMETRY.badgeGap });
      return { positionId: id, rect: { x: r.x - pad, y: r.y - pad, width: r.width + 2 * pad, height: r.height + 2 * pad }, lead: id === hub, badge };
    });

    // Sort the lines: member ↔ hub go into the bundle, the rest are links keyed by their outside end.
    const bundle = new Map<string, Line[]>();
    const outside = new Map<string, { teamSide: Set<string>; lines: Line[] }>();
    const inTeam = (id: string) => id === hub || memberSet.has(id);
    for (const l of teamLines) {
      if (hub && ((l.from === hub && memberSet.has(l.to)) || (l.to === hub && memberSet.has(l.from)))) {
        const m = l.from === hub ? l.to : l.from;
        (bundle.get(m) ?? bundle.set(m, []).get(m)!).push(l.line);
        continue;
      }
      const [x, side] = inTeam(l.from) && !inTeam(l.to) ? [l.to, l.from] : !inTeam(l.from) && inTeam(l.to) ? [l.from, l.to] : [`${l.from}>${l.to}`, ''];
      const o = outside.get(x) ?? outside.set(x, { teamSide: new Set(), lines: [] }).get(x)!;
      if (side) o.teamSide.add(side);
      o.lines.push(l.line);
    }

    const knots: Point[] = [];
    const branches: TeamLink[] = [];
    let trunk: TeamLink | null = null;
    const knot = hub && bundle.size > 0 ? knotOf(scene, hub, [...bundle.keys()].map((m) => anchorRect(scene, m)!), obstacles) : null;
    const tree: Segment[] = [];
    if (hub && knot) {
      const all = [...bundle.values()].flat();
      trunk = link(`${key}:trunk`, hub, hub, { points: [knot.knot, knot.port] }, all, false, all.some((l) => shown(l.to) === hub));
      tree.push([knot.knot, knot.port]);
      knots.push(knot.knot);
    }
    if (hub) {
      const target: Port[] = knot ? [{ point: knot.knot, side: knot.arrive }] : portsAt(scene, hub);
      const goal = target[0].point;
      const order = [...bundle.keys()].sort((a, b) => {
        const ca = centre(anchorRect(scene, a)!);
        const cb = centre(anchorRect(scene, b)!);
        return Math.abs(ca.x - goal.x) + Math.abs(ca.y - goal.y) - (Math.abs(cb.x - goal.x) + Math.abs(cb.y - goal.y)) || a.localeCompare(b);
      });
      for (const m of order) {
        const routed = routeOrStraight(router, portsAt(scene, m), target, key);
        const merged = tree.length ? mergeInto(routed.points, tree) : { points: routed.points, junction: null };
        if (merged.junction && !knots.some((k) => Math.abs(k.x - merged.junction!.x) < 0.5 && Math.abs(k.y - merged.junction!.y) < 0.5)) knots.push(merged.junction);
        tree.push(...segmentsOf(merged.points));
        const ls = bundle.get(m)!;
        branches.push(link(`${key}:m:${m}`, m, hub, { points: merged.points, unrouted: routed.unrouted }, ls, false, false));
      }
    }

    const links: TeamLink[] = [];
    for (const [x, o] of outside) {
      const lineList = o.lines;
      if (!scene.places[x]) {
        // Between two members (or two outsiders): one stroke from the first line's source to its target.
        const f = shown(lineList[0].from);
        const t = shown(lineList[0].to);
        const routed = routeOrStraight(router, portsAt(scene, f), portsAt(scene, t), `${key}:link`);
        links.push(link(`${key}:l:${x}`, f, t, routed, lineList, lineList.some((l) => shown(l.to) === f), true));
        continue;
      }
      // Lines about the members (not only the Ketua) stand for the whole team: they end at the knot.
      const toKnot = knot && [...o.teamSide].some((s) => s !== hub);
      const teamEnd: Port[] = toKnot ? [{ point: knot.knot, side: knot.arrive }] : o.teamSide.size === 1 ? portsAt(scene, [...o.teamSide][0]) : hub ? portsAt(scene, hub) : portsAt(scene, [...o.teamSide][0]);
      const routed = routeOrStraight(router, portsAt(scene, x), teamEnd, `${key}:link`);
      const end = toKnot ? hub! : o.teamSide.size === 1 ? [...o.teamSide][0] : (hub ?? [...o.teamSide][0]);
      links.push(link(`${key}:l:${x}`, x, end, routed, lineList, lineList.some((l) => shown(l.to) === x), lineList.some((l) => shown(l.from) === x)));
    }

    groups.push({ id: team.id, name: team.name, short, palette: index, hub, halos, branches, trunk, knots, links });
  });
  return groups;
}
