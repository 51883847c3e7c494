/**
 * Checks of the built site as files (dist/): every internal link and anchor resolves, every page
 * has a description, hreflang alternates to its twin and a sitemap entry.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sitePages } from './pages.ts';

const DIST = 'dist';
const SITE = 'https://estaleiro.dev';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) return n === 'pagefind' ? [] : htmlFiles(f);
    return n.endsWith('.html') ? [f] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

function targetFile(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

test('every internal link and anchor in the built site resolves', () => {
  const broken: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/');
    for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = decode(m[1]!);
      if (/^(https?:|mailto:|data:|javascript:)/.test(href) && !href.startsWith(SITE)) continue;
      const url = new URL(href.replace(SITE, ''), `http://x${pagePath}`);
      const target = targetFile(url.pathname);
      if (!target) {
        broken.push(`${file}: ${href} (no page)`);
        continue;
      }
      if (url.hash && url.hash !== '#' && url.hash !== '#_top' && !url.hash.startsWith('#code=') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${file}: ${href} (no anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page has a description, hreflang alternates to its twin, and a sitemap entry', () => {
  const sitemap = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
  const problems: string[] = [];
  const pages = sitePages().filter((p) => p.path !== '404.mdx');
  for (const p of pages) {
    const file = targetFile(p.url);
    if (!file) {
      problems.push(`${p.url}: not built`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const desc = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    if (!desc || desc.length < 50) problems.push(`${p.url}: missing or short meta description`);
    if (!/<meta property="og:description" content="[^"]+"/.test(html)) problems.push(`${p.url}: no og:description`);
    const twin = pages.find((o) => o.path === p.path && o.locale !== p.locale);
    for (const [lang, url] of [[p.locale, p.url], [twin?.locale, twin?.url]] as const) {
      if (!url) continue;
      if (!html.includes(`<link rel="alternate" hreflang="${lang}" href="${SITE}${url}"/>`)) problems.push(`${p.url}: no hreflang alternate ${lang} → ${url}`);
    }
    if (!sitemap.includes(`<loc>${SITE}${p.url}</loc>`)) problems.push(`${p.url}: not in the sitemap`);
  }
  expect(problems).toEqual([]);
});

test('every page sends a Content-Security-Policy with no unhashed inline script and no third-party origin', () => {
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    if (!csp) {
      problems.push(`${file}: no CSP`);
      continue;
    }
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    if (/unsafe-inline|unsafe-eval|\*|https?:/.test(scriptSrc)) problems.push(`${file}: script-src too open: ${scriptSrc}`);
    if (/https?:\/\//.test(csp)) problems.push(`${file}: a third-party origin in the CSP`);
    if (!/default-src 'self'/.test(csp)) problems.push(`${file}: no default-src 'self'`);
  }
  expect(problems).toEqual([]);
});

test("every rule's page exists in both languages, so every finding's url resolves", async () => {
  const { CATALOGUE } = await import('../../src/engine/catalogue.ts');
  const { ruleUrl } = await import('../../src/engine/lint.ts');
  const missing = CATALOGUE.flatMap((r) => (['pt-BR', 'en'] as const).map((l) => ruleUrl(r.id, l))).filter((u) => !targetFile(u));
  expect(missing).toEqual([]);
});
