// One pipeline for every export (CLI, app): structure (+ variant) → layout → overlays → SVG page(s).
import { compute } from '../domain/compute.ts';
import type { Structure } from '../domain/structure.ts';
import type { Variant } from '../domain/variant.ts';
import type { ElkRunner } from '../layout/elk-runner.ts';
import { layoutStructure } from '../layout/layout-structure.ts';
import type { StaffingView } from '../layout/peta-figures.ts';
import type { UnitEngine } from '../layout/unit-layout.ts';
import { routeOverlays } from '../layout/route-overlays.ts';
import type { OverlayLayer, Scene } from '../layout/scene.ts';
import { renderSvgPages, type SvgOptions } from './svg.ts';
import { extractUnit } from './unit-extract.ts';

export interface FigureRequest {
  structure: Structure;
  elk: ElkRunner;
  variant?: Variant;
  variantOptions?: Record<string, string>;
  layers?: readonly OverlayLayer[];
  unit?: string;
  collapsed?: readonly string[];
  svg?: SvgOptions;
  /** 'peta': the Peta Jabatan boxes (kelas, B, K, ±) instead of the SOTK boxes. */
  view?: StaffingView;
  /** 'elk': every unit laid out by ELK layered instead of the direct tree layout. */
  unitEngine?: UnitEngine;
}

export async function exportFigure(req: FigureRequest): Promise<{ scene: Scene; pages: string[] }> {
  let scene = await layoutStructure(req.structure, { elk: req.elk, unit: req.unit, collapsed: req.collapsed, view: req.view, unitEngine: req.unitEngine });
  const layers = req.layers ?? [];
  if (req.variant && layers.length > 0) scene = routeOverlays(scene, compute(req.structure, req.variant, req.variantOptions ?? {}), layers, req.structure.teams);
  const embedded = req.unit ? extractUnit(req.structure, req.unit) : req.structure;
  const pages = renderSvgPages(scene, { structure: embedded, ...req.svg });
  return { scene, pages };
}
