/**
 * The playground's Build view (loaded when its tab is first opened): the stage graph as an
 * ordered list (the same facts a picture would show, as text), the steps with their layers, the
 * "what if I change…" picker, the `docker stop` timeline and the build context as an editable
 * file tree. Engine strings reach the DOM only as text.
 */
import { describeReason, describeStop, stageLabel } from '../engine/insight/describe.ts';
import type { ContextRead, Insight, StageInsight, StepInsight } from '../engine/insight/types.ts';
import type { Locale } from '../engine/types.ts';
import { contextPath, type ContextFile, type ContextState } from './build-context.ts';
import { BUILD_STRINGS } from './build-strings.ts';

/** The view's strings with plain `string` values (both languages have the same shape). */
type Widen<T> = T extends string ? string : T extends (...a: infer A) => infer R ? (...a: A) => Widen<R> : { [K in keyof T]: Widen<T[K]> };
type BuildStrings = Widen<(typeof BUILD_STRINGS)['en']>;

export interface BuildViewHost {
  locale: Locale;
  context: ContextState;
  /** The reader changed the context (files, names, texts, .dockerignore). */
  onContext(state: ContextState): void;
  /** The reader picked something in "what if I change…". */
  onWhatIf(changed: string[], changedArgs: string[]): void;
  say(message: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function section(cls: string, id: string, title: string, ...children: Node[]): HTMLElement {
  const sec = el('section', { className: `bv-section ${cls}` }, el('h3', { id, textContent: title }), ...children);
  sec.setAttribute('aria-labelledby', id);
  return sec;
}

export function mountBuildView(panel: HTMLElement, host: BuildViewHost): { update(insight: Insight, args: string[]): void } {
  const s: BuildStrings = BUILD_STRINGS[host.locale];
  let state: ContextState = { files: host.context.files.map((f) => ({ ...f })), dockerignore: host.context.dockerignore };
  let args: string[] = [];
  const emit = () => host.onContext({ files: state.files.map((f) => ({ ...f })), dockerignore: state.dockerignore });

  // What if I change…
  const picker = el('select', { className: 'bv-picker', id: 'bv-picker' });
  const summary = el('p', { className: 'bv-summary' });
  summary.setAttribute('aria-live', 'polite');
  picker.addEventListener('change', () => {
    const [kind, ...rest] = picker.value.split(':');
    const name = rest.join(':');
    host.onWhatIf(kind === 'file' ? [name] : [], kind === 'arg' ? [name] : []);
  });
  const whatIf = el('div', { className: 'bv-whatif' }, el('label', { htmlFor: 'bv-picker', textContent: s.whatIf }), picker, summary);

  const stagesList = el('ol', { className: 'bv-stages' });
  const parallel = el('p', { className: 'bv-parallel' });
  const stepsBox = el('div', { className: 'bv-steps' });
  const stopList = el('ol', { className: 'bv-stop' });
  const facts = el('p', { className: 'bv-facts' });
  const files = el('ul', { className: 'bv-files' });

  function fillPicker(): void {
    const keep = picker.value;
    const fileOpts = state.files.map((f) => el('option', { value: `file:${f.name}`, textContent: f.name }));
    const argOpts = args.map((a) => el('option', { value: `arg:${a}`, textContent: a }));
    picker.replaceChildren(el('option', { value: '', textContent: s.nothing }),
      ...(fileOpts.length ? [el('optgroup', { label: s.groupFiles }, ...fileOpts)] : []),
      ...(argOpts.length ? [el('optgroup', { label: s.groupArgs }, ...argOpts)] : []));
    const still = [...picker.options].some((o) => o.value === keep);
    picker.value = still ? keep : '';
    if (!still && keep !== '') host.onWhatIf([], []);
  }

  // The build context as a file tree: each file opens to its name and text.
  function fileRow(file: ContextFile): HTMLLIElement {
    const label = el('span', { className: 'bv-file-name', textContent: file.name });
    const name = el('input', { type: 'text', value: file.name, className: 'bv-input', spellcheck: false, autocomplete: 'off' });
    const content = el('textarea', { value: file.content, className: 'bv-input bv-content', spellcheck: false, rows: 4 });
    const remove = el('button', { type: 'button', className: 'pg-button pg-small', textContent: s.deleteFile, ariaLabel: s.deleteLabel(file.name) });
    const li = el('li', { className: 'bv-file' }, el('details', {}, el('summary', {}, label),
      el('label', { className: 'bv-field' }, el('span', { textContent: s.fileName }), name),
      el('label', { className: 'bv-field' }, el('span', { textContent: s.fileContent }), content),
      remove));
    li.dataset.file = file.name;
    const rename = () => {
      const to = contextPath(name.value);
      if (to === file.name) return;
      if (!to || to === '.dockerignore' || state.files.some((f) => f.name === to)) {
        name.value = file.name;
        host.say(s.badName);
        return;
      }
      const from = file.name;
      file.name = to;
      name.value = to;
      label.textContent = to;
      li.dataset.file = to;
      remove.ariaLabel = s.deleteLabel(to);
      fillPicker();
      emit();
      host.say(s.renamed(from, to));
    };
    name.addEventListener('change', rename);
    name.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); rename(); } });
    content.addEventListener('input', () => { file.content = content.value; emit(); });
    remove.addEventListener('click', () => {
      const next = li.nextElementSibling ?? li.previousElementSibling;
      state.files = state.files.filter((f) => f !== file);
      li.remove();
      (next?.querySelector('summary') ?? newName).focus();
      fillPicker();
      emit();
      host.say(s.deleted(file.name));
    });
    return li;
  }

  const newName = el('input', { type: 'text', id: 'bv-new-file', className: 'bv-input', spellcheck: false, autocomplete: 'off' });
  const addForm = el('form', { className: 'bv-add' }, el('label', { htmlFor: 'bv-new-file', textContent: s.newFile }), newName,
    el('button', { type: 'submit', className: 'pg-button pg-small', textContent: s.addFile }));
  addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = contextPath(newName.value);
    if (!name || name === '.dockerignore' || state.files.some((f) => f.name === name)) {
      host.say(s.badName);
      return;
    }
    const file = { name, content: '' };
    state.files.push(file);
    files.append(fileRow(file));
    newName.value = '';
    fillPicker();
    emit();
    host.say(s.added(name));
  });
  const ignore = el('textarea', { id: 'bv-dockerignore', value: state.dockerignore, className: 'bv-input bv-content', spellcheck: false, rows: 5 });
  ignore.addEventListener('input', () => { state.dockerignore = ignore.value; emit(); });
  files.replaceChildren(...state.files.map(fileRow));

  panel.replaceChildren(
    el('p', { className: 'bv-intro', textContent: s.intro }),
    whatIf,
    section('bv-graph', 'bv-stages-title', s.stages, stagesList, parallel),
    section('bv-steps-section', 'bv-steps-title', s.steps, stepsBox),
    section('bv-stop-section', 'bv-stop-title', s.stop, stopList),
    section('bv-context', 'bv-context-title', s.context, el('p', { className: 'bv-hint', textContent: s.contextHint }), facts, files, addForm,
      el('label', { htmlFor: 'bv-dockerignore', className: 'bv-field-label', textContent: s.dockerignore }), ignore),
  );
  fillPicker();

  return {
    update(insight: Insight, declared: string[]) {
      if (declared.join('\n') !== args.join('\n')) {
        args = declared;
        fillPicker();
      }
      renderStages(insight, s, stagesList, parallel);
      renderSteps(insight, s, host.locale, stepsBox, summary, picker.value !== '');
      stopList.replaceChildren(...(insight.stop ? describeStop(insight.stop, host.locale).map((line) => el('li', { textContent: line })) : [el('li', { textContent: s.noStage })]));
      facts.textContent = insight.context ? s.contextFacts(insight.context.files, insight.context.ignored) : '';
    },
  };
}

