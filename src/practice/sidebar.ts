/** The sidebar mark: a ✓ beside the entry of every page where the reader solved an exercise. */
import { allProgress } from './progress.ts';

const localeless = (path: string) => path.replace(/^\/en(?=\/)/, '') || '/';

/** `label` has a `{n}` placeholder for the number of solved exercises on that page. */
export function markSidebar(label: string): void {
  const solvedByPage = new Map<string, number>();
  for (const p of allProgress().values()) if (p.solved) solvedByPage.set(p.page, (solvedByPage.get(p.page) ?? 0) + 1);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href], nav.sidebar a[href]')) {
    const n = solvedByPage.get(localeless(new URL(a.href, location.href).pathname)) ?? 0;
    let mark = a.querySelector<HTMLElement>('.ex-sidebar-mark');
    if (n === 0) {
      mark?.remove();
      continue;
    }
    if (!mark) {
      mark = document.createElement('span');
      mark.className = 'ex-sidebar-mark';
      mark.setAttribute('role', 'img');
      mark.textContent = '✓';
      a.append(mark);
    }
    mark.setAttribute('aria-label', label.replace('{n}', String(n)));
    mark.title = mark.getAttribute('aria-label') ?? '';
  }
}
