// A variant's assignment procedure (workflow) as a swimlane scene: one lane per actor, labelled with
// the official of this structure, the steps as boxes left to right in the regulation's order, approve
// and reject branches, orthogonal arrows in the gaps between columns, and the citations as footnotes.
// These are the "Gambar" the seed texts refer to but do not contain, regenerated for a structure.
import type { Workflow } from '../domain/variant.ts';
import { STATUS_LABEL } from '../domain/workflow.ts';
import { wrapText, type FontSpec } from './text-measure.ts';

export interface FlowActor {
  key: string;
  /** The official of this structure (e.g. "Kepala Dinas Pekerjaan Umum"), or the role when none is known. */
  name: string;
  /** The role in the procedure, shown under the name; empty when the name already is the role. */
  role: string;
}

export interface FlowInput {
  title: string;
  subtitle?: string;
  workflow: Workflow;
  actors: readonly FlowActor[];
}

export interface FlowText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
}

export interface FlowLane {
  key: string;
  /** Width of the label column at the lane's left. */
  labelWidth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  texts: FlowText[];
}

export interface FlowBox {
  stepId: string;
  lane: string;
  column: number;
  branch?: 'approve' | 'reject';
  x: number;
  y: number;
  width: number;
  height: number;
  texts: FlowText[];
  footnote: number;
}

export interface FlowArrow {
  from: string;
  to: string;
  kind: 'next' | 'approve' | 'reject';
  points: { x: number; y: number }[];
  label?: FlowText;
}

export interface FlowScene {
  width: number;
  height: number;
  texts: FlowText[];
  lanes: FlowLane[];
  boxes: FlowBox[];
  arrows: FlowArrow[];
}

const MARGIN = 24;
const LABEL_W = 230;
const BOX_W = 210;
const GAP = 88;
const FORK = 26;
const PAD = 9;
const LANE_PAD_TOP = 20;
const LANE_PAD_BOTTOM = 16;
const F_TITLE: FontSpec = { size: 18, bold: true };
const F_SUB: FontSpec = { size: 12 };
const F_LANE_NAME: FontSpec = { size: 12, bold: true };
const F_LANE_ROLE: FontSpec = { size: 11 };
const F_ACTION: FontSpec = { size: 11 };
const F_DOC: FontSpec = { size: 10.5 };
const F_META: FontSpec = { size: 10 };
const F_NOTE: FontSpec = { size: 9.5 };
const LH = 1.3;

type Step = Workflow['steps'][number];

function block(out: FlowText[], text: string, x: number, y: number, width: number, font: FontSpec, extra: Partial<FlowText> = {}): number {
  for (const line of wrapText(text, width, font)) {
    out.push({ text: line, x, y: y + font.size, size: font.size, ...(font.bold ? { bold: true } : {}), ...extra });
    y += font.size * LH;
  }
  return y;
}

/** The step each step's arrow comes from (see the module comment), and the arrow's kind. */
export function flowSources(steps: readonly Step[]): ({ from: number; kind: FlowArrow['kind'] } | null)[] {
  const prevMain = (j: number) => {
    for (let i = j - 1; i >= 0; i--) if (steps[i].branch !== 'reject') return i;
    return -1;
  };
  const out = steps.map((s, j): { from: number; kind: FlowArrow['kind'] } | null => {
    if (j === 0) return null;
    if (s.branch === 'reject') {
      if (steps[j - 1].branch === 'reject' && steps[j - 1].actor !== s.actor) return { from: j - 1, kind: 'next' };
      const p = prevMain(j);
      if (p < 0) return { from: j - 1, kind: 'reject' };
      // A refusal is the alternative to the approval just before it: it leaves from where that approval left.
      const alt = steps[p].branch === 'approve' ? prevMain(p) : p;
      return { from: alt < 0 ? p : alt, kind: 'reject' };
    }
    const p = prevMain(j);
    return p < 0 ? { from: j - 1, kind: 'next' } : { from: p, kind: 'next' };
  });
  // An arrow leaving a step that also has a refusal is the approval of the fork.
  const refused = new Set(out.filter((x) => x?.kind === 'reject').map((x) => x!.from));
  return out.map((x, j) => (x && x.kind === 'next' && refused.has(x.from) && steps[j].branch === 'approve' ? { ...x, kind: 'approve' } : x));
}

