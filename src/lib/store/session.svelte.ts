// The open project, as reactive state. Every committed edit goes: pure edit → history patch → one
// IndexedDB transaction (revision-checked) → broadcast to other tabs. Saves are chained so they reach
// the database in order; a save overtaken by another tab reloads the stored version and says so.
import type { Structure } from '../domain/structure.ts';
import type { EditResult } from '../domain/edit.ts';
import type { OptionValues, Variant } from '../domain/variant.ts';
import { projectCopy, type ProjectCopy } from './project-copy.ts';
import type { BaganDatabase } from './db.ts';
import { ConflictError, saveProject } from './projects.ts';
import { recordContent, redoContent, undoContent, type ProjectContent } from './history.ts';
import { restoreProject, type Project, type UiState } from './project.ts';
import { TabSync, type SavedMessage } from './tab-sync.ts';
import { describeStorageError } from './storage-errors.ts';
import { StructureSchema } from '../domain/structure.ts';
import { editedStructureError } from '../domain/edit-validation.ts';
import { plainCopy } from './plain-copy.ts';
import { downloadText } from '../io/download.ts';
import { formatPath, zodProblems } from '../io/zod-issues.ts';

const MAX_PROJECT_NAME = 200;

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  message: string;
  /** What the user can do about it (Bahasa Indonesia). */
  action?: string;
  /** Offer "Unduh salinan" of the in-memory project (storage failed). */
  offerDownload?: boolean;
}

/**
 * Waits until the edit has been painted: the copy and the IndexedDB write of a 10,000-position project
 * take tens of ms of main thread, which would otherwise sit between the keystroke and the repaint. No
 * later than that: an edit must survive a reload or a closed tab right after it.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** Everything of a project except its view state and bookkeeping. */
type Content = Pick<Project, 'structure' | 'name' | 'variantId' | 'options' | 'pins' | 'history' | 'deletedAt'>;
const contentOf = ({ structure, name, variantId, options, pins, history, deletedAt }: Content): Content => ({ structure, name, variantId, options, pins, history, deletedAt });
function contentKey(p: Content): string {
  return JSON.stringify([p.structure, p.name, p.variantId, p.options, p.pins, p.history, p.deletedAt]);
}

