/**
 * The JavaScript a page makes the browser download before the reader interacts, as the browser
 * really receives it: every .js/.mjs response plus every inline classic or module script, each
 * counted gzip -9. Shared by the size budgets (budget.spec, pages.spec) and `npm run bench`.
 */
import type { Browser, CDPSession, Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export interface ShippedJavaScript {
  total: number;
  /** gzip bytes per path (`inline-N` for inline scripts). */
  files: Record<string, number>;
}

/**
 * Starts counting on `page`; call `done()` once the page has loaded (it waits for the network to
 * go quiet, then stops listening, so a tab can record one page after another). On a reused tab,
 * turn the HTTP cache off first (`setCacheDisabled`): a script served from cache is not counted.
 */
export function recordJavaScript(page: Page): { done(): Promise<ShippedJavaScript> } {
  const files: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const onResponse = (r: Response) => {
    const path = new URL(r.url()).pathname;
    if (!path.endsWith('.js') && !path.endsWith('.mjs')) return;
    pending.push(r.body().then((b) => { files[path] = gzipSync(b, { level: 9 }).length; }, () => {}));
  };
  page.on('response', onResponse);
  return {
    async done() {
      await page.waitForLoadState('networkidle');
      page.off('response', onResponse);
      await Promise.all(pending);
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module').map((s) => s.textContent ?? ''));
      inline.forEach((code, i) => { files[`inline-${i}`] = gzipSync(Buffer.from(code), { level: 9 }).length; });
      return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
    },
  };
}

/** Opens `url` in a fresh browser context (empty cache), runs `until`, and counts what it shipped. */
export async function javaScriptOf(browser: Browser, url: string, until: (p: Page) => Promise<void> = async () => {}): Promise<ShippedJavaScript> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const recording = recordJavaScript(page);
    await page.goto(url);
    await until(page);
    return await recording.done();
  } finally {
    await context.close();
  }
}

/** The baseline guide pages are held to: a generated rule page (Markdown, code blocks, tables, no component of ours). */
export const BASELINE_PAGE = '/en/rules/no-user/';

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Turns the HTTP cache of `page` off (every load fetches from the network, as a first visit
 * does) or back on, through Chromium's DevTools protocol.
 */
export async function setCacheDisabled(page: Page, disabled: boolean): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp && !disabled) return; // a page starts with its cache on
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    sessions.set(page, cdp);
  }
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: disabled });
}
