/**
 * Astro hashes the scripts and styles it bundles into each page's Content-Security-Policy, but not
 * the few `is:inline` scripts Starlight ships (theme and sidebar state) nor every inlined style.
 * `hashInlineScripts` adds the SHA-256 of each inline executable script and style element of a
 * built page to its policy, so the policy still allows no inline script without a hash. Data
 * blocks (`application/json`) are not scripts and need no hash. Style attributes are allowed.
 */
import { createHash } from 'node:crypto';

const EXECUTABLE = /^(?:|text\/javascript|application\/javascript|module)$/i;

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function addHashes(html: string, directive: 'script-src' | 'style-src', hashes: Set<string>): string {
  const re = new RegExp(`(<meta http-equiv="content-security-policy" content="[^"]*?${directive} )([^;"]*)`);
  return html.replace(re, (_all, head: string, list: string) => {
    const present = new Set(list.split(/\s+/));
    return `${head}${[list, ...[...hashes].filter((h) => !present.has(h))].join(' ')}`;
  });
}

export function hashInlineScripts(html: string): string {
  const styles = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1] ?? '')));
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    hashes.add(sha(m[2] ?? ''));
  }
  return addHashes(addHashes(html, 'script-src', hashes), 'style-src', styles)
    // Expressive Code and Starlight set style *attributes* (token colours, widths). Attributes
    // cannot run code; allowing them leaves script-src and style elements as strict as before.
    .replace(/(<meta http-equiv="content-security-policy" content="[^"]*?)("\s*\/?>)/, (all, body: string, end: string) =>
      body.includes('style-src-attr') ? all : `${body.replace(/;?\s*$/, ';')} style-src-attr 'unsafe-inline';${end}`);
}