function renderStages(insight: Insight, s: BuildStrings, list: HTMLElement, parallel: HTMLElement): void {
  const { stages } = insight;
  list.replaceChildren(...stages.map((st) => {
    const li = el('li', { className: st.needed ? 'bv-stage bv-needed' : 'bv-stage bv-skipped' },
      el('strong', { textContent: s.stage(stageLabel(stages, st.index), st.image, st.line) }),
      st.isTarget ? el('span', { className: 'bv-tag', textContent: s.target }) : '',
      el('span', { className: 'bv-state', textContent: st.needed ? s.built(st.wave) : s.skipped }));
    li.dataset.stage = String(st.index);
    li.dataset.needed = String(st.needed);
    if (st.parents.length) {
      li.append(el('span', { className: 'bv-needs', textContent: `${s.needs}: ${st.parents.map((p) => `${s.via[p.via]} ${stageLabel(stages, p.stage)} (${s.line(p.line)})`).join(', ')}` }));
    }
    return li;
  }));
  if (stages.length === 0) list.append(el('li', { textContent: s.noStage }));
  parallel.textContent = insight.waves.some((w) => w.length > 1)
    ? `${s.parallel}: ${insight.waves.map((w, n) => s.wave(n, w.map((i) => stageLabel(stages, i)).join(', '))).join(' → ')}`
    : '';
}

