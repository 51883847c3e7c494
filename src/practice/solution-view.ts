/** The reader's text beside a solution, with the differing lines marked (text only, never HTML). */
import { diffLines } from './diff.ts';

type Strings = { yours: string; solution: string; added: string; removed: string };

function column(title: string, lines: { text: string; mark?: 'added' | 'removed' }[], s: Strings): HTMLElement {
  const section = document.createElement('div');
  section.className = 'ex-diff-col';
  const h = document.createElement('p');
  h.className = 'ex-diff-title';
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.tabIndex = 0;
  pre.setAttribute('role', 'region');
  pre.setAttribute('aria-label', title);
  for (const l of lines) {
    const line = document.createElement(l.mark === 'added' ? 'ins' : l.mark === 'removed' ? 'del' : 'span');
    line.className = `ex-line${l.mark ? ` ex-line-${l.mark}` : ''}`;
    if (l.mark) {
      const sr = document.createElement('span');
      sr.className = 'sr-only';
      sr.textContent = `${l.mark === 'added' ? s.added : s.removed}: `;
      line.append(sr);
    }
    line.append(l.text || ' ', '\n');
    pre.append(line);
  }
  section.append(h, pre);
  return section;
}

export function renderSolution(host: HTMLElement, yours: string, solution: string, s: Strings): void {
  const diff = diffLines(yours, solution);
  const mine = diff.filter((d) => d.kind !== 'added').map((d) => ({ text: d.text, mark: d.kind === 'removed' ? ('removed' as const) : undefined }));
  const theirs = diff.filter((d) => d.kind !== 'removed').map((d) => ({ text: d.text, mark: d.kind === 'added' ? ('added' as const) : undefined }));
  host.replaceChildren(column(s.yours, mine, s), column(s.solution, theirs, s));
}
