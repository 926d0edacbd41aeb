// Keyboard shortcuts of the editor (shown in the toolbar tooltips). Ignored while typing in a field,
// except Escape, which leaves the field and gives the keys back to the chart.
import type { EditorState } from './editor-state.svelte.ts';

function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

export function handleEditorKey(e: KeyboardEvent, editor: EditorState): void {
  if (typing(e)) {
    if (e.key === 'Escape') (e.target as HTMLElement).blur();
    return;
  }
  if (document.querySelector('dialog[open]')) return;
  // Tab, Enter and Space keep their usual meaning on buttons and links, so the page stays keyboard-navigable.
  const onControl = !!(e.target as HTMLElement | null)?.closest?.('button, a, [role="tab"], summary, label');
  if (onControl && (e.key === 'Tab' || e.key === 'Enter' || e.key === ' ')) return;
  if (e.key === 'Tab' && editor.selection.length === 0) return;
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  const s = editor.session;
  if (ctrl && key === 'z' && !e.shiftKey) s.undo();
  else if (ctrl && ((key === 'z' && e.shiftKey) || key === 'y')) s.redo();
  else if (ctrl && key === 'c') editor.copy();
  else if (ctrl && key === 'v') editor.paste();
  else if (ctrl && key === 'f') editor.searchOpen = true;
  else if (ctrl && key === 'a') editor.select(s.structure.positions.map((p) => p.id));
  else if (ctrl) return;
  else if (e.key === 'Tab' || e.key === 'Insert') editor.addChild();
  else if (e.key === 'Enter') editor.addSibling();
  else if (e.key === 'Delete' || e.key === 'Backspace') editor.deleteSelection();
  else if (e.key === '/') editor.searchOpen = true;
  else if (e.key === ' ') editor.toggleCollapse();
  else if (key === 'g') editor.addJfGroup();
  else if (key === 'u') editor.templateDialog = true;
  else if (key === 'f') editor.fitRequest++;
  else if (e.key === '?') editor.shortcutHelp = true;
  else if (e.key === '+' || e.key === '=') editor.zoomBy++;
  else if (e.key === '-') editor.zoomBy--;
  else if (e.key === 'Escape') {
    editor.select([]);
    editor.searchOpen = false;
  } else return;
  e.preventDefault();
}
