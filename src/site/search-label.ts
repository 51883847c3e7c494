/**
 * An accessibility repair of Starlight's search button (WCAG 2.5.3, label in name): it shows
 * "Search Ctrl K" but is named only "Search". Applied to the built HTML so pages ship no extra
 * JavaScript: the accessible name gains the shortcut it shows, and the visible words get the
 * spaces that flex layout does not render anyway.
 */
export function fixSearchLabel(html: string): string {
  return html.replace(/<button data-open-modal([^>]*)>([\s\S]*?)<\/button>/, (all, attrs: string, inner: string) => {
    const keys = [...inner.matchAll(/<kbd[^>]*>([^<]+)<\/kbd>/g)].map((m) => m[1]!.trim());
    const label = /aria-label="([^"]*)"/.exec(attrs)?.[1];
    if (!label || keys.length === 0 || label.endsWith(keys.join(' '))) return all;
    const spaced = inner.replace(/(<kbd\b)/g, ' $1');
    return `<button data-open-modal${attrs.replace(`aria-label="${label}"`, `aria-label="${label} ${keys.join(' ')}"`)}>${spaced}</button>`;
  });
}
