/**
 * The playground's Build view: the "what if I change…" picker marks the steps that rerun, the
 * build context (files, .dockerignore) changes the findings of the same worker pass, and it all
 * works from the keyboard, with axe, and on a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { extractCodeBlocks } from '../../src/guide/markdown.ts';
import { readPage } from '../../src/guide/pages.ts';
import { editorText, finding, PG, ready, setText } from './playground-helpers.ts';

const REQS_FIRST = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';
const ALL_FIRST = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "main.py"]\n';

const T = {
  'pt-BR': { open: 'Abrir na vista de build', findings: 'Achados', why: 'main.py mudou e este passo o copia', nothing: 'Nada roda de novo', stop: 'O PID 1 é a aplicação', shellPid1: 'O PID 1 é um shell', execs: 'termina com exec' },
  en: { open: 'Open in the Build view', findings: 'Findings', why: 'main.py changed and this step copies it', nothing: 'Nothing reruns', stop: 'PID 1 is the application', shellPid1: 'PID 1 is a shell', execs: 'ends with exec' },
} as const;

const step = (page: Page, line: number) => page.locator(`.bv-step[data-line="${line}"]`);

async function openBuild(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Build' }).click();
  await expect(page.locator('.pg')).toHaveAttribute('data-build', 'ready');
  await expect(page.locator('#pg-panel-build')).toBeVisible();
}

/** Moves the focus with Tab until `is` holds for the focused element (at most `max` presses). */
async function tabTo(page: Page, is: () => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(is)) return;
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(is)).toBe(true);
}

