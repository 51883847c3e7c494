import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePages, type SitePage } from './pages.ts';

/** Collects console errors, uncaught exceptions and failed same-origin requests while a page loads. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith('http://127.0.0.1')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => { if (r.url().startsWith('http://127.0.0.1')) problems.push(`failed: ${r.url()}`); });
  return problems;
}

async function check(page: Page, p: SitePage, problems: string[]): Promise<string[]> {
  problems.length = 0;
  const response = await page.goto(p.url, { waitUntil: 'load' });
  const out: string[] = [];
  if (response?.status() !== 200) out.push(`${p.url}: HTTP ${response?.status()}`);
  if ((await page.locator('html').getAttribute('lang')) !== p.locale) out.push(`${p.url}: wrong lang`);
  if (!(await page.locator('h1').first().isVisible())) out.push(`${p.url}: no visible h1`);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  out.push(...axe.violations.map((v) => `${p.url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
  out.push(...problems.map((m) => `${p.url}: ${m}`));
  return out;
}

const pages = sitePages();
const guide = pages.filter((p) => !p.path.startsWith('rules/'));
const rules = pages.filter((p) => p.path.startsWith('rules/'));

// Guide pages one by one; the ~230 generated rule pages (one template) in batches on one tab.
for (const p of guide) {
  test(`${p.url} loads cleanly and passes axe (WCAG 2 A/AA)`, async ({ page }) => {
    const problems = watch(page);
    expect(await check(page, p, problems)).toEqual([]);
  });
}

const BATCHES = 6;
for (let b = 0; b < BATCHES; b++) {
  const batch = rules.filter((_, i) => i % BATCHES === b);
  test(`rule pages, batch ${b + 1}/${BATCHES} (${batch.length} pages): load cleanly and pass axe`, async ({ page }) => {
    test.setTimeout(batch.length * 5_000);
    const problems = watch(page);
    const all: string[] = [];
    for (const p of batch) all.push(...(await check(page, p, problems)));
    expect(all).toEqual([]);
  });
}
