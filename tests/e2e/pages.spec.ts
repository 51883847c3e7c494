import { expect, test as base, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { BASELINE_PAGE, javaScriptOf, recordJavaScript, setCacheDisabled } from './javascript-bytes.ts';
import { sitePages, type SitePage } from './pages.ts';
import { BASE_URL } from './server.ts';

/**
 * Each worker measures the baseline once (the JavaScript a generated rule page ships) and keeps
 * one tab for all its page visits: a new browser context and renderer per page cost more CPU
 * than loading the page itself. Guide pages turn its HTTP cache off, so their JavaScript is
 * counted as on a first visit; rule pages, which only load, keep it on.
 */
const test = base.extend<object, { ruleJavaScript: number; tab: Page }>({
  ruleJavaScript: [async ({ browser }, use) => { await use((await javaScriptOf(browser, `${BASE_URL}${BASELINE_PAGE}`)).total); }, { scope: 'worker' }],
  tab: [async ({ browser }, use) => {
    const context = await browser.newContext({ baseURL: BASE_URL });
    const page = await context.newPage();
    await use(page);
    await context.close();
  }, { scope: 'worker' }],
});

/**
 * Collects console errors, uncaught exceptions and failed same-origin requests on `page`; the
 * function it returns stops collecting and returns them.
 */
function watch(page: Page): () => string[] {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); };
  const onError = (e: Error) => problems.push(`exception: ${e.message}`);
  const onResponse = (r: Response) => {
    if (r.status() >= 400 && r.url().startsWith('http://127.0.0.1')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  // A request the test itself cut short by going to the next page is aborted, not failed.
  const onFailed = (r: Request) => {
    if (r.url().startsWith('http://127.0.0.1') && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
  };
  page.on('console', onConsole).on('pageerror', onError).on('response', onResponse).on('requestfailed', onFailed);
  return () => {
    page.off('console', onConsole).off('pageerror', onError).off('response', onResponse).off('requestfailed', onFailed);
    return problems;
  };
}

/** The cheap checks every page gets: HTTP 200, the right `lang`, a visible h1. */
async function load(page: Page, p: SitePage): Promise<string[]> {
  const response = await page.goto(p.url, { waitUntil: 'load' });
  const out: string[] = [];
  if (response?.status() !== 200) out.push(`${p.url}: HTTP ${response?.status()}`);
  // One round trip for both (a rule batch makes 262 of them).
  const { lang, h1 } = await page.evaluate(() => {
    const h = document.querySelector('h1');
    const box = h?.getBoundingClientRect();
    return { lang: document.documentElement.lang, h1: !!h && !!box && box.width > 0 && box.height > 0 && h.checkVisibility({ visibilityProperty: true }) };
  });
  if (lang !== p.locale) out.push(`${p.url}: wrong lang`);
  if (!h1) out.push(`${p.url}: no visible h1`);
  return out;
}

async function axe(page: Page, p: SitePage): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${p.url}: ${v}`);
}

const pages = sitePages();
const guide = pages.filter((p) => !p.path.startsWith('rules/'));
const rules = pages.filter((p) => p.path.startsWith('rules/'));

/**
 * The generated rule pages share one template, so axe scans a sample of them: both index pages
 * and every 12th rule page of each language (a spread of practice, package and syntax rules).
 */
export const AXE_SAMPLE = new Set(rules.filter((p, i) => /rules\/index\.mdx?$/.test(p.path) || Math.floor(i / 2) % 12 === 0).map((p) => p.url));

// Hand-written pages one by one: the cheap checks, axe, and no more JavaScript than a rule page
// ships (the playground has its own budget in budget.spec), all on one visit.
for (const p of guide) {
  test(`${p.url} loads cleanly, passes axe (WCAG 2 A/AA) and ships no more JavaScript than a rule page`, async ({ tab, ruleJavaScript }) => {
    await setCacheDisabled(tab, true);
    const stopWatching = watch(tab);
    const js = recordJavaScript(tab);
    const found = [...(await load(tab, p)), ...(await axe(tab, p))];
    const { total } = await js.done();
    if (p.path !== 'playground.mdx' && total > ruleJavaScript) found.push(`${p.url}: ${total} B of JavaScript > ${ruleJavaScript} B on a rule page`);
    expect([...found, ...stopWatching().map((m) => `${p.url}: ${m}`)]).toEqual([]);
  });
}

// Every generated rule page loads cleanly (in batches on one tab); the sample also passes axe.
// Sampled and unsampled pages are dealt out separately, so every batch gets its share of axe scans.
const BATCHES = 8;
const dealt = [...rules.filter((p) => AXE_SAMPLE.has(p.url)), ...rules.filter((p) => !AXE_SAMPLE.has(p.url))];
for (let b = 0; b < BATCHES; b++) {
  const batch = dealt.filter((_, i) => i % BATCHES === b);
  const scanned = batch.filter((p) => AXE_SAMPLE.has(p.url)).length;
  test(`rule pages, batch ${b + 1}/${BATCHES} (${batch.length} pages, ${scanned} with axe): load cleanly`, async ({ tab }) => {
    test.setTimeout(600_000); // a hang guard for the batch, not a per-page budget
    await setCacheDisabled(tab, false);
    const all: string[] = [];
    for (const p of batch) {
      const stopWatching = watch(tab);
      all.push(...(await load(tab, p)));
      if (AXE_SAMPLE.has(p.url)) all.push(...(await axe(tab, p)));
      all.push(...stopWatching().map((m) => `${p.url}: ${m}`));
    }
    expect(all).toEqual([]);
  });
}

test('the axe sample covers both languages, both rule indexes and at least 16 rule pages', () => {
  const sample = rules.filter((p) => AXE_SAMPLE.has(p.url));
  expect(sample.filter((p) => p.locale === 'en').length).toBe(sample.filter((p) => p.locale === 'pt-BR').length);
  expect(sample.filter((p) => /rules\/index\.mdx?$/.test(p.path))).toHaveLength(2);
  expect(sample.length).toBeGreaterThanOrEqual(16);
});
