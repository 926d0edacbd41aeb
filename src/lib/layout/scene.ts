// The laid-out scene: the one object that the screen, the SVG/PNG export and `bagan render` all draw,
// so they cannot disagree (style.md, "One scene, many outputs"). Coordinates are in px at 96 dpi,
// origin top-left, y downwards. Plain data (JSON-serialisable) so it can cross a worker boundary.
import type { Line } from '../domain/result.ts';
import type { LineKind } from '../domain/vocabulary.ts';
import type { PositionFigures, Totals } from './peta-figures.ts';
import type { TeamGroup } from './team-groups.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A structural official (or any position drawn as its own box, e.g. the JF head of a Puskesmas). */
export interface OfficialNode extends Rect {
  kind: 'official';
  id: string;
  positionId: string;
  unitId: string;
  /** Title, already wrapped to the box width. */
  title: string[];
  /** Second text: level / jenjang, count or holders, already wrapped. */
  detail: string[];
  isUnitHead: boolean;
  /** Positions hidden below this box because its subtree is collapsed. */
  collapsedCount?: number;
  /** Peta Jabatan view only: B, K and ± (the last detail line), so renderers can colour ± by sign. */
  staffing?: PositionFigures;
}

/** One row of a "Kelompok JF/Pelaksana" box: exactly one staff position. */
export interface StaffRow extends Rect {
  positionId: string;
  title: string[];
  /** Jenjang (or "Pelaksana") and count, e.g. "Ahli Muda · 3 orang", wrapped. */
  detail: string[];
  /** Peta Jabatan view only, as on OfficialNode. */
  staffing?: PositionFigures;
}

/** All JF/Pelaksana placed under the same official, drawn as one compact box. */
export interface StaffGroupNode extends Rect {
  kind: 'staffGroup';
  id: string;
  unitId: string;
  /** The official the group is placed under (kedudukan parent). */
  parentPositionId: string;
  heading: string;
  headingHeight: number;
  rows: StaffRow[];
}

/** The frame drawn around a unit (OPD, UPT, Puskesmas, Kelurahan, …) with its name on top. */
export interface UnitFrameNode extends Rect {
  kind: 'unitFrame';
  id: string;
  unitId: string;
  name: string[];
  /** Where the name is written; lines are routed around it. */
  nameRect: Rect;
  headerHeight: number;
  /** Nesting depth: 0 for a top-level unit. Frames are drawn outer first. */
  depth: number;
  /** Peta Jabatan view only: the unit's roll-up (with its sub-units), also written under its name. */
  staffing?: Totals;
}

export type SceneNode = OfficialNode | StaffGroupNode | UnitFrameNode;
export type BoxNode = OfficialNode | StaffGroupNode;

/** Overlay layers: the engine's line kinds plus Tim Kerja lines (lines that carry a team id). */
export const OVERLAY_LAYERS = ['performance', 'rating', 'assignment', 'reporting', 'team'] as const;
export type OverlayLayer = (typeof OVERLAY_LAYERS)[number];
export type EdgeKind = 'kedudukan' | OverlayLayer;

export function layerOfLine(line: Pick<Line, 'kind' | 'team'>): OverlayLayer {
  return line.team ? 'team' : (line.kind as LineKind);
}

export interface SceneEdge {
  id: string;
  kind: EdgeKind;
  /** Engine sub-kind (formal/operational, accountable/results, …); absent for kedudukan. */
  subKind?: string;
  /** "dan/atau" lines, drawn thinner. */
  optional?: boolean;
  /** Position ids at the two ends (kedudukan: parent → child, or → the node id of a staff group). */
  from: string;
  to: string;
  /** Orthogonal polyline, first point on the source box, last on the target box. */
  points: Point[];
  /** The engine line(s) this edge carries (several when bundled); empty for kedudukan. */
  lines: Line[];
  /** Line drawn without a route through free space (router gave up); drawn as is, still orthogonal. */
  unrouted?: boolean;
}

/** Where a position is drawn: its own box, or a row of a group box. */
export interface PositionPlace {
  nodeId: string;
  row?: number;
}

export interface Scene {
  width: number;
  height: number;
  title: string;
  /** Frames first, then boxes (draw order). */
  nodes: SceneNode[];
  /** Kedudukan edges first, then overlay edges. */
  edges: SceneEdge[];
  places: Record<string, PositionPlace>;
  /** Overlay layers present in `edges`, in legend order. */
  layers: OverlayLayer[];
  /** Positions hidden in a collapsed subtree → the collapsed box that stands for them. */
  collapsedInto?: Record<string, string>;
  /** Content key of each top-level unit's laid-out block: unchanged key, unchanged routes inside it. */
  blockKeys?: Record<string, string>;
  /** The Tim Kerja layer drawn as groups (halos, bundled lines), when routed with the teams. */
  teams?: TeamGroup[];
}

export const EMPTY_SCENE: Scene = { width: 0, height: 0, title: '', nodes: [], edges: [], places: {}, layers: [] };

export function isBox(node: SceneNode): node is BoxNode {
  return node.kind !== 'unitFrame';
}

/** The rectangle an overlay line attaches to for a position: the row for staff, else the box. */
export function anchorRect(scene: Scene, positionId: string): Rect | undefined {
  const place = scene.places[positionId];
  if (!place) return undefined;
  const node = scene.nodes.find((n) => n.id === place.nodeId);
  if (!node) return undefined;
  if (node.kind === 'staffGroup' && place.row !== undefined) return node.rows[place.row];
  return node;
}
