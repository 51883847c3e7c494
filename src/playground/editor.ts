/**
 * The CodeMirror 6 editor: a list of small extensions (highlighting, history, search, lint
 * markers, keyword hover, persistence hook). Loaded lazily by the page.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, hoverTooltip, keymap, lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Finding, TextEdit } from '../engine/types.ts';

export interface HoverInfo {
  summary: string;
  href: string;
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  label: string;
  hover: Record<string, HoverInfo>;
  hoverMore: string;
  onChange: (text: string) => void;
  /** Called with the instruction keyword on the cursor's line (upper case), or null. */
  onKeyword?: (keyword: string | null) => void;
  /** A shorter editor, for exercises embedded in guide pages. */
  compact?: boolean;
}

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--pg-keyword)', fontWeight: '600' },
  { tag: tags.comment, color: 'var(--pg-comment)', fontStyle: 'italic' },
  { tag: tags.string, color: 'var(--pg-string)' },
  { tag: [tags.variableName, tags.special(tags.string)], color: 'var(--pg-variable)' },
]);

function keywordHover(info: Record<string, HoverInfo>, more: string): Extension {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const m = /^\s*([A-Za-z]+)/.exec(line.text);
    if (!m) return null;
    const start = line.from + line.text.indexOf(m[1]!);
    const end = start + m[1]!.length;
    const entry = info[m[1]!.toUpperCase()];
    if (pos < start || pos > end || !entry) return null;
    return {
      pos: start,
      end,
      above: true,
      create() {
        const dom = document.createElement('div');
        dom.className = 'pg-hover';
        const p = document.createElement('p');
        p.textContent = entry.summary;
        const a = document.createElement('a');
        a.href = entry.href;
        a.textContent = `${more} ${m[1]!.toUpperCase()}`;
        dom.append(p, a);
        return { dom };
      },
    };
  });
}

/**
 * Colours come from the page's CSS custom properties, which inherit into the editor's shadow root.
 * The editor lives in a shadow root so CodeMirror's styles go into a constructable stylesheet:
 * the site's Content-Security-Policy allows no unhashed <style> element.
 */
const theme = EditorView.theme({
  '&': { minHeight: '24rem', maxHeight: '75vh', fontSize: '0.85rem', color: 'var(--sl-color-white)', backgroundColor: 'var(--sl-color-black)' },
  '.cm-scroller': { fontFamily: 'var(--__sl-font-mono, ui-monospace, monospace)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--sl-color-white)' },
  '.cm-gutters': { backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-gray-2)', borderRight: '1px solid var(--sl-color-gray-5)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--sl-color-accent) 10%, transparent)' },
  '&.cm-focused': { outline: '2px solid var(--sl-color-accent)' },
  '.cm-tooltip': { backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-white)', border: '1px solid var(--sl-color-gray-4)', maxWidth: '28rem' },
  '.pg-hover': { padding: '0.5rem 0.75rem', fontSize: '0.85rem' },
  '.pg-hover p': { margin: '0 0 0.25rem' },
  '.pg-hover a': { color: 'var(--sl-color-text-accent)' },
  '.cm-panels': { backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-white)' },
  '.cm-textfield, .cm-button': { fontSize: '0.85rem' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'color-mix(in srgb, var(--sl-color-accent) 30%, transparent)' },
});

/** Exercises: the text is short, the page goes on below. */
const compactTheme = EditorView.theme({ '&': { minHeight: '10rem', maxHeight: '32rem' } });

export function createEditor(o: EditorOptions): EditorView {
  const shadow = o.parent.shadowRoot ?? o.parent.attachShadow({ mode: 'open' });
  const extensions: Extension[] = [
    theme,
    ...(o.compact ? [compactTheme] : []),
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    StreamLanguage.define(dockerFile),
    syntaxHighlighting(highlight),
    lintGutter(),
    keywordHover(o.hover, o.hoverMore),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': o.label, 'aria-multiline': 'true', spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) o.onChange(u.state.doc.toString());
      if ((u.docChanged || u.selectionSet) && o.onKeyword) {
        const line = u.state.doc.lineAt(u.state.selection.main.head).text;
        o.onKeyword(/^\s*([A-Za-z]+)/.exec(line)?.[1]?.toUpperCase() ?? null);
      }
    }),
  ];
  return new EditorView({ state: EditorState.create({ doc: o.doc, extensions }), parent: shadow, root: shadow });
}

/** Line/column (1-based) → document offset, clamped to the document. */
export function offsetOf(view: EditorView, line: number, column: number): number {
  const doc = view.state.doc;
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

export function showFindings(view: EditorView, findings: Finding[]): void {
  const diagnostics: Diagnostic[] = findings.map((f) => {
    const from = offsetOf(view, f.line, f.column);
    const to = Math.max(from, offsetOf(view, f.endLine, f.endColumn));
    return { from, to, severity: f.severity, message: f.message, source: f.rule };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

export function applyTextEdits(view: EditorView, edits: readonly TextEdit[], userEvent = 'input.fix'): void {
  const changes = edits.map((e) => ({ from: offsetOf(view, e.line, e.column), to: offsetOf(view, e.endLine, e.endColumn), insert: e.text }));
  view.dispatch({ changes, userEvent, scrollIntoView: true });
}

/** Replaces the text with `text`, as one change covering only what differs (cursor and undo stay sensible). */
export function replaceAll(view: EditorView, text: string, userEvent = 'input.replace'): void {
  const old = view.state.doc.toString();
  if (old === text) return;
  let start = 0;
  while (start < old.length && start < text.length && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start && old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
  view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) }, userEvent });
}

export function select(view: EditorView, f: Finding): void {
  const from = offsetOf(view, f.line, f.column);
  const to = Math.max(from, offsetOf(view, f.endLine, f.endColumn));
  view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
  view.focus();
}
