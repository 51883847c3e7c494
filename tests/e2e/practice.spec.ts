/**
 * Exercises in guide pages: solved by typing, in both languages; progress that survives a reload
 * and shows on the practice page and in the sidebar; keyboard only; axe with the editor loaded;
 * a 390 px phone; storage that is corrupt or unavailable. Relative URLs (the config's baseURL).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { EXERCISES_BY_ID } from '../../content/exercises/index.ts';
import { STRINGS } from '../../src/practice/strings.ts';
import { editorText, ready } from './playground-helpers.ts';

const ID = 'step-1-pin-version';
const exercise = EXERCISES_BY_ID.get(ID)!;
const PAGES = { 'pt-BR': '/steps/1-dockerfile/', en: '/en/steps/1-dockerfile/' } as const;
const PRACTICE = { 'pt-BR': '/practice/', en: '/en/practice/' } as const;
const PLAYGROUND = { 'pt-BR': '/playground/', en: '/en/playground/' } as const;

const root = (page: Page, id = ID) => page.locator(`[data-exercise-id="${id}"]`);
const checkLine = (ex: Locator, id: string) => ex.locator(`.ex-checks li[data-check-id="${id}"]`);

/** Focuses the exercise's text, which loads the UI and then CodeMirror. */
async function openEditor(page: Page, id = ID): Promise<Locator> {
  const ex = root(page, id);
  await ex.locator('.ex-textarea').focus();
  await expect(ex).toHaveAttribute('data-editor', 'ready');
  return ex;
}