for (const locale of ['pt-BR', 'en'] as const) {
  const t = T[locale];
  test.describe(`Build view (${locale})`, () => {
    test('what if main.py changes: pip install reruns only when COPY . . comes first', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await setText(page, REQS_FIRST);
      await openBuild(page);
      await expect(step(page, 4)).toBeVisible();
      await page.locator('#bv-picker').selectOption('file:main.py');
      await expect(step(page, 5)).toHaveAttribute('data-rerun', 'true');
      await expect(step(page, 4)).toHaveAttribute('data-rerun', 'false');
      await expect(step(page, 3)).toHaveAttribute('data-rerun', 'false');
      await expect(step(page, 5).locator('.bv-why')).toContainText(t.why);
      await expect(page.locator('.bv-stop')).toContainText(t.stop);

      await setText(page, ALL_FIRST);
      await expect(step(page, 4)).toHaveAttribute('data-rerun', 'true');
      await expect(step(page, 3)).toHaveAttribute('data-rerun', 'true');
      await expect(step(page, 3).locator('.bv-why')).toContainText(t.why);
      await expect(step(page, 6)).toHaveAttribute('data-rerun', 'false'); // CMD: configuration only
    });

    test('a .dockerignore line that excludes main.py brings a finding into Findings', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await setText(page, REQS_FIRST);
      await openBuild(page);
      await expect(step(page, 5)).toBeVisible();
      const ignore = page.locator('#bv-dockerignore');
      await ignore.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText('\nmain.py\n');
      await page.getByRole('tab', { name: t.findings }).click();
      await expect(finding(page, 'start-file-not-copied')).toBeVisible();
      // Taking the line out again takes the finding away.
      await page.getByRole('tab', { name: 'Build' }).click();
      await ignore.fill((await ignore.inputValue()).replace('\nmain.py\n', '\n'));
      await page.getByRole('tab', { name: t.findings }).click();
      await expect(finding(page, 'start-file-not-copied')).toHaveCount(0);
      await expect(page.locator('.pg')).toHaveAttribute('data-state', 'ready');
    });

    test("step 5's example opens straight in the Build view", async ({ page }) => {
      const prefix = locale === 'en' ? '/en' : '';
      await page.goto(`${prefix}/steps/5-build/`);
      const example = extractCodeBlocks(readPage(`content/docs${prefix}/steps/5-build.mdx`)).filter((b) => b.lang === 'dockerfile').at(-1)!;
      await page.getByRole('link', { name: t.open }).click();
      await ready(page);
      expect(await editorText(page)).toBe(example.code);
      await expect(page.getByRole('tab', { name: 'Build' })).toHaveAttribute('aria-selected', 'true');
      await page.locator('#bv-picker').selectOption('file:main.py');
      // Only COPY . . reruns: pip install (after COPY requirements.txt) comes from the cache.
      await expect(page.locator('.bv-step[data-rerun="true"]')).toHaveCount(1);
      await expect(page.locator('.bv-step[data-rerun="true"] .bv-text')).toHaveText('COPY . .');
    });

    test('the STOPSIGNAL page shows each example\'s stop sequence, and the Build view tells the same from the live text', async ({ page }) => {
      const prefix = locale === 'en' ? '/en' : '';
      await page.goto(`${prefix}/instructions/stopsignal/`);
      const [bad, good] = [page.locator('figure:has([data-stop-timeline])').nth(0), page.locator('figure:has([data-stop-timeline])').nth(1)];
      await expect(bad.locator('[data-stop-timeline]')).toHaveAttribute('data-reaches-app', 'no');
      await expect(bad.locator('[data-stop-timeline] li').first()).toContainText(t.shellPid1);
      // The good example reads its entrypoint script from the page: it ends with exec.
      await expect(good.locator('[data-stop-timeline]')).toHaveAttribute('data-reaches-app', 'yes');
      await expect(good.locator('[data-stop-timeline]')).toContainText(t.execs);
      const onPage = await bad.locator('[data-stop-timeline] li').allTextContents();
      await bad.getByRole('link', { name: t.open }).click();
      await ready(page);
      await expect(page.getByRole('tab', { name: 'Build' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('.bv-stop li')).toHaveText(onPage);
      // Live: exec form hands PID 1 to gunicorn.
      const text = await editorText(page);
      await setText(page, text.replace(/^CMD gunicorn (.*)$/m, (_, args: string) => `CMD ${JSON.stringify(['gunicorn', ...args.split(' ')])}`));
      await expect(page.locator('.bv-stop li').first()).toContainText(t.stop);
    });

    test('has no axe violation with the Build view open', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await openBuild(page);
      await page.locator('#bv-picker').selectOption('file:requirements.txt');
      await expect(step(page, 3)).toHaveAttribute('data-rerun', 'true');
      await page.locator('.bv-file').first().locator('summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('from the keyboard alone: tabs, the picker and the file tree', async ({ page }) => {
  await page.goto(PG.en);
  await ready(page);
  // Into the editor (it turns into CodeMirror, where Tab indents), out with Esc then Tab, on to the tabs.
  // The textarea may have turned into CodeMirror (in .pg-editor's shadow root) by the time the
  // focus is checked: either counts as in the editor.
  await tabTo(page, () => !!document.activeElement?.closest('.pg-editor'));
  await expect(page.locator('.pg')).toHaveAttribute('data-editor', 'ready');
  await page.keyboard.press('Escape');
  await tabTo(page, () => document.activeElement?.id === 'pg-tab-findings');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Build' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Build' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.pg')).toHaveAttribute('data-build', 'ready');
  await expect(page.locator('#pg-panel-findings')).toBeHidden();
  // The original guide copies requirements.txt then runs pip install: changing it reruns both.
  await expect(step(page, 4)).toBeVisible();
  await tabTo(page, () => document.activeElement?.id === 'bv-picker');
  await page.keyboard.press('ArrowDown'); // main.py: nothing copies it
  await expect(page.locator('.bv-summary')).toContainText(T.en.nothing);
  await page.keyboard.press('ArrowDown'); // requirements.txt
  await expect(step(page, 3)).toHaveAttribute('data-rerun', 'true');
  await expect(step(page, 4)).toHaveAttribute('data-rerun', 'true');

  // Add a file, rename it, then delete it: every step from the keyboard.
  await tabTo(page, () => document.activeElement?.id === 'bv-new-file');
  await page.keyboard.type('src/app.py');
  await page.keyboard.press('Enter');
  await expect(page.locator('.bv-file[data-file="src/app.py"]')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab'); // back to the new file's row (a closed <details>: its summary)
  await expect(page.locator('.bv-file[data-file="src/app.py"] summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('app.py');
  await page.keyboard.press('Enter');
  await expect(page.locator('.bv-file[data-file="app.py"]')).toHaveCount(1);
  await expect(page.locator('#bv-picker option[value="file:app.py"]')).toHaveCount(1);
  await page.keyboard.press('Tab'); // content
  await page.keyboard.press('Tab'); // Delete
  await expect(page.getByRole('button', { name: 'Delete app.py' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.bv-file[data-file="app.py"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.closest('.pg-build') !== null)).toBe(true);
  // Back to Findings with the arrow keys.
  await page.getByRole('tab', { name: 'Build' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#pg-panel-findings')).toBeVisible();
  await expect(page.locator('#pg-panel-build')).toBeHidden();
});

test('the context is kept across a reload; a corrupt saved context starts fresh with a notice', async ({ page }) => {
  await page.goto(PG.en);
  await ready(page);
  await openBuild(page);
  await page.locator('#bv-new-file').fill('entrypoint.sh');
  await page.locator('#bv-new-file').press('Enter');
  await expect(page.locator('.bv-file[data-file="entrypoint.sh"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('estaleiro:playground:context'))).toContain('entrypoint.sh');
  await page.reload();
  await ready(page);
  await openBuild(page);
  await expect(page.locator('.bv-file[data-file="entrypoint.sh"]')).toHaveCount(1);
  await page.evaluate(() => localStorage.setItem('estaleiro:playground:context', '{broken'));
  await page.reload();
  await ready(page);
  await expect(page.locator('.pg-notice')).toContainText('could not be read');
  await openBuild(page);
  await expect(page.locator('.bv-file')).toHaveCount(2);
  await expect(page.locator('.bv-file[data-file="main.py"]')).toHaveCount(1);
});

test('#view=build opens the Build view on a shared text', async ({ page }) => {
  await page.goto(PG.en);
  await ready(page);
  const url = await page.evaluate(() => `${location.pathname}#view=build`);
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('.pg')).toHaveAttribute('data-build', 'ready');
  await expect(page.getByRole('tab', { name: 'Build' })).toHaveAttribute('aria-selected', 'true');
  await expect(step(page, 4)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the Build view fits and the picker works', async ({ page }) => {
    await page.goto(PG['pt-BR']);
    await ready(page);
    await page.getByRole('tab', { name: 'Build' }).tap();
    await expect(page.locator('.pg')).toHaveAttribute('data-build', 'ready');
    await page.locator('#bv-picker').selectOption('file:requirements.txt');
    await expect(step(page, 4)).toHaveAttribute('data-rerun', 'true');
    const box = await page.locator('#pg-panel-build').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
