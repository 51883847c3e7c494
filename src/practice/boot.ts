/**
 * The only practice code a page runs before the reader interacts, kept tiny: it marks solved
 * pages in the sidebar, shows each exercise's saved state, fills the practice page, and loads the
 * exercise UI (editor, worker) only when the reader first focuses or touches an exercise.
 */
import { allProgress, clearProgress, loadProgress } from './progress.ts';
import { markSidebar } from './sidebar.ts';

const labels = document.querySelector<HTMLElement>('[data-practice-labels]')?.dataset ?? {};
const refreshSidebar = () => markSidebar(labels.mark ?? '{n} ✓');
refreshSidebar();

for (const root of document.querySelectorAll<HTMLElement>('[data-exercise-id]')) {
  const saved = loadProgress(root.dataset.exerciseId ?? '');
  if (saved.kind === 'ok') {
    root.dataset.state = saved.progress.solved ? 'solved' : 'unsolved';
    const textarea = root.querySelector<HTMLTextAreaElement>('textarea');
    if (textarea && saved.progress.text) textarea.value = saved.progress.text;
  }
  let ui: Promise<{ act(action: string): void }> | undefined;
  let mounted = false;
  const load = () => (ui ??= import('./ui.ts').then((m) => {
    const controller = m.mountExercise(root, { onProgress: refreshSidebar });
    mounted = true;
    return controller;
  }, (error: unknown) => {
    ui = undefined;
    throw error;
  }));
  root.addEventListener('focusin', () => void load().catch(() => {}));
  root.addEventListener('pointerdown', () => void load().catch(() => {}));
  root.addEventListener('click', (e) => {
    // A button pressed before the UI is there: do it once the UI has loaded.
    const action = (e.target as HTMLElement).closest<HTMLElement>('button[data-action]')?.dataset.action;
    if (!mounted && action) void load().then((c) => c.act(action), () => {});
  });
}

const practice = document.querySelector<HTMLElement>('[data-practice]');
if (practice) fillPractice(practice);

function fillPractice(list: HTMLElement): void {
  const render = () => {
    const progress = allProgress();
    let done = 0;
    let next: HTMLAnchorElement | undefined;
    for (const item of list.querySelectorAll<HTMLElement>('[data-exercise]')) {
      const solved = progress.get(item.dataset.exercise ?? '')?.solved === true;
      item.dataset.state = solved ? 'solved' : 'unsolved';
      const status = item.querySelector<HTMLElement>('.px-status');
      if (status) status.textContent = solved ? (labels.solved ?? '✓') : (labels.open ?? '');
      if (solved) done++;
      else next ??= item.querySelector('a') ?? undefined;
    }
    const count = list.querySelector('.px-done');
    if (count) count.textContent = String(done);
    const nextLink = list.querySelector<HTMLAnchorElement>('.px-next');
    const allDone = list.querySelector<HTMLElement>('.px-all-done');
    if (nextLink) {
      nextLink.hidden = !next;
      if (next) nextLink.href = next.getAttribute('href') ?? next.href;
    }
    if (allDone) allDone.hidden = !!next;
  };
  render();
  const confirmBox = list.querySelector<HTMLElement>('.px-confirm');
  const status = list.querySelector<HTMLElement>('.px-cleared');
  list.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-px]')?.dataset.px;
    if (!confirmBox || !action) return;
    if (action === 'ask') {
      confirmBox.hidden = false;
      confirmBox.querySelector<HTMLElement>('[data-px="no"]')?.focus();
    } else {
      confirmBox.hidden = true;
      if (action === 'yes' && clearProgress()) {
        render();
        refreshSidebar();
        if (status) status.textContent = labels.cleared ?? '';
      }
      list.querySelector<HTMLElement>('[data-px="ask"]')?.focus();
    }
  });
}
