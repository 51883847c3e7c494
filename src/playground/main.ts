/**
 * The playground page's controller: wires the toolbar, the findings panel, the checklist and the
 * run commands to the editor (loaded lazily) and the lint worker. User text only ever reaches the
 * DOM through textContent and the editor, never as HTML.
 */
import type { EditorView } from '@codemirror/view';
import type { Finding, Locale } from '../engine/types.ts';
import type { HoverInfo } from './editor.ts';
import type { Request, Response } from './protocol.ts';
import { decodeShare, encodeShare, sharedPayload } from './share.ts';
import { storage } from './storage.ts';
import { STRINGS } from './strings.ts';

interface Template { id: string; group: 'guide' | 'other'; label: string; text: string }
interface Config { locale: Locale; templates: Template[]; hover: Record<string, HoverInfo>; defaultTemplate: string }

const MAX_LINT_CHARS = 1_000_000;
const LINT_DELAY = 40;
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
  const notice = $<HTMLElement>(root, '.pg-notice');
  const say = (msg: string) => { status.textContent = msg; };
  // Notices are keyed, so a storage problem and a size problem can be shown together, and a
  // notice about the text goes away once the text is fine again.
  const warn = (key: string, msg: string, action?: { label: string; run: () => void }) => {
    const item = el('div', { className: 'pg-notice-item' }, el('p', { textContent: msg }));
    item.dataset.key = key;
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
  const payload = sharedPayload(location.hash);
  if (payload !== undefined) {
    const decoded = await decodeShare(payload);
    history.replaceState(null, '', location.pathname + location.search);
    if (decoded.ok) {
      if (saved !== null && saved.trim() !== '' && saved !== decoded.text) {
        storage.saveBackup(saved);
        warn('backup', s.backupKept, { label: s.restore, run: () => { void replace(storage.loadBackup() ?? '').then(() => say(s.restored)); } });
      }
      text = decoded.text;
      say(s.openedShared);
    } else warn('link', s.badLink[decoded.reason]);
  }

  // 2. The lint worker, restarted if it dies or hangs.
  let worker: Worker;
  let nextId = 1;
  let sentId = 0;
  let sentText = '';
  let latest = text;
  let busy = false;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let formatId = -1;
  let lastFindings: Finding[] = [];
  /** The text `lastFindings` describe: fixes are only applied to that exact text. */
  let lastFindingsText: string | null = null;
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
    worker.onerror = () => { restart(); warn('worker', s.workerFailed); };
  };
  const restart = () => {
    worker.terminate();
    busy = false;
    clearTimeout(timeout);
    spawn();
  };
  const send = (req: Request) => {
    worker.postMessage(req);
    clearTimeout(timeout);
    timeout = setTimeout(() => { restart(); warn('worker', s.workerFailed); }, WORKER_TIMEOUT);
  };
  const lintNow = () => {
    if (busy) return;
    const current = latest;
    if (current.length > MAX_LINT_CHARS) {
      show([], null);
      settle([]);
      warn('text', s.tooLarge((current.length / 1_000_000).toFixed(1)));
      return;
    }
    if (current.includes('\u0000')) {
      show([], null);
      settle([]);
      warn('text', s.binary);
      return;
    }
    clear('text');
    busy = true;
    sentId = nextId++;
    sentText = current;
    root.dataset.state = 'linting';
    send({ kind: 'lint', id: sentId, text: current, locale: config.locale });
  };
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleLint = () => {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(lintNow, LINT_DELAY);
  };
  const receive = (r: Response) => {
    clearTimeout(timeout);
    if (r.kind === 'format') {
      if (r.id === formatId && view && editor) {
        editor.applyTextEdits(view, r.edits, 'input.format');
        say(s.formatted);
      }
      busy = false;
      scheduleLint();
      return;
    }
    busy = false;
    if (r.kind === 'error') {
      warn('worker', s.workerFailed);
      return;
    }
    if (r.id !== sentId) return;
    if (sentText !== latest) {
      scheduleLint();
      return;
    }
    lastFindings = r.findings;
    lastFindingsText = sentText;
    show(r.findings, r);
    settle(r.findings);
    const count = (sev: string) => r.findings.filter((f) => f.severity === sev).length;
    say(s.status(count('error'), count('warning'), count('info'), r.ms));
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
      el('button', { type: 'button', className: 'pg-goto', title: s.goTo(f.line, f.column), onclick: () => void ensureEditor().then((v) => editor!.select(v, f)) }, ...rich(f.message)),
      el('span', { className: 'pg-meta' },
        el('span', { textContent: s.goTo(f.line, f.column) }), ' · ',
        el('code', { textContent: f.rule }),
        ...(refs.length ? [' · ', el('span', { className: 'pg-refs', textContent: refs.join(', ') })] : []), ' · ',
        el('a', { href: f.url, textContent: s.explain, ariaLabel: s.explainLabel(f.rule) })),
    );
    if (f.fix) {
      const fix = f.fix;
      li.append(el('button', { type: 'button', className: 'pg-button pg-fix', textContent: s.fix, title: fix.title, ariaLabel: s.fixLabel(fix.title),
        onclick: () => void ensureEditor().then((v) => {
          // A fix is computed for one text; if the reader typed since, wait for fresh findings.
          if (lastFindingsText !== v.state.doc.toString()) { say(s.linting); return; }
          editor!.applyTextEdits(v, fix.edits);
          say(s.fixed);
          v.focus();
        }) }));
    }
    return li;
  }

  // 4. The editor. The page starts with a plain <textarea> (usable at once, from keyboard and
  // phone alike); CodeMirror is loaded the first time the reader focuses it or uses an action,
  // and takes over the text and the cursor without losing a keystroke.
  const host = $<HTMLElement>(root, '.pg-editor');
  const textarea = $<HTMLTextAreaElement>(root, '.pg-textarea');
  textarea.value = text;
  let view: EditorView | undefined;
  let editor: typeof import('./editor.ts') | undefined;
  let loading: Promise<EditorView> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const changed = (t: string) => {
    latest = t;
    scheduleLint();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { if (storage.save(t)) clear('storage'); else warn('storage', s.storageFull); }, 250);
  };
  textarea.addEventListener('input', () => changed(textarea.value));
  const ensureEditor = (focus = false): Promise<EditorView> => {
    loading ??= import('./editor.ts').then((mod) => {
      editor = mod;
      const hadFocus = document.activeElement === textarea;
      const { selectionStart, selectionEnd, value } = textarea;
      const v = mod.createEditor({ parent: host, doc: value, label: s.editorLabel, hover: config.hover, hoverMore: s.hoverMore, onChange: changed });
      v.dispatch({ selection: { anchor: Math.min(selectionStart, value.length), head: Math.min(selectionEnd, value.length) } });
      textarea.remove();
      view = v;
      root.dataset.editor = 'ready';
      if (lastFindings.length) mod.showFindings(v, lastFindings);
      if (hadFocus || focus) v.focus();
      return v;
    });
    return loading;
  };
  textarea.addEventListener('focus', () => void ensureEditor(true), { once: true });
  const replace = async (t: string) => {
    const v = await ensureEditor();
    editor!.replaceAll(v, t);
  };
  if (payload !== undefined && text !== saved) storage.save(text);
  lintNow();

  // 5. The toolbar.
  const templateSelect = $<HTMLSelectElement>(root, '.pg-templates');
  templateSelect.addEventListener('change', () => {
    const t = byId.get(templateSelect.value);
    templateSelect.value = '';
    if (t) void replace(t.text).then(() => view?.focus());
  });
  const actions: Record<string, () => void | Promise<void>> = {
    format: async () => {
      await ensureEditor();
      if (busy || !view) return;
      busy = true;
      formatId = nextId++;
      send({ kind: 'format', id: formatId, text: view.state.doc.toString() });
    },
    'fix-all': async () => {
      await ensureEditor();
      if (!view || !editor) return;
      const findings = await freshFindings();
      if (lastFindingsText !== view.state.doc.toString()) return;
      const taken: [number, number][] = [];
      const edits = [];
      let n = 0;
      for (const f of findings) {
        if (!f.fix) continue;
        const spans = f.fix.edits.map((e) => [editor!.offsetOf(view!, e.line, e.column), editor!.offsetOf(view!, e.endLine, e.endColumn)] as [number, number]);
        if (spans.some(([a, b]) => taken.some(([c, d]) => a < d && c < b || a === c))) continue;
        taken.push(...spans);
        edits.push(...f.fix.edits);
        n++;
      }
      if (n) {
        editor.applyTextEdits(view, edits);
        say(s.fixedAll(n));
      }
    },
    share: async () => {
      await ensureEditor();
      if (!view) return;
      const url = `${location.origin}${location.pathname}#code=${await encodeShare(view.state.doc.toString())}`;
      history.replaceState(null, '', url);
      try {
        await navigator.clipboard.writeText(url);
        say(s.shared);
      } catch {
        say(s.shareFailed);
      }
    },
    copy: async () => {
      await ensureEditor();
      if (!view) return;
      try {
        await navigator.clipboard.writeText(view.state.doc.toString());
        say(copyButton.dataset.valid === 'true' ? s.copied : s.copiedInvalid);
      } catch {
        say(s.shareFailed);
      }
    },
    download: async () => {
      await ensureEditor();
      if (!view) return;
      const url = URL.createObjectURL(new Blob([view.state.doc.toString()], { type: 'application/octet-stream' }));
      const a = el('a', { href: url, download: 'Dockerfile' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    reset: async () => {
      await replace('');
      say(s.resetConfirm);
      view?.focus();
    },
  };
  root.addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = target?.dataset.action;
    if (action && actions[action]) void actions[action]!();
    const copyTarget = (e.target as HTMLElement).closest<HTMLElement>('[data-copy]');
    if (copyTarget) {
      const code = $<HTMLElement>(root, `[data-command="${copyTarget.dataset.copy}"]`).textContent ?? '';
      navigator.clipboard.writeText(code).then(() => say(s.copied.replace('Dockerfile', copyTarget.dataset.copy ?? '')), () => say(s.shareFailed));
    }
  });
}
