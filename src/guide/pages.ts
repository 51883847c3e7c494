/** Lists the guide's pages and pairs each Portuguese page with its English twin. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DOCS_DIR = 'content/docs';

export interface PagePair {
  /** Path below the locale root, e.g. `instructions/copy.mdx`. */
  path: string;
  pt?: string;
  en?: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (/\.mdx?$/.test(name)) out.push(full);
  }
  return out;
}

export function pagePairs(root = DOCS_DIR): PagePair[] {
  const pairs = new Map<string, PagePair>();
  const get = (p: string) => {
    let pair = pairs.get(p);
    if (!pair) pairs.set(p, (pair = { path: p }));
    return pair;
  };
  for (const file of walk(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (rel.startsWith('en/')) get(rel.slice(3)).en = file;
    else get(rel).pt = file;
  }
  return [...pairs.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The URL path of a page, e.g. `instructions/copy.mdx` in English → `/en/instructions/copy/`. */
export function pageUrl(path: string, locale: 'pt-BR' | 'en'): string {
  const slug = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  const prefix = locale === 'en' ? '/en/' : '/';
  return (prefix + slug + (slug ? '/' : '')).replace(/\/+/g, '/');
}