/** Replaces `latest` with `24.04` on the first line, key by key, as a reader does. */
async function typeFix(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  for (let i = 0; i < 'latest'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('24.04');
}

for (const locale of ['pt-BR', 'en'] as const) {
  const s = STRINGS[locale];
  test.describe(`exercises (${locale})`, () => {
    test('solve by typing: checks turn, data-state becomes solved, and it survives a reload', async ({ page }) => {
      await page.goto(PAGES[locale]);
      const ex = root(page);
      await expect(ex).toHaveAttribute('data-state', 'unsolved');
      await expect(checkLine(ex, 'pinned-base')).toHaveAttribute('data-passed', 'false');
      await openEditor(page);
      await typeFix(page);
      await expect(checkLine(ex, 'pinned-base')).toHaveAttribute('data-passed', 'true');
      await expect(checkLine(ex, 'rule-absent:base-image-latest')).toHaveAttribute('data-passed', 'true');
      await expect(ex).toHaveAttribute('data-state', 'solved');
      await expect(ex.locator('.ex-status')).toHaveText(s.solved);
      await expect(ex.locator('.ex-badge-solved')).toBeVisible();
      // The sidebar entry of this page gets its mark.
      await expect(page.locator(`#starlight__sidebar a[href="${PAGES[locale]}"] .ex-sidebar-mark`)).toBeVisible();

      await page.reload();
      await expect(root(page)).toHaveAttribute('data-state', 'solved');
      await expect(root(page).locator('.ex-textarea')).toHaveValue(exercise.start.replace('latest', '24.04'));

      await page.goto(PRACTICE[locale]);
      const item = page.locator(`[data-practice] li[data-exercise="${ID}"]`);
      await expect(item).toHaveAttribute('data-state', 'solved');
      await expect(page.locator('[data-practice] .px-done')).toHaveText('1');
      await expect(page.locator('.px-next')).toHaveAttribute('href', `${locale === 'en' ? '/en' : ''}/steps/1-dockerfile/#step-1-untagged`);
    });

    test('hints one at a time, a solution only after an attempt, Reset, and Open in playground', async ({ page }) => {
      await page.goto(PAGES[locale]);
      const ex = await openEditor(page);
      await expect(ex.locator('[data-action="solution"]')).toBeHidden();
      await ex.locator('[data-action="hint"]').click();
      await expect(ex.locator('.ex-hints li')).toHaveCount(1);
      await ex.locator('[data-action="hint"]').click();
      await expect(ex.locator('.ex-hints li')).toHaveCount(exercise.hints.length > 1 ? 2 : 1);
      await ex.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('USER 10001');
      await expect(ex.locator('[data-action="solution"]')).toBeVisible();
      await ex.locator('[data-action="solution"]').click();
      await expect(ex.locator('.ex-solution')).toBeVisible();
      await expect(ex.locator('.ex-solution .ex-line-added').first()).toBeVisible();
      await expect(ex.locator('.ex-solution .ex-line-removed').first()).toBeVisible();

      const link = ex.locator('[data-action="playground"]');
      const typed = `${exercise.start}USER 10001`;
      await expect.poll(() => carried(page, link)).toBe(typed);
      await ex.locator('[data-action="reset"]').click();
      await expect(ex.locator('.ex-status')).toHaveText(s.resetDone);
      await expect.poll(() => carried(page, link)).toBe(exercise.start);
      // Type again and carry the text over to the playground.
      await ex.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('USER 10001');
      await expect.poll(() => carried(page, link)).toBe(typed);
      await link.click();
      await expect(page).toHaveURL(new RegExp(PLAYGROUND[locale]));
      await ready(page);
      await expect.poll(() => editorText(page)).toBe(typed);
    });
  });
}

/** The Dockerfile an "Open in playground" href carries (its `#code=` fragment, decoded in the page). */
async function carried(page: Page, link: Locator): Promise<string | null> {
  const href = await link.getAttribute('href');
  const code = href?.split('#code=')[1];
  if (!code) return null;
  return page.evaluate(async (payload) => {
    const bin = atob(payload.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (payload.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }, code);
}

test('keyboard only: Tab into the exercise, type, leave with Esc then Tab, reveal a hint and the solution', async ({ page }) => {
  await page.goto(PAGES.en);
  let inside = false;
  for (let i = 0; i < 400 && !inside; i++) {
    await page.keyboard.press('Tab');
    inside = await page.evaluate((id) => document.activeElement?.closest('[data-exercise-id]')?.getAttribute('data-exercise-id') === id
      && !!document.activeElement?.closest('.ex-editor'), ID);
  }
  expect(inside).toBe(true);
  const ex = root(page);
  await expect(ex).toHaveAttribute('data-editor', 'ready');
  await typeFix(page);
  await expect(ex).toHaveAttribute('data-state', 'solved');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(ex.locator('[data-action="hint"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ex.locator('.ex-hints li')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(ex.locator('[data-action="solution"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ex.locator('.ex-solution')).toBeVisible();
});

test('axe finds nothing on a page with exercises, editor loaded, hint and solution shown', async ({ page }) => {
  await page.goto('/en/steps/6-run/');
  const ex = await openEditor(page, 'step-6-non-root');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nUSER 10001');
  await ex.locator('[data-action="hint"]').click();
  await ex.locator('[data-action="solution"]').click();
  await ex.locator('.ex-files > summary').click();
  await expect(ex.locator('.ex-solution')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the exercise fits the screen and can be solved', async ({ page }) => {
    await page.goto(PAGES['pt-BR']);
    const ex = root(page);
    await ex.locator('.ex-textarea').tap();
    await expect(ex).toHaveAttribute('data-editor', 'ready');
    await typeFix(page);
    await expect(ex).toHaveAttribute('data-state', 'solved');
    await ex.locator('[data-action="solution"]').tap();
    await expect(ex.locator('.ex-solution')).toBeVisible();
    const box = (await ex.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await ex.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
});

test('a corrupt saved value starts that exercise fresh with a notice and touches nothing else', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('estaleiro:exercise:step-1-pin-version', '{"v":1,"solved":"maybe"');
    localStorage.setItem('estaleiro:exercise:step-1-untagged', JSON.stringify({ v: 1, solved: true, attempts: 1, text: 'FROM ubuntu:24.04 AS build\n', page: '/steps/1-dockerfile/' }));
    localStorage.setItem('estaleiro:playground:text', 'FROM alpine:3.22\n');
  });
  await page.goto(PAGES.en);
  await expect(root(page, 'step-1-untagged')).toHaveAttribute('data-state', 'solved');
  const ex = await openEditor(page);
  await expect(ex.locator('.ex-notice')).toHaveText(STRINGS.en.corrupt);
  await expect(ex).toHaveAttribute('data-state', 'unsolved');
  expect(await page.evaluate(() => localStorage.getItem('estaleiro:playground:text'))).toBe('FROM alpine:3.22\n');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('estaleiro:exercise:step-1-untagged')))!).solved).toBe(true);
});

test('storage that refuses writes: the exercise still works and says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto(PAGES.en);
  const ex = await openEditor(page);
  await typeFix(page);
  await expect(ex).toHaveAttribute('data-state', 'solved');
  await expect(ex.locator('.ex-notice')).toHaveText(STRINGS.en.notSaving);
});

test('clear my progress asks first, and only clears on yes', async ({ page }) => {
  await page.goto(PAGES.en);
  await openEditor(page);
  await typeFix(page);
  await expect(root(page)).toHaveAttribute('data-state', 'solved');
  await page.goto(PRACTICE.en);
  const item = page.locator(`[data-practice] li[data-exercise="${ID}"]`);
  await expect(item).toHaveAttribute('data-state', 'solved');
  const list = page.locator('[data-practice]');
  await list.getByRole('button', { name: STRINGS.en.clearProgress }).click();
  await expect(list.getByRole('button', { name: STRINGS.en.clearNo })).toBeFocused();
  await list.getByRole('button', { name: STRINGS.en.clearNo }).click();
  await expect(item).toHaveAttribute('data-state', 'solved');
  await list.getByRole('button', { name: STRINGS.en.clearProgress }).click();
  await list.getByRole('button', { name: STRINGS.en.clearYes }).click();
  await expect(item).toHaveAttribute('data-state', 'unsolved');
  await expect(page.locator('.px-cleared')).toHaveText(STRINGS.en.cleared);
});
