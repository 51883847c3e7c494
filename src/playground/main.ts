/**
 * The playground page's controller: wires the toolbar, the findings panel, the checklist and the
 * run commands to the editor (loaded lazily) and the lint worker. User text only ever reaches the
 * DOM through textContent and the editor, never as HTML.
 */
import type { EditorView } from '@codemirror/view';
import { applyEdits as applyTextEdits } from '../engine/edits.ts';
import type { Finding, Locale, TextEdit } from '../engine/types.ts';
import type { HoverInfo } from './editor.ts';
import { contextRequest, contextStore, type ContextState } from './build-context.ts';
import type { Request, Response } from './protocol.ts';
import { decodeShare, encodeShare, MAX_SHARED_CHARS, sharedPayload } from './share.ts';
import { storage } from './storage.ts';
import { STRINGS } from './strings.ts';
import { setupTabs } from './tabs.ts';

interface Template { id: string; group: 'guide' | 'other'; label: string; text: string }
interface Config { locale: Locale; templates: Template[]; hover: Record<string, HoverInfo>; defaultTemplate: string; context: ContextState }

const MAX_LINT_CHARS = 1_000_000;
const LINT_DELAY = 25;
const WORKER_TIMEOUT = 8000;

const $ = <T extends HTMLElement>(root: ParentNode, sel: string) => root.querySelector(sel) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Renders a message's `code` spans as <code> elements, as text only (never HTML). */
function rich(text: string): (Node | string)[] {
  return text.split(/(`[^`]+`)/).map((part, i) => (i % 2 ? el('code', { textContent: part.slice(1, -1) }) : part));
}

export async function start(root: HTMLElement): Promise<void> {
  const config = JSON.parse($<HTMLScriptElement>(root, 'script[type="application/json"]').textContent ?? '{}') as Config;
  const s = STRINGS[config.locale];
  const status = $<HTMLElement>(root, '.pg-status');
  const restoreButton = $<HTMLButtonElement>(root, '[data-action="restore"]');
  restoreButton.hidden = !storage.hasBackup();
  const notice = $<HTMLElement>(root, '.pg-notice');
  const say = (msg: string) => { status.textContent = msg; };
  // Notices are keyed, so a storage problem and a size problem can be shown together, and a
  // notice about the text goes away once the text is fine again.
  const warn = (key: string, msg: string, action?: { label: string; run: () => void }) => {
    // The same notice again is not re-added (an alert region would announce it every time).
    if (notice.querySelector<HTMLElement>(`[data-key="${key}"]`)?.dataset.message === msg && !action) return;
    const item = el('div', { className: 'pg-notice-item' }, el('p', { textContent: msg }));
    item.dataset.key = key;
    item.dataset.message = msg;
    if (action) item.append(el('button', { type: 'button', className: 'pg-button', textContent: action.label, onclick: () => { action.run(); clear(key); } }));
    notice.querySelector(`[data-key="${key}"]`)?.remove();
    notice.append(item);
    notice.hidden = false;
  };
  const clear = (key: string) => {
    notice.querySelector(`[data-key="${key}"]`)?.remove();
    notice.hidden = notice.childElementCount === 0;
  };

  // 1. The initial text: a shared link wins, but never silently over the reader's saved work.
  const saved = storage.load();
  const byId = new Map(config.templates.map((t) => [t.id, t]));
  let text = saved ?? byId.get(config.defaultTemplate)?.text ?? '';
  /** While true, nothing is written over the saved text (its backup could not be kept). */
  let holdSave = false;
  const payload = sharedPayload(location.hash);
  const openBuild = /(?:^#|&)view=build(?:&|$)/.test(location.hash);
  if (payload !== undefined) {
    const decoded = await decodeShare(payload);
    history.replaceState(null, '', location.pathname + location.search);
    if (decoded.ok) {
      if (saved !== null && saved.trim() !== '' && saved !== decoded.text) keepBackup(saved, s.backupKept);
      text = decoded.text;
      say(s.openedShared);
    } else warn('link', s.badLink[decoded.reason]);
  }

  /** Keeps `previous` as a backup and offers it back; if it cannot be kept, the saved text is left alone. */
  function keepBackup(previous: string, message: string): void {
    if (storage.pushBackup(previous)) {
      warn('backup', message, { label: s.restore, run: () => void restore() });
      restoreButton.hidden = false;
    } else {
      holdSave = true;
      warn('backup', s.backupFailed);
    }
  }

  /** Brings back the newest backup; the current text takes its place, so restoring twice swaps back. */
  async function restore(): Promise<void> {
    const b = storage.popBackup();
    if (b === null) return;
    const current = currentText();
    if (current.trim() !== '' && current !== b) storage.pushBackup(current);
    await setText(b);
    restoreButton.hidden = !storage.hasBackup();
    clear('backup');
    say(s.restored);
  }

  // 2. The lint worker, restarted if it dies or hangs. Lint, format and fix-all requests each
  // carry the text they were computed for; a result is only used if the text is still the same.
  let worker: Worker;
  let nextId = 1;
  let sentId = 0;
  let sentText = '';
  let latest = text;
  let linting = false;
  const pending = new Map<number, { kind: Request['kind']; text: string }>();
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let lastFindings: Finding[] = [];
  /** The text `lastFindings` describe: fixes are only applied to that exact text. */
  let lastFindingsText: string | null = null;
  let lastCounts = '';
  // The Build view: the context is sent once the reader has opened the view (or saved one before);
  // the insight only while the view is open. `version` counts changes to either, like `latest` for the text.
  const loadedContext = contextStore.load();
  let buildContext: ContextState | null = loadedContext.state;
  let whatIf: { changed: string[]; changedArgs: string[] } = { changed: [], changedArgs: [] };
  let insightWanted = false;
  let version = 0;
  let sentVersion = 0;
  let buildView: { update(insight: NonNullable<Extract<Response, { kind: 'lint' }>['insight']>, args: string[]): void } | undefined;
  let waiters: ((f: Finding[]) => void)[] = [];
  const settle = (findings: Finding[]) => {
    const waiting = waiters;
    waiters = [];
    for (const w of waiting) w(findings);
  };
  /** Findings of the current text: at once if they are up to date, else after the next lint. */
  const freshFindings = (): Promise<Finding[]> => {
    if (lastFindingsText === latest) return Promise.resolve(lastFindings);
    scheduleLint();
    return new Promise((resolve) => waiters.push(resolve));
  };

  const spawn = () => {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Response>) => receive(e.data);
    worker.onerror = () => failed();
  };
  /** The worker crashed or hung: start a new one, tell the reader, and check the text again. */
  const failed = () => {
    worker.terminate();
    clearTimeout(watchdog);
    pending.clear();
    linting = false;
    root.dataset.state = 'ready';
    settle([]);
    warn('worker', s.workerFailed);
    spawn();
  };
  const send = (req: Request) => {
    pending.set(req.id, { kind: req.kind, text: req.text });
    worker.postMessage(req);
    clearTimeout(watchdog);
    watchdog = setTimeout(failed, WORKER_TIMEOUT);
  };
  const lintNow = () => {
    if (linting) return;
    const current = latest;
    if (current.length > MAX_LINT_CHARS || current.includes('\u0000')) {
      show([], null);
      settle([]);
      root.dataset.state = 'ready';
      warn('text', current.includes('\u0000') ? s.binary : s.tooLarge((current.length / 1_000_000).toFixed(1)));
      return;
    }
    clear('text');
    linting = true;
    sentId = nextId++;
    sentText = current;
    sentVersion = version;
    root.dataset.state = 'linting';
    send({ kind: 'lint', id: sentId, text: current, locale: config.locale, ...(buildContext ? { context: contextRequest(buildContext) } : {}),
      ...(insightWanted ? { insight: true, ...whatIf } : {}) });
  };
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleLint = () => {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(lintNow, LINT_DELAY);
  };
  const receive = (r: Response) => {
    const request = pending.get(r.id);
    pending.delete(r.id);
    clearTimeout(watchdog);
    if (pending.size) watchdog = setTimeout(failed, WORKER_TIMEOUT);
    if (!request) return;
    if (r.kind === 'error') {
      if (request.kind === 'lint') linting = false;
      warn('worker', s.workerFailed);
      if (request.kind === 'lint') settle([]);
      return;
    }
    clear('worker');
    if (r.kind === 'format' || r.kind === 'fix-all') {
      if (request.text !== currentText()) return; // the reader typed meanwhile: drop it
      if (r.kind === 'format') void applyEdits(r.edits, 'input.format').then(() => say(s.formatted));
      else if (r.applied) void setText(r.text, 'input.fix').then(() => say(s.fixedAll(r.applied)));
      return;
    }
    linting = false;
    if (r.id !== sentId || sentText !== latest || sentVersion !== version) {
      scheduleLint();
      return;
    }
    lastFindings = r.findings;
    lastFindingsText = sentText;
    show(r.findings, r);
    if (r.insight && buildView) buildView.update(r.insight, r.args ?? []);
    settle(r.findings);
    const count = (sev: string) => r.findings.filter((f) => f.severity === sev).length;
    // Screen readers hear the status only when the counts change, not after every pause in typing.
    const counts = `${count('error')}/${count('warning')}/${count('info')}`;
    if (counts !== lastCounts) say(s.status(count('error'), count('warning'), count('info'), r.ms));
    lastCounts = counts;
    root.dataset.ms = r.ms.toFixed(1);
    root.dataset.state = 'ready';
    root.dataset.findings = String(r.findings.length);
  };
  spawn();

  // 3. Panels.
  const findingsList = $<HTMLElement>(root, '.pg-findings-list');
  const checklistList = $<HTMLElement>(root, '.pg-checklist-list');
  const score = $<HTMLElement>(root, '.pg-score');
  const fixAllButton = $<HTMLButtonElement>(root, '[data-action="fix-all"]');
  const copyButton = $<HTMLButtonElement>(root, '[data-action="copy"]');

  function show(findings: Finding[], r: Extract<Response, { kind: 'lint' }> | null) {
    if (view && editor) editor.showFindings(view, findings);
    findingsList.replaceChildren();
    if (findings.length === 0) findingsList.append(el('p', { className: 'pg-empty', textContent: r ? s.noFindings : '' }));
    for (const sev of ['error', 'warning', 'info'] as const) {
      const list = findings.filter((f) => f.severity === sev);
      if (!list.length) continue;
      const ul = el('ul', { className: 'pg-finding-group' });
      for (const f of list) ul.append(findingItem(f));
      findingsList.append(el('h3', { className: `pg-sev pg-sev-${sev}`, textContent: `${s.severity[sev]} (${list.length})` }), ul);
    }
    fixAllButton.disabled = !findings.some((f) => f.fix);
    copyButton.textContent = findings.some((f) => f.severity === 'error') || !r ? s.copy : s.copyValid;
    copyButton.dataset.valid = String(!!r && !findings.some((f) => f.severity === 'error'));
    if (!r) return;
    checklistList.replaceChildren(...r.checklist.items.map((i) => el('li', { className: i.passed ? 'pg-pass' : 'pg-fail' },
      el('span', { className: 'pg-mark', textContent: i.passed ? '✓' : '✗', ariaHidden: 'true' }),
      el('span', { className: 'sr-only', textContent: `${i.passed ? s.passed : s.failed}: ` }),
      el('a', { href: i.href, textContent: i.label }))));
    score.textContent = s.checklistScore(r.checklist.score);
    for (const key of ['build', 'run', 'compose'] as const) $<HTMLElement>(root, `[data-command="${key}"]`).textContent = r.commands[key];
  }

  function findingItem(f: Finding) {
    const refs = [...(f.refs.hadolint ?? []), ...(f.refs.buildkit ?? [])];
    const li = el('li', { className: `pg-finding pg-finding-${f.severity}` });
    li.dataset.rule = f.rule;
    li.append(
      el('button', { type: 'button', className: 'pg-goto', title: s.goTo(f.line, f.column), onclick: () => void ensureEditor().then((v) => { if (v && editor) editor.select(v, f); }) }, ...rich(f.message)),
      el('span', { className: 'pg-meta' },
        el('span', { textContent: s.goTo(f.line, f.column) }), ' · ',
        el('code', { textContent: f.rule }),
        ...(refs.length ? [' · ', el('span', { className: 'pg-refs', textContent: refs.join(', ') })] : []), ' · ',
        el('a', { href: f.url, textContent: s.explain, ariaLabel: s.explainLabel(f.rule) })),
    );
    if (f.fix) {
      const fix = f.fix;
      li.append(el('button', { type: 'button', className: 'pg-button pg-fix', textContent: s.fix, title: fix.title, ariaLabel: s.fixLabel(fix.title),
        onclick: () => {
          // A fix is computed for one text; if the reader typed since, wait for fresh findings.
          if (lastFindingsText !== currentText()) { say(s.linting); return; }
          void applyEdits(fix.edits, 'input.fix').then(() => { say(s.fixed); view?.focus(); });
        } }));
    }
    return li;
  }

  // 4. The editor. The page starts with a plain <textarea> (usable at once, from keyboard and
  // phone alike); CodeMirror is loaded the first time the reader focuses it or uses an action,
  // and takes over the text and the cursor without losing a keystroke. If it cannot load (say,
  // an old page after a new deploy), the textarea stays and every action still works on it.
  const host = $<HTMLElement>(root, '.pg-editor');
  const textarea = $<HTMLTextAreaElement>(root, '.pg-textarea');
  textarea.value = text;
  textarea.readOnly = false;
  let view: EditorView | undefined;
  let editor: typeof import('./editor.ts') | undefined;
  let loading: Promise<EditorView | undefined> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const currentText = () => (view ? view.state.doc.toString() : textarea.value);
  const changed = (t: string) => {
    latest = t;
    holdSave = false;
    // A share link in the address bar describes the text as it was: drop it once the text changes.
    if (sharedPayload(location.hash) !== undefined) history.replaceState(null, '', location.pathname + location.search);
    scheduleLint();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { if (storage.save(t)) clear('storage'); else warn('storage', s.storageFull); }, 250);
  };
  textarea.addEventListener('input', () => changed(textarea.value));
  // The hover explanation, for keyboard and touch readers too: the instruction on the cursor's line.
  const explainBox = $<HTMLElement>(root, '.pg-explain');
  let explained: string | null = null;
  function explain(keyword: string | null): void {
    if (keyword === explained) return;
    explained = keyword;
    const entry = keyword ? config.hover[keyword] : undefined;
    if (!keyword || !entry) {
      explainBox.replaceChildren();
      return;
    }
    explainBox.replaceChildren(el('strong', { textContent: keyword }), ' — ', entry.summary, ' ', el('a', { href: entry.href, textContent: `${s.hoverMore} ${keyword}` }));
  }
  const ensureEditor = (focus = false): Promise<EditorView | undefined> => {
    loading ??= import('./editor.ts').then((mod) => {
      editor = mod;
      const hadFocus = document.activeElement === textarea;
      const { selectionStart, selectionEnd, value } = textarea;
      const v = mod.createEditor({ parent: host, doc: value, label: s.editorLabel, hover: config.hover, hoverMore: s.hoverMore, onChange: changed, onKeyword: explain });
      v.dispatch({ selection: { anchor: Math.min(selectionStart, value.length), head: Math.min(selectionEnd, value.length) } });
      textarea.remove();
      view = v;
      root.dataset.editor = 'ready';
      if (lastFindingsText === value) mod.showFindings(v, lastFindings);
      // Focus moves to the editor unless the reader has moved on meanwhile (say, tabbed past it).
      if (hadFocus || (focus && (document.activeElement === null || document.activeElement === document.body))) v.focus();
      return v;
    }, () => {
      loading = undefined;
      warn('editor', s.editorFailed);
      return undefined;
    });
    return loading;
  };
  textarea.addEventListener('focus', () => void ensureEditor(true), { once: true });
  /** Replaces the whole text (one undoable step in the editor). */
  const setText = async (t: string, userEvent = 'input.replace') => {
    const v = await ensureEditor();
    if (v && editor) editor.replaceAll(v, t, userEvent);
    else {
      textarea.value = t;
      changed(t);
    }
  };
  const applyEdits = async (edits: readonly TextEdit[], userEvent: string) => {
    const v = await ensureEditor();
    if (v && editor) editor.applyTextEdits(v, edits, userEvent);
    else setText(applyTextEdits(textarea.value, edits));
  };
  if (payload !== undefined && text !== saved && !holdSave) storage.save(text);

  // 5. The Build view beside Findings, loaded the first time its tab opens. From then on the
  // context goes with every lint (findings check COPY sources) and the insight while it is open.
  if (loadedContext.corrupt) warn('context', s.contextCorrupt);
  const buildPanel = $<HTMLElement>(root, '#pg-panel-build');
  const relint = () => { version++; scheduleLint(); };
  const saveContext = (state: ContextState) => { if (contextStore.save(state)) clear('context-save'); else warn('context-save', s.contextNotSaved); };
  let buildLoading: Promise<void> | undefined;
  const openBuildView = () => {
    insightWanted = true;
    if (!buildContext) {
      buildContext = config.context;
      saveContext(buildContext);
    }
    const state = buildContext;
    buildLoading ??= import('./build-view.ts').then((mod) => {
      buildView = mod.mountBuildView(buildPanel, {
        locale: config.locale,
        context: state,
        onContext: (next) => { buildContext = next; saveContext(next); relint(); },
        onWhatIf: (changed, changedArgs) => { whatIf = { changed, changedArgs }; relint(); },
        say,
      });
      root.dataset.build = 'ready';
    }, () => {
      buildLoading = undefined;
      warn('build', s.buildFailed);
    });
    void buildLoading.then(relint);
  };
  const tabs = setupTabs($<HTMLElement>(root, '.pg-tabs'), (id) => {
    if (id === 'build') openBuildView();
    else insightWanted = false;
  });
  if (openBuild) tabs.select('build');
  lintNow();

  // 6. The toolbar.
  const templateSelect = $<HTMLSelectElement>(root, '.pg-templates');
  const actions: Record<string, () => void | Promise<void>> = {
    'load-template': async () => {
      const t = byId.get(templateSelect.value);
      if (!t) return;
      const previous = currentText();
      if (previous.trim() !== '' && previous !== t.text && !Object.values(config.templates).some((x) => x.text === previous)) keepBackup(previous, s.backupKept);
      await setText(t.text);
      view?.focus();
    },
    format: () => {
      const id = nextId++;
      send({ kind: 'format', id, text: currentText() });
    },
    'fix-all': async () => {
      await freshFindings();
      const id = nextId++;
      send({ kind: 'fix-all', id, text: currentText(), locale: config.locale });
    },
    share: async () => {
      const current = currentText();
      if (current.length > MAX_SHARED_CHARS) {
        say(s.shareTooLarge);
        return;
      }
      const url = `${location.origin}${location.pathname}#code=${await encodeShare(current)}`;
      history.replaceState(null, '', url);
      try {
        await navigator.clipboard.writeText(url);
        say(s.shared);
      } catch {
        say(s.shareFailed);
      }
    },
    copy: async () => {
      try {
        await navigator.clipboard.writeText(currentText());
        say(copyButton.dataset.valid === 'true' ? s.copied : s.copiedInvalid);
      } catch {
        say(s.copyFailed);
      }
    },
    download: () => {
      const url = URL.createObjectURL(new Blob([currentText()], { type: 'application/octet-stream' }));
      const a = el('a', { href: url, download: 'Dockerfile' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    restore: () => restore(),
    reset: async () => {
      const previous = currentText();
      if (previous.trim() !== '') keepBackup(previous, s.resetDone);
      await setText('');
      view?.focus();
    },
  };
  root.addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = target?.dataset.action;
    if (action && actions[action]) void actions[action]!();
    const copyTarget = (e.target as HTMLElement).closest<HTMLElement>('[data-copy]');
    if (copyTarget) {
      const key = copyTarget.dataset.copy as 'build' | 'run' | 'compose';
      const code = $<HTMLElement>(root, `[data-command="${key}"]`).textContent ?? '';
      navigator.clipboard.writeText(code).then(() => say(s.copiedCommand(s[key])), () => say(s.copyFailed));
    }
  });
}
