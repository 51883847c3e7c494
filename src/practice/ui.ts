/**
 * An exercise, live: loaded by boot.ts on the reader's first focus or touch. The plain textarea
 * works at once; CodeMirror replaces it on focus. Every change is checked in the lint worker
 * (debounced), the check lines and `data-state` follow, and progress is saved per exercise.
 * Reader text reaches the DOM only through textContent and the editor.
 */
import type { EditorView } from '@codemirror/view';
import type { CheckResult, CheckSpec } from '../engine/checks/types.ts';
import type { Locale } from '../engine/types.ts';
import { encodeShare } from '../playground/share.ts';
import { check } from './checker.ts';
import { loadProgress, saveProgress, type Progress } from './progress.ts';
import { renderSolution } from './solution-view.ts';
import { STRINGS } from './strings.ts';

export interface ExerciseConfig {
  id: string;
  locale: Locale;
  /** Locale-less path of the page, e.g. `/steps/1-dockerfile/`. */
  page: string;
  title: string;
  start: string;
  solutions: string[];
  checks: CheckSpec[];
  hints: string[];
  playground: string;
}

const DELAY = 25;
const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector(sel) as T;

/** Renders `code` spans of a message as <code>, as text only. */
function rich(text: string): (Node | string)[] {
  return text.split(/(`[^`]+`)/).map((part, i) => {
    if (i % 2 === 0) return part;
    const c = document.createElement('code');
    c.textContent = part.slice(1, -1);
    return c;
  });
}

function renderChecks(list: HTMLElement, results: CheckResult[], s: (typeof STRINGS)[Locale]): void {
  for (const r of results) {
    const li = list.querySelector<HTMLElement>(`[data-check-id="${CSS.escape(r.id)}"]`);
    if (!li) continue;
    if (li.dataset.passed === String(r.passed) && li.dataset.message === r.message) continue;
    li.dataset.passed = String(r.passed);
    li.dataset.message = r.message;
    $<HTMLElement>(li, '.ex-mark').textContent = r.passed ? '✓' : '✗';
    $<HTMLElement>(li, '.ex-check-state').textContent = `${r.passed ? s.passed : s.failed}: `;
    const link = $<HTMLAnchorElement>(li, 'a');
    link.href = r.link;
    link.replaceChildren(...rich(r.message));
  }
}

export function mountExercise(root: HTMLElement, hooks: { onProgress: () => void }): { act(action: string): void } {
  const config = JSON.parse($<HTMLScriptElement>(root, 'script[type="application/json"]').textContent ?? '{}') as ExerciseConfig;
  const s = STRINGS[config.locale];
  const status = $<HTMLElement>(root, '.ex-status');
  const notice = $<HTMLElement>(root, '.ex-notice');
  const notify = (msg: string) => {
    if (notice.textContent === msg) return;
    notice.textContent = msg;
    notice.hidden = false;
  };

  // Progress: a corrupt value starts this exercise fresh (and says so); no storage still works.
  const loaded = loadProgress(config.id);
  if (loaded.kind === 'corrupt') notify(s.corrupt);
  if (loaded.kind === 'unavailable') notify(s.notSaving);
  const progress: Progress = loaded.kind === 'ok' ? loaded.progress : { v: 1, solved: false, attempts: 0, text: config.start, page: config.page };
  const save = () => { if (!saveProgress(config.id, progress)) notify(s.notSaving); };
  if (loaded.kind === 'corrupt') save();

  const textarea = $<HTMLTextAreaElement>(root, '.ex-textarea');
  if (loaded.kind === 'corrupt') textarea.value = config.start;
  let view: EditorView | undefined;
  let editor: typeof import('../playground/editor.ts') | undefined;
  const currentText = () => (view ? view.state.doc.toString() : textarea.value);

  const solutionButton = $<HTMLButtonElement>(root, '[data-action="solution"]');
  const solutionBox = $<HTMLElement>(root, '.ex-solution');
  const offerSolution = () => {
    solutionButton.hidden = progress.attempts < 1;
    $<HTMLElement>(root, '.ex-solution-offer').hidden = progress.attempts >= 1;
  };
  offerSolution();

  // Checking: latest text wins; a slow answer for an older text is dropped.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  const evaluate = () => {
    const text = currentText();
    asked = text;
    root.dataset.checking = 'true';
    check(text, config.checks, config.locale).then((r) => {
      if (text !== asked || !r.exercise) return;
      root.dataset.checking = 'false';
      show(r.exercise.checks, r.exercise.errors, r.exercise.solved);
    }, () => {
      root.dataset.checking = 'false';
      notify(s.workerFailed);
      if (text === asked) timer = setTimeout(evaluate, 500);
    });
  };
  const errorsLine = $<HTMLElement>(root, '.ex-errors');
  const show = (results: CheckResult[], errors: number, solved: boolean) => {
    renderChecks($<HTMLElement>(root, '.ex-checks'), results, s);
    errorsLine.textContent = errors > 0 ? s.errors(errors) : '';
    errorsLine.hidden = errors === 0;
    const was = root.dataset.state === 'solved';
    root.dataset.state = solved ? 'solved' : 'unsolved';
    $<HTMLElement>(root, '.ex-explanation').hidden = !solved;
    if (solved && !was) status.textContent = s.solved;
    if (!solved && status.textContent === s.solved) status.textContent = '';
    if (solved && !progress.solved) {
      // Saved at once (with the text that solved it), not after the typing pause.
      progress.solved = true;
      progress.text = currentText();
      save();
      hooks.onProgress();
    }
  };

  let attempted = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let linkTimer: ReturnType<typeof setTimeout> | undefined;
  const playgroundLink = $<HTMLAnchorElement>(root, '[data-action="playground"]');
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(evaluate, DELAY);
    if (!attempted) {
      attempted = true;
      progress.attempts++;
      offerSolution();
    }
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { progress.text = currentText(); save(); }, 250);
    clearTimeout(linkTimer);
    linkTimer = setTimeout(updateLink, 300);
  };
  /** "Open in playground" carries the current text. */
  const updateLink = () => {
    const text = currentText();
    void encodeShare(text).then((code) => { if (text === currentText()) playgroundLink.href = `${config.playground}#code=${code}`; });
  };
  // A restored text (saved progress) differs from the start the page was built with.
  if (textarea.value !== config.start) updateLink();
  textarea.addEventListener('input', changed);
  // Leaving the page right after typing still keeps the last text.
  addEventListener('pagehide', () => {
    if (!attempted) return;
    clearTimeout(saveTimer);
    progress.text = currentText();
    save();
  });

  let loading: Promise<EditorView | undefined> | undefined;
  const ensureEditor = (focus = false): Promise<EditorView | undefined> => (loading ??= import('../playground/editor.ts').then((mod) => {
    editor = mod;
    const hadFocus = document.activeElement === textarea;
    const { selectionStart, selectionEnd, value } = textarea;
    const v = mod.createEditor({ parent: $<HTMLElement>(root, '.ex-editor'), doc: value, label: s.editorLabel(config.title), hover: {}, hoverMore: '', onChange: changed, compact: true });
    v.dispatch({ selection: { anchor: Math.min(selectionStart, value.length), head: Math.min(selectionEnd, value.length) } });
    textarea.remove();
    view = v;
    root.dataset.editor = 'ready';
    if (hadFocus || focus) v.focus();
    return v;
  }, () => {
    loading = undefined;
    notify(s.editorFailed);
    return undefined;
  }));
  textarea.addEventListener('focus', () => void ensureEditor(true), { once: true });
  if (document.activeElement === textarea) void ensureEditor(true);

  const setText = async (text: string) => {
    const v = await ensureEditor();
    if (v && editor) editor.replaceAll(v, text);
    else {
      textarea.value = text;
      changed();
    }
  };

  const hintList = $<HTMLElement>(root, '.ex-hints');
  const hintButton = $<HTMLButtonElement>(root, '[data-action="hint"]');
  const actions: Record<string, () => void> = {
    hint: () => {
      const shown = hintList.childElementCount;
      const next = config.hints[shown];
      if (next === undefined) return;
      const li = document.createElement('li');
      li.append(...rich(next));
      hintList.append(li);
      hintList.hidden = false;
      const more = shown + 1 < config.hints.length;
      hintButton.textContent = more ? s.hint(shown + 2, config.hints.length) : s.noMoreHints;
      hintButton.disabled = !more;
      status.textContent = next.replace(/`/g, '');
    },
    solution: () => {
      const open = solutionBox.hidden;
      if (open) renderSolution(solutionBox, currentText(), config.solutions[0] ?? '', s);
      solutionBox.hidden = !open;
      solutionButton.textContent = open ? s.hideSolution : s.showSolution;
      solutionButton.setAttribute('aria-expanded', String(open));
    },
    reset: () => {
      void setText(config.start).then(() => {
        status.textContent = s.resetDone;
        view?.focus();
      });
    },
  };
  root.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('button[data-action]')?.dataset.action;
    if (action) actions[action]?.();
  });

  evaluate();
  return { act: (action: string) => actions[action]?.() };
}
