// A unit's kedudukan lines into its sub-units are routed around every box of the unit (sub-unit-lines.ts):
// for a Dinas with a hundred Puskesmas that costs more than laying all of them out. An edit inside one
// sub-unit that moves no box leaves those lines where they were, so they are taken from the unit's last
// layout when the boxes, places and heads have the same shape (same-shape.ts).
import { subUnitLines, type SubUnitLineInputs } from './sub-unit-lines.ts';
import { sameNodes, samePlaces, sameShape } from './same-shape.ts';
import type { SceneEdge } from './scene.ts';

function sameInputs(a: SubUnitLineInputs, b: SubUnitLineInputs): boolean {
  return a.width === b.width && a.height === b.height && a.busX === b.busX && sameShape(a.heads, b.heads) && samePlaces(a.places, b.places) && sameNodes(a.nodes, b.nodes);
}

export class LinesMemo {
  private readonly last = new Map<string, { input: SubUnitLineInputs; edges: SceneEdge[] }>();

  subUnitLines(input: SubUnitLineInputs): SceneEdge[] {
    const last = this.last.get(input.unitId);
    const edges = last && sameInputs(last.input, input) ? last.edges : subUnitLines(input);
    this.last.set(input.unitId, { input, edges });
    return edges;
  }
}
