import { expect, test } from '@playwright/test';
import { extractCodeBlocks } from '../../src/guide/markdown.ts';
import { readPage } from '../../src/guide/pages.ts';
import { sitePages } from './pages.ts';

test.describe('language picker', () => {
  for (const [from, to, label] of [
    ['/instructions/healthcheck/', '/en/instructions/healthcheck/', 'English'],
    ['/en/steps/3-application/', '/steps/3-application/', 'Português'],
  ] as const) {
    test(`keeps the reader on the same page: ${from} → ${to}`, async ({ page }) => {
      await page.goto(from);
      await page.locator('starlight-lang-select select').first().selectOption({ label });
      await page.waitForURL((u) => u.pathname === to);
      expect(new URL(page.url()).pathname).toBe(to);
    });
  }
});

test.describe('search', () => {
  for (const [start, prefix] of [['/', '/'], ['/en/', '/en/']] as const) {
    for (const term of ['HEALTHCHECK', 'pipefail']) {
      test(`finds "${term}" from ${start} in the same language`, async ({ page }) => {
        await page.goto(start);
        await page.getByRole('button', { name: /Pesquisar|Search/ }).first().click();
        const box = page.getByRole('dialog').getByRole('textbox');
        await box.fill(term);
        const results = page.locator('.pagefind-ui__result-link');
        await expect(results.first()).toBeVisible();
        const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const h of hrefs) expect(prefix === '/en/' ? h.startsWith('/en/') : !h.startsWith('/en/'), h).toBe(true);
      });
    }
  }
});

test.describe('copy buttons', () => {
  const pages = sitePages().filter((p) => ['steps/1-dockerfile.mdx', 'steps/6-run.mdx', 'high-availability.mdx'].includes(p.path));
  for (const p of pages) {
    test(`copy the exact code on ${p.url}`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(p.url);
      const expected = extractCodeBlocks(readPage(p.file)).map((b) => b.code.replace(/\n+$/, ''));
      const buttons = page.locator('.expressive-code .copy button');
      await expect(buttons).toHaveCount(expected.length);
      for (let i = 0; i < expected.length; i++) {
        await buttons.nth(i).click({ force: true });
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied.replace(/\n+$/, '')).toBe(expected[i]);
      }
      await expect(buttons.first()).toHaveAttribute('title', p.locale === 'en' ? 'Copy to clipboard' : 'Copiar para a área de transferência');
    });
  }
});
