// One call from an assignment to its mechanism-flow scene: the variant's procedure for its mode and
// scope (or the refusal with its citation), the real officials as lanes, and the figure's title.
import type { Assignment, Structure } from '../domain/structure.ts';
import type { Basis, Variant, Workflow } from '../domain/variant.ts';
import type { ComputeResult } from '../domain/result.ts';
import { regulationName } from '../domain/citation.ts';
import { variantScopeOf, workflowFor } from '../domain/workflow.ts';
import { flowActors } from './flow-actors.ts';
import { layoutFlow, type FlowScene } from './flow-layout.ts';

export type FlowFigure = { ok: true; scene: FlowScene; title: string; workflow: Workflow; current?: string } | { ok: false; message: string; basis: Basis };

export function flowFigure(s: Structure, variant: Variant, a: Assignment, result: Pick<ComputeResult, 'roles'> & Partial<Pick<ComputeResult, 'options'>>): FlowFigure {
  const choice = workflowFor(variant, a.mode, variantScopeOf(s, variant, a, result.options));
  if (!choice.ok) return choice;
  const w = choice.workflow;
  const rater = (id: string) => result.roles.get(id)?.rater ?? null;
  const staff = s.positions.find((p) => p.id === a.assignee);
  const target = a.owner === null ? a.externalInstansi : s.units.find((u) => u.id === a.owner)?.name;
  const title = `Mekanisme ${w.label}`;
  const subtitle = `${regulationName(variant)} tentang ${variant.identity.title}. Penugasan ${staff?.title ?? a.assignee}${staff?.holders?.length ? ` (${staff.holders[0]})` : ''} kepada ${target ?? '—'}.`;
  const scene = layoutFlow({ title, subtitle, workflow: w, actors: flowActors(s, a, w, rater) });
  // Where the assignment stands: the last step that sets its status (none while still a draf).
  const current = a.status === 'draf' ? undefined : w.steps.findLast((st) => st.status === a.status)?.id;
  return { ok: true, scene, title: `${title} — ${regulationName(variant)}`, workflow: w, ...(current ? { current } : {}) };
}