export function layoutFlow(input: FlowInput): FlowScene {
  const steps = input.workflow.steps;
  const actorOf = new Map(input.actors.map((a) => [a.key, a]));
  const actor = (key: string): FlowActor => actorOf.get(key) ?? { key, name: key.replace(/_/g, ' '), role: '' };
  const laneKeys = [...new Set(steps.map((s) => s.actor))];
  const sources = flowSources(steps);

  // Columns: a step sits right of the step its arrow comes from and right of the previous step of its
  // lane, so arrows always run rightwards, a lane reads in the regulation's order, and parallel
  // branches (approval and refusal in different lanes) share a column.
  const columns: number[] = [];
  const laneLast = new Map<string, number>();
  steps.forEach((s, j) => {
    const src = sources[j];
    const col = Math.max(src ? columns[src.from] + 1 : 0, (laneLast.get(s.actor) ?? -1) + 1);
    columns.push(col);
    laneLast.set(s.actor, col);
  });
  const maxCol = Math.max(-1, ...columns);

  // Header.
  const texts: FlowText[] = [];
  const laneW = LABEL_W + Math.max(1, maxCol + 1) * (BOX_W + GAP) - GAP + 2 * 20;
  const contentW = laneW;
  let y = MARGIN;
  y = block(texts, input.title, MARGIN, y, contentW, F_TITLE);
  if (input.subtitle) y = block(texts, input.subtitle, MARGIN, y + 2, contentW, F_SUB, { fill: '#374151' });
  y = block(texts, `Dasar: ${input.workflow.basis.ref}${input.workflow.basis.lines ? ` (${input.workflow.basis.lines})` : ''}`, MARGIN, y + 2, contentW, F_SUB, { fill: '#374151' });
  y += 14;

  // Box contents, measured before the lanes get their heights.
  const boxTexts = steps.map((s, j) => {
    const t: FlowText[] = [];
    const inner = BOX_W - 2 * PAD;
    let by = PAD;
    t.push({ text: `[${j + 1}]`, x: BOX_W - PAD, y: by + F_META.size, size: F_META.size, bold: true, anchor: 'end', fill: '#6b7280' });
    by = block(t, s.action, PAD, by, inner - 22, F_ACTION);
    if (s.document) by = block(t, `Dokumen: ${s.document}`, PAD, by + 3, inner, F_DOC, { italic: true, fill: '#1e3a8a' });
    if (s.to) by = block(t, `Kepada: ${actor(s.to).name}`, PAD, by + 3, inner, F_META, { fill: '#374151' });
    if (s.status) by = block(t, `Status: ${STATUS_LABEL[s.status]}`, PAD, by + 3, inner, { ...F_META, bold: true }, { fill: s.status === 'ditolak' ? '#b91c1c' : '#065f46' });
    return { texts: t, height: by + PAD };
  });

  const lanes: FlowLane[] = [];
  const laneBox = new Map<string, FlowLane>();
  const laneX = MARGIN;
  for (const key of laneKeys) {
    const a = actor(key);
    const lt: FlowText[] = [];
    let ly = y + 12;
    ly = block(lt, a.name, laneX + 10, ly, LABEL_W - 24, F_LANE_NAME);
    if (a.role) ly = block(lt, `(${a.role})`, laneX + 10, ly + 2, LABEL_W - 24, F_LANE_ROLE, { fill: '#374151' });
    const boxH = Math.max(0, ...steps.map((s, j) => (s.actor === key ? boxTexts[j].height : 0)));
    const height = Math.max(ly + 12 - y, LANE_PAD_TOP + boxH + LANE_PAD_BOTTOM);
    const lane: FlowLane = { key, labelWidth: LABEL_W, x: laneX, y, width: laneW, height, texts: lt };
    lanes.push(lane);
    laneBox.set(key, lane);
    y += height;
  }

  const colX = (c: number) => laneX + LABEL_W + 20 + c * (BOX_W + GAP);
  const boxes: FlowBox[] = steps.map((s, j) => {
    const lane = laneBox.get(s.actor)!;
    const x = colX(columns[j]);
    const by = lane.y + LANE_PAD_TOP;
    return {
      stepId: s.id,
      lane: s.actor,
      column: columns[j],
      ...(s.branch ? { branch: s.branch } : {}),
      x,
      y: by,
      width: BOX_W,
      height: boxTexts[j].height,
      texts: boxTexts[j].texts.map((t) => ({ ...t, x: t.x + x, y: t.y + by })),
      footnote: j + 1
    };
  });

  const arrows: FlowArrow[] = [];
  sources.forEach((src, j) => {
    if (!src) return;
    const a = boxes[src.from];
    const b = boxes[j];
    const sx = a.x + a.width;
    const sy = a.y + Math.min(a.height / 2, 24);
    const tx = b.x;
    const ty = b.y + Math.min(b.height / 2, 24);
    const gx1 = sx + FORK;
    let points: { x: number; y: number }[];
    if (b.column === a.column + 1) points = sy === ty ? [{ x: sx, y: sy }, { x: tx, y: ty }] : [{ x: sx, y: sy }, { x: gx1, y: sy }, { x: gx1, y: ty }, { x: tx, y: ty }];
    else {
      // Skip the columns in between along the top margin of the target lane, which holds no box.
      const cy = laneBox.get(b.lane)!.y + LANE_PAD_TOP / 2;
      const gx2 = tx - GAP + FORK;
      points = [{ x: sx, y: sy }, { x: gx1, y: sy }, { x: gx1, y: cy }, { x: gx2, y: cy }, { x: gx2, y: ty }, { x: tx, y: ty }];
    }
    const arrow: FlowArrow = { from: a.stepId, to: b.stepId, kind: src.kind, points };
    if (src.kind !== 'next') {
      // On the last segment, clear of the vertical in the gap that a fork's other arrow may share.
      arrow.label = { text: src.kind === 'approve' ? 'disetujui' : 'ditolak', x: tx - (GAP - FORK) / 2, y: ty - 4, size: 10, bold: true, anchor: 'middle', fill: src.kind === 'approve' ? '#065f46' : '#b91c1c' };
    }
    arrows.push(arrow);
  });

  // Footnotes: the citation of every step.
  y += 18;
  const noteW = Math.max(contentW, laneW) - 10;
  texts.push({ text: 'Dasar hukum tiap langkah:', x: MARGIN, y: y + F_NOTE.size, size: F_NOTE.size, bold: true });
  y += F_NOTE.size * LH + 2;
  steps.forEach((s, j) => {
    const quote = s.basis.quote.length > 220 ? `${s.basis.quote.slice(0, 217).trimEnd()}…` : s.basis.quote;
    y = block(texts, `[${j + 1}] ${s.basis.ref}${s.basis.lines ? ` (${s.basis.lines})` : ''}: “${quote}”`, MARGIN, y, noteW, F_NOTE, { fill: '#374151' }) + 2;
  });

  return { width: Math.max(contentW, laneW) + 2 * MARGIN, height: y + MARGIN, texts, lanes, boxes, arrows };
}
