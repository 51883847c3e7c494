/**
 * The side column's tabs (Findings, Build) as the WAI-ARIA tabs pattern: one tab stop, arrow
 * keys and Home/End move between tabs and select them, each tab shows its own panel.
 */
export function setupTabs(tablist: HTMLElement, onSelect: (id: string) => void): { select(id: string, focus?: boolean): void } {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (id: string, focus = false) => {
    for (const tab of tabs) {
      const on = tab.dataset.tab === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
      if (on && focus) tab.focus();
    }
    onSelect(id);
  };
  tablist.addEventListener('click', (e) => {
    const tab = (e.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
    if (tab?.dataset.tab) select(tab.dataset.tab);
  });
  tablist.addEventListener('keydown', (e) => {
    const at = tabs.findIndex((t) => t === document.activeElement);
    if (at < 0) return;
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (at + 1) % tabs.length
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (at - 1 + tabs.length) % tabs.length
        : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    select(tabs[to]!.dataset.tab!, true);
  });
  return { select };
}
