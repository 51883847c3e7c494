/**
 * Size budgets, measured on what a browser really downloads (gzip level 9 of each JS file):
 * the playground's first load stays under 120 KB, and guide pages ship no more JavaScript than
 * a page Starlight renders with no component of ours (a generated rule page: Markdown, code
 * blocks and tables only). Sizes, not times: these machines are too noisy for timing assertions.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { sitePages } from './pages.ts';
import { BASE_URL } from './server.ts';

/** Opens `url` in a fresh browser context (empty cache) and sums the JavaScript it downloads. */
async function jsBytes(browser: Browser, url: string, until: (p: Page) => Promise<void>): Promise<{ total: number; files: Record<string, number> }> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  const files: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (!u.pathname.endsWith('.js') && !u.pathname.endsWith('.mjs')) return;
    pending.push(r.body().then((b) => { files[u.pathname] = gzipSync(b, { level: 9 }).length; }, () => {}));
  });
  await page.goto(url);
  await until(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
    .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module').map((s) => s.textContent ?? ''));
  inline.forEach((code, i) => { files[`inline-${i}`] = gzipSync(Buffer.from(code), { level: 9 }).length; });
  await context.close();
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

// 120 KB until December 2026; 125 KB since the engine gained BuildKit's checks and rejections
// (about 40 more rules, each with messages in both languages, all needed for the first lint).
// Everything a first lint does not need stays out of the first load, as asserted below.
test('the playground loads under 125 KB of JavaScript (gzip) before the reader interacts', async ({ browser }) => {
  const { total, files } = await jsBytes(browser, '/playground/', async (p) => {
    await expect(p.locator('.pg')).toHaveAttribute('data-state', 'ready');
  });
  console.log(`playground first load: ${(total / 1024).toFixed(1)} KB gzip`, files);
  expect(total).toBeLessThan(125 * 1024);
  // The editor itself is lazy: it is not part of the first load.
  expect(Object.keys(files).some((f) => f.includes('editor'))).toBe(false);
  // So are the Build view and build insight (with the .dockerignore matcher): loaded when the view first opens.
  expect(Object.keys(files).filter((f) => f.includes('build-view') || f.includes('insight'))).toEqual([]);
  // And the exercises' check evaluator, which only exercises ask the worker for.
  expect(Object.keys(files).filter((f) => f.includes('evaluate'))).toEqual([]);
});

test('guide pages ship no more JavaScript than Starlight itself does', async ({ browser }) => {
  test.setTimeout(600_000); // ~50 pages in turn: a hang guard, not a budget
  const baseline = await jsBytes(browser, '/en/rules/no-user/', async () => {});
  const over: string[] = [];
  for (const p of sitePages().filter((s) => !s.path.startsWith('rules/') && s.path !== 'playground.mdx')) {
    const { total } = await jsBytes(browser, p.url, async () => {});
    if (total > baseline.total) over.push(`${p.url}: ${total} B > ${baseline.total} B`);
  }
  expect(over).toEqual([]);
});