function sameStructure(a: Structure, b: Structure): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export class ProjectSession {
  project = $state.raw<Project>(undefined as unknown as Project);
  notice = $state<Notice | null>(null);
  saving = $state(false);
  private savedRevision: number;
  /**
   * Content as last saved or loaded: a stored change elsewhere that kept it (view state only) is not a
   * conflict. Kept as the (never mutated) objects, compared as JSON only when a conflict happens: not a
   * stringified 10,000-position project on every save.
   */
  private savedContent: Content;
  private chain: Promise<unknown> = Promise.resolve();
  private pendingSaves = 0;
  /** A save is queued and has not read the project yet: it will save any further change too. */
  private saveQueued = false;
  /** `flush()` was asked for (leaving the page, exporting): the queued save does not wait for the paint. */
  private hurried = false;
  private hurry: (() => void) | null = null;
  private sync: TabSync;

  constructor(
    private readonly db: BaganDatabase,
    initial: Project
  ) {
    this.project = initial;
    this.savedRevision = initial.revision;
    this.savedContent = contentOf(initial);
    this.sync = new TabSync((m) => void this.onOtherTab(m));
  }

  get structure(): Structure {
    return this.project.structure;
  }
  get canUndo(): boolean {
    return this.project.history.past.length > 0;
  }
  get canRedo(): boolean {
    return this.project.history.future.length > 0;
  }
  get undoLabel(): string | undefined {
    return this.project.history.past.at(-1)?.label;
  }
  get redoLabel(): string | undefined {
    return this.project.history.future[0]?.label;
  }

  /** Applies an edit. Returns the ids the edit reports (new boxes, moved box), or null when refused. */
  commit(label: string, edit: (s: Structure) => EditResult | Structure): string[] | null {
    const before = this.project.structure;
    const out = edit(before);
    let after: Structure;
    let ids: string[] = [];
    if ('ok' in out) {
      if (!out.ok) {
        this.notice = { kind: 'warning', message: out.reason };
        return null;
      }
      after = out.structure;
      ids = out.ids;
    } else after = out;
    // A structure the schema refuses (e.g. a 10,000-character title) would save but never reopen.
    const invalid = editedStructureError(before, after);
    if (invalid) {
      const p = zodProblems(invalid)[0];
      this.notice = { kind: 'warning', message: `Perubahan ditolak: ${p ? `${formatPath(p.path)}: ${p.message}` : 'struktur tidak sah'}` };
      return null;
    }
    this.commitContent(label, { ...this.content, structure: after });
    return ids;
  }

  private get content(): ProjectContent {
    const { structure, variantId, options, pins } = this.project;
    return { structure, variantId, options, pins };
  }

  /** One undo step over structure, variant, options and pins together; false when nothing changed. */
  private commitContent(label: string, next: ProjectContent): boolean {
    const history = recordContent(this.project.history, this.content, next, label);
    if (!history) return false;
    this.replace({ ...this.project, ...next, history });
    return true;
  }

  undo(): void {
    const u = undoContent(this.project.history, this.content);
    if (u) this.replace({ ...this.project, ...u.content, history: u.history });
  }

  redo(): void {
    const r = redoContent(this.project.history, this.content);
    if (r) this.replace({ ...this.project, ...r.content, history: r.history });
  }

  /** Choosing another regulation is an undoable step (its options start over). */
  setVariant(variantId: string | null): void {
    if (variantId !== this.project.variantId) this.commitContent('Ganti varian peraturan', { ...this.content, variantId, options: {} });
  }

  setOptions(options: OptionValues): void {
    this.commitContent('Ubah pilihan varian', { ...this.content, options });
  }

  /**
   * Replaces the whole content (e.g. from a project file: structure, variant, options and pins) as one
   * undoable step, after the same schema check as any edit. Returns false when refused.
   */
  replaceContent(label: string, next: ProjectContent): boolean {
    const invalid = StructureSchema.safeParse(next.structure);
    if (!invalid.success) {
      const p = zodProblems(invalid.error)[0];
      this.notice = { kind: 'warning', message: `Perubahan ditolak: ${p ? `${formatPath(p.path)}: ${p.message}` : 'struktur tidak sah'}` };
      return false;
    }
    this.commitContent(label, next);
    return true;
  }

  setUi(patch: Partial<UiState>): void {
    this.replace({ ...this.project, ui: { ...this.project.ui, ...patch } });
  }

  rename(name: string): void {
    const clean = name.trim();
    if (clean.length > MAX_PROJECT_NAME) {
      this.notice = { kind: 'warning', message: `Nama proyek terlalu panjang (${clean.length} karakter; paling banyak ${MAX_PROJECT_NAME}).` };
      return;
    }
    if (clean && clean !== this.project.name) this.replace({ ...this.project, name: clean });
  }

  private replace(next: Project): void {
    this.project = next;
    this.queueSave();
  }

  private queueSave(): void {
    this.saving = true;
    if (this.saveQueued) return;
    this.saveQueued = true;
    // "Tersimpan" only when the last queued save is done, not the first of several.
    this.pendingSaves++;
    this.chain = this.chain
      .then(() => this.paintedOrFlushed())
      .then(() => {
        this.hurry = null;
        this.hurried = false;
        this.saveQueued = false;
        return this.saveNow();
      })
      .finally(() => {
        if (--this.pendingSaves === 0) this.saving = false;
      });
  }

  private paintedOrFlushed(): Promise<void> {
    if (this.hurried) return Promise.resolve();
    return new Promise((resolve) => {
      this.hurry = resolve;
      void afterNextPaint().then(resolve);
    });
  }

  /** Resolves when every queued save has reached IndexedDB (tests, before leaving the page); a queued save starts without waiting for the paint. */
  flush(): Promise<unknown> {
    if (this.saveQueued) {
      this.hurried = true;
      this.hurry?.();
    }
    return this.chain;
  }

  private async saveNow(): Promise<void> {
    const snapshot = this.project;
    try {
      const saved = await this.write(snapshot);
      this.savedRevision = saved.revision;
      this.savedContent = contentOf(snapshot);
      // Only the revision changes: keep the in-memory objects (same structure reference), so a save
      // never looks like an edit to the editor and triggers no second compute or layout.
      this.project = { ...this.project, revision: saved.revision, updatedAt: saved.updatedAt };
      if (this.notice?.offerDownload) this.notice = null;
      this.sync.announce('saved', saved.id, saved.revision);
    } catch (e) {
      if (e instanceof ConflictError) {
        this.adopt(e.stored);
        this.notice = {
          kind: 'warning',
          message: 'Proyek ini baru saja diubah di tab lain. Perubahan terakhir Anda tidak disimpan agar tidak menimpa perubahan itu.',
          action: 'Bagan dimuat ulang dari versi tersimpan; ulangi perubahan bila masih diperlukan.'
        };
        return;
      }
      const problem = describeStorageError(e);
      this.notice = {
        kind: 'error',
        message: problem.message,
        action: problem.action,
        offerDownload: true
      };
    }
  }

  /**
   * IndexedDB copies the record itself (structured clone), so the project is written as it is; only a
   * Svelte state proxy that a UI patch left in it cannot be cloned, and then a plain copy read through
   * it is written instead. (Copying first on every save cost ≈10 ms at 10,000 positions, for nothing.)
   */
  private async write(project: Project): Promise<Project> {
    try {
      return await this.writeChecked(project);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'DataCloneError') throw e;
      return await this.writeChecked(plainCopy(project));
    }
  }

  private async writeChecked(project: Project): Promise<Project> {
    try {
      return await saveProject(this.db, project, this.savedRevision);
    } catch (e) {
      // Another tab saved only its own view state (selection, layers): our edit still applies on top.
      if (!(e instanceof ConflictError) || contentKey(e.stored) !== contentKey(this.savedContent)) throw e;
      return await saveProject(this.db, project, e.stored.revision);
    }
  }

  private adopt(stored: Project): void {
    const restored = restoreProject(stored);
    if (!restored.ok) return;
    this.project = restored.project;
    this.savedRevision = restored.project.revision;
    this.savedContent = contentOf(restored.project);
  }

  private async onOtherTab(m: SavedMessage): Promise<void> {
    if (m.projectId !== this.project.id) return;
    if (m.type === 'deleted') {
      this.notice = { kind: 'warning', message: 'Proyek ini dihapus di tab lain.', action: 'Kembali ke beranda untuk memulihkannya.' };
      return;
    }
    if (m.revision <= this.savedRevision) return;
    await this.chain;
    let stored: Project | undefined;
    try {
      stored = await this.db.projects.get(this.project.id);
    } catch {
      return; // storage unavailable: the next save reports it, with "Unduh salinan"
    }
    if (!stored || stored.revision <= this.savedRevision) return;
    const contentChanged = !sameStructure(stored.structure, this.project.structure) || stored.variantId !== this.project.variantId || JSON.stringify(stored.options) !== JSON.stringify(this.project.options);
    const ownView = this.project.ui;
    this.adopt(stored);
    // Each tab keeps its own selection and layers; only content changes are announced.
    this.project = { ...this.project, ui: ownView };
    if (contentChanged) this.notice = { kind: 'info', message: 'Bagan diperbarui dengan perubahan dari tab lain.' };
  }

  /**
   * "Unduh salinan" when storage fails: the whole in-memory project as a project file (structure,
   * variant, options, pins, and the versions and custom variant storage can still give).
   */
  async downloadCopy(variants: readonly Variant[] = []): Promise<ProjectCopy> {
    const copy = await projectCopy(this.db, plainCopy(this.project), variants);
    downloadText(copy.text, copy.fileName);
    if (copy.missing.length && this.notice?.offerDownload) this.notice = { ...this.notice, action: `${this.notice.action ?? ''} Salinan diunduh tanpa: ${copy.missing.join('; ')}.`.trim() };
    return copy;
  }

  close(): void {
    this.sync.close();
  }
}