function readsText(reads: ContextRead[], stages: StageInsight[], s: BuildStrings): string {
  const parts = reads.flatMap((r) => {
    if (r.from === 'stage' && r.stage !== undefined) return [stageLabel(stages, r.stage)];
    if (r.from !== 'context' || !r.files) return [];
    if (r.files.length === 0) return [s.readsNothing(r.source)];
    return [r.files.length > 5 ? `${r.files.slice(0, 5).join(', ')} +${r.files.length - 5}` : r.files.join(', ')];
  });
  return parts.length ? `${s.reads} ${parts.join('; ')}` : '';
}

function renderSteps(insight: Insight, s: BuildStrings, locale: Locale, box: HTMLElement, summary: HTMLElement, asked: boolean): void {
  const { stages } = insight;
  let first = true;
  const groups: Node[] = [];
  for (const st of stages.filter((x) => x.needed).sort((a, b) => a.wave - b.wave || a.index - b.index)) {
    const steps = insight.steps.filter((x) => x.stage === st.index);
    const ol = el('ol', { className: 'bv-step-list' }, ...steps.map((step) => {
      const li = stepItem(step, stages, s, locale, first && step.rerun);
      if (step.rerun) first = false;
      return li;
    }));
    groups.push(el('h4', { textContent: s.stageSteps(stageLabel(stages, st.index)) }), ol);
  }
  box.replaceChildren(...groups);
  const layers = insight.steps.filter((x) => x.layer && stages[x.stage]?.needed);
  const reruns = layers.filter((x) => x.rerun).length;
  summary.textContent = !asked ? s.pick : reruns ? s.summary(reruns, layers.length) : s.noRerun;
}

function stepItem(step: StepInsight, stages: StageInsight[], s: BuildStrings, locale: Locale, explainWhy: boolean): HTMLLIElement {
  const reads = readsText(step.reads, stages, s);
  const li = el('li', { className: `bv-step bv-${step.kind}${step.rerun ? ' bv-rerun' : ''}` },
    el('span', { className: 'bv-line', textContent: s.line(step.line) }),
    el('span', { className: 'bv-kind', textContent: s.kind[step.kind] }),
    el('code', { className: 'bv-text', textContent: step.text }));
  li.dataset.line = String(step.line);
  li.dataset.rerun = String(step.rerun);
  if (reads) li.append(el('span', { className: 'bv-reads', textContent: reads }));
  if (step.rerun) li.append(el('strong', { className: 'bv-mark', textContent: `↻ ${s.rerun}` }));
  if (explainWhy && step.reason) li.append(el('span', { className: 'bv-why', textContent: `${s.why} ${describeReason(step.reason, stages, locale)}` }));
  return li;
}
