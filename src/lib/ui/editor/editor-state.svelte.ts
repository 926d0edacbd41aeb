// Per-editor UI state (selection, what the "Mengapa?" panel explains, panels, presentation) and the
// commands the toolbar and the keyboard share, so both do exactly the same thing.
import type { Finding, Line } from '$lib/domain/result.ts';
import type { Position } from '$lib/domain/structure.ts';
import type { Level } from '$lib/domain/vocabulary.ts';
import { addChildPosition, addSiblingPosition, deleteSubtrees, idMakerFor, movePosition, type PositionDraft } from '$lib/domain/edit.ts';
import { copySubtrees, pasteClipboard, type Clipboard } from '$lib/domain/edit-clipboard.ts';
import { addUnitFromTemplate, UNIT_TEMPLATES } from '$lib/domain/edit-templates.ts';
import type { ProjectSession } from '$lib/store/session.svelte.ts';
import { LAYERS, type Layer } from '$lib/store/project.ts';

export type Explained = { kind: 'lines'; lines: Line[] } | { kind: 'position'; id: string } | { kind: 'finding'; finding: Finding } | null;
export type SideTab = 'inspektor' | 'mengapa' | 'temuan' | 'opsi' | 'tim' | 'penugasan';

const CHILD_LEVEL: Record<Level, Level> = {
  jpt_pratama: 'administrator',
  administrator: 'pengawas',
  pengawas: 'pelaksana',
  fungsional: 'fungsional',
  pelaksana: 'pelaksana'
};

/** Presentation steps: the tree alone, then each overlay layer on top of it. */
export const PRESENTATION_STEPS: readonly Layer[] = LAYERS;

export class EditorState {
  selection = $state<string[]>([]);
  explained = $state<Explained>(null);
  tab = $state<SideTab>('inspektor');
  presenting = $state(false);
  presentationStep = $state(0);
  highContrast = $state(false);
  searchOpen = $state(false);
  templateDialog = $state(false);
  shortcutHelp = $state(false);
  clipboard = $state.raw<Clipboard | null>(null);
  /** Incremented to ask the canvas to centre on `focusTarget`. */
  focusRequest = $state(0);
  focusTarget = $state<string | null>(null);
  fitRequest = $state(0);
  zoomBy = $state(0);
  /** Set after adding a box, so the inspector focuses its title field. */
  editTitleOf = $state<string | null>(null);

  constructor(readonly session: ProjectSession) {
    this.selection = session.project.ui.selection.filter((id) => session.structure.positions.some((p) => p.id === id));
  }

  /** The last selected position, found once per edit or selection (several components read it, and a find over 10,000 positions each time adds up). */
  readonly primary: Position | undefined = $derived.by(() => {
    const id = this.selection.at(-1);
    return id ? this.session.structure.positions.find((p) => p.id === id) : undefined;
  });

  select(ids: string[], opts: { additive?: boolean; explain?: boolean } = {}): void {
    if (opts.additive) {
      const set = new Set(this.selection);
      for (const id of ids) if (set.has(id)) set.delete(id);
      else set.add(id);
      this.selection = [...set];
    } else this.selection = ids;
    this.session.setUi({ selection: [...this.selection] });
    if (opts.explain && this.selection.length > 0) this.explained = { kind: 'position', id: this.selection.at(-1)! };
  }

  centreOn(id: string): void {
    this.focusTarget = id;
    this.focusRequest++;
  }

  private afterAdd(ids: string[] | null): void {
    if (!ids || ids.length === 0) return;
    this.select([ids[0]]);
    this.tab = 'inspektor';
    this.editTitleOf = ids[0];
    this.centreOn(ids[0]);
  }

  addChild(draft?: PositionDraft): void {
    const parent = this.primary;
    if (!parent) return;
    const d = draft ?? { title: 'Jabatan baru', level: CHILD_LEVEL[parent.level] };
    this.afterAdd(this.session.commit(`Tambah bawahan "${d.title}"`, (s) => addChildPosition(s, parent.id, d, idMakerFor(s))));
  }

  addJfGroup(): void {
    this.addChild({ title: 'Kelompok JF Ahli Pertama', level: 'fungsional', grade: 'ahli_pertama', count: 2 });
  }

  addSibling(): void {
    const sibling = this.primary;
    if (!sibling) return;
    const d: PositionDraft = { title: 'Jabatan baru', level: sibling.level, ...(sibling.grade ? { grade: sibling.grade } : {}) };
    this.afterAdd(this.session.commit(`Tambah jabatan sejajar "${d.title}"`, (s) => addSiblingPosition(s, sibling.id, d, idMakerFor(s))));
  }

  addUnit(type: keyof typeof UNIT_TEMPLATES, name?: string): void {
    const under = this.primary?.id ?? null;
    const label = `Tambah ${UNIT_TEMPLATES[type].defaultName}`;
    const wasEmpty = this.session.structure.units.length === 0;
    const unitName = name?.trim() || UNIT_TEMPLATES[type].defaultName;
    const ids = this.session.commit(label, (s) => {
      const r = addUnitFromTemplate(s, type, idMakerFor(s), { name, parentPosition: under });
      // A new chart takes the name of its first unit, so the project list says what it is.
      return r.ok && wasEmpty && (s.title === '' || s.title === 'Bagan baru') ? { ...r, structure: { ...r.structure, title: unitName } } : r;
    });
    if (ids && wasEmpty && this.session.project.name === 'Bagan baru') this.session.rename(unitName);
    if (ids && ids.length > 0) {
      this.select([ids[0]]);
      this.fitRequest++;
    }
  }

  deleteSelection(): void {
    if (this.selection.length === 0) return;
    const n = this.selection.length;
    const ok = this.session.commit(n === 1 ? 'Hapus jabatan' : `Hapus ${n} jabatan`, (s) => deleteSubtrees(s, this.selection));
    if (ok) {
      this.select([]);
      if (this.explained?.kind === 'position') this.explained = null;
    }
  }

  move(id: string, newParent: string): boolean {
    const title = this.session.structure.positions.find((p) => p.id === newParent)?.title ?? '';
    const ids = this.session.commit(`Pindahkan kedudukan ke bawah "${title}"`, (s) => movePosition(s, id, newParent));
    if (ids) this.select([id]);
    return ids !== null;
  }

  copy(): void {
    if (this.selection.length > 0) this.clipboard = copySubtrees(this.session.structure, this.selection);
  }

  paste(): void {
    const clip = this.clipboard;
    if (!clip) return;
    const target = this.primary?.id ?? null;
    const ids = this.session.commit('Tempel', (s) => pasteClipboard(s, clip, target, idMakerFor(s)));
    if (ids && ids.length > 0) this.select(ids);
  }

  toggleCollapse(id = this.primary?.id): void {
    if (!id) return;
    const collapsed = this.session.project.ui.collapsed;
    this.session.setUi({ collapsed: collapsed.includes(id) ? collapsed.filter((x) => x !== id) : [...collapsed, id] });
  }

  /** Layers shown: in presentation, the tree plus the current step's layer only. */
  visibleLayers(): Set<Layer> {
    if (this.presenting) {
      const step = PRESENTATION_STEPS[this.presentationStep] ?? 'kedudukan';
      return new Set<Layer>(step === 'kedudukan' ? ['kedudukan'] : ['kedudukan', step]);
    }
    const on = this.session.project.ui.layers;
    return new Set(LAYERS.filter((l) => on[l]));
  }
}
