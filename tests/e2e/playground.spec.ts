import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { deflateRawSync } from 'node:zlib';
import { extractCodeBlocks } from '../../src/guide/markdown.ts';
import { readPage } from '../../src/guide/pages.ts';
import { editorText, finding, loadEditor, paste, PG, ready, savedText, setText } from './playground-helpers.ts';

const encode = (text: string) => deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');

const MESSAGES = {
  'pt-BR': { python: 'não existe nesta imagem', explain: 'Entenda a regra', fix: 'Corrigir', open: 'Abrir no playground' },
  en: { python: 'does not exist in this image', explain: 'About this rule', fix: 'Fix', open: 'Open in playground' },
} as const;

for (const locale of ['pt-BR', 'en'] as const) {
  const m = MESSAGES[locale];
  const prefix = locale === 'en' ? '/en' : '';

  test.describe(`playground (${locale})`, () => {
    test('shows the original guide with its findings in the page language', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      expect(await editorText(page)).toContain('FROM ubuntu:latest');
      for (const rule of ['python-not-found', 'pip-externally-managed', 'start-file-not-copied', 'base-image-latest', 'no-user'])
        await expect(finding(page, rule)).toBeVisible();
      await expect(finding(page, 'python-not-found')).toContainText(m.python);
      await expect(page.locator('.pg-finding-error')).toHaveCount(3);
    });

    test('a fix removes its finding and undo brings it back', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await finding(page, 'python-not-found').getByRole('button', { name: new RegExp(m.fix) }).click();
      await expect(finding(page, 'python-not-found')).toHaveCount(0);
      expect(await editorText(page)).toContain('CMD ["python3", "main.py"]');
      await page.keyboard.press('ControlOrMeta+Z');
      await expect(finding(page, 'python-not-found')).toHaveCount(1);
      expect(await editorText(page)).toContain('CMD ["python", "main.py"]');
    });

    test("a finding's link opens its rule page", async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await finding(page, 'python-not-found').getByRole('link', { name: new RegExp(`python-not-found|${m.explain}`) }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/rules/python-not-found/$`));
      await expect(page.locator('h1')).toHaveText('python-not-found');
    });

    test('clicking a finding selects its range in the editor', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await finding(page, 'base-image-latest').locator('.pg-goto').click();
      await expect(page.locator('.pg')).toHaveAttribute('data-editor', 'ready');
      await expect.poll(() => page.evaluate(() => {
        const root = document.querySelector('.pg-editor')?.shadowRoot as unknown as { getSelection?: () => Selection | null } | null;
        return (root?.getSelection?.() ?? document.getSelection())?.toString();
      })).toBe('ubuntu:latest');
    });

    test('text survives a reload', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await setText(page, 'FROM alpine:3.22\nUSER 10001\n');
      await expect(finding(page, 'no-user')).toHaveCount(0);
      await expect.poll(() => savedText(page)).toBe('FROM alpine:3.22\nUSER 10001\n');
      await page.reload();
      await ready(page);
      expect(await editorText(page)).toBe('FROM alpine:3.22\nUSER 10001\n');
    });

    test('share puts the Dockerfile in a link that opens in a fresh browser', async ({ page, context, browser }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(PG[locale]);
      await ready(page);
      const text = 'FROM node:24-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
      await setText(page, text);
      await page.getByRole('button', { name: locale === 'en' ? 'Share' : 'Compartilhar' }).click();
      await expect(page.locator('.pg-status')).toContainText(locale === 'en' ? 'Link copied' : 'Link copiado');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain(`${PG[locale]}#code=`);
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(link);
      await ready(other);
      expect(await editorText(other)).toBe(text);
      await fresh.close();
    });

    test('opening a shared link keeps the reader\'s own text and offers it back', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(PG[locale]);
      await ready(page);
      await setText(page, 'FROM alpine:3.22\nUSER 10001\n# my work\n');
      await expect.poll(() => savedText(page)).toBe('FROM alpine:3.22\nUSER 10001\n# my work\n');
      await page.goto('about:blank');
      await page.goto(`${PG[locale]}#code=${encode('FROM alpine:3.22\nUSER 65534\n')}`);
      expect(await editorText(page)).toBe('FROM alpine:3.22\nUSER 65534\n');
      await ready(page);
      await expect(page.locator('.pg-notice')).toBeVisible();
      await page.locator('.pg-notice button').click();
      await expect.poll(() => editorText(page)).toBe('FROM alpine:3.22\nUSER 10001\n# my work\n');
    });

    test('opens an example from an instruction page', async ({ page }) => {
      await page.goto(`${prefix}/instructions/from/`);
      const first = extractCodeBlocks(readPage(`content/docs${prefix}/instructions/from.mdx`)).find((b) => b.lang === 'dockerfile')!;
      await page.getByRole('link', { name: m.open }).first().click();
      await ready(page);
      expect(await editorText(page)).toBe(first.code);
    });

    test('has no axe violation once the editor and findings are shown', async ({ page }) => {
      await page.goto(PG[locale]);
      await ready(page);
      await loadEditor(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('playground from the keyboard alone', () => {
  test('type, leave the editor with Esc then Tab, reach a Fix button and apply it', async ({ page }) => {
    await page.goto(PG.en);
    await ready(page);
    // Tab from the top of the page into the editor (a textarea that turns into CodeMirror on focus,
    // maybe before the focus is checked: CodeMirror lives in .pg-editor's shadow root).
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('.pg-editor'))) break;
    }
    await expect(page.locator('.pg')).toHaveAttribute('data-editor', 'ready');
    expect(await page.locator('.cm-content').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('FROM alpine:3.22\nUSER 10001\nCMD ["python", "main.py"]\nEXPOSE 80/TCP\n');
    await expect(finding(page, 'expose-proto-casing')).toHaveCount(1);
    // Tab inside the editor indents; Esc then Tab leaves it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.pg-editor'))).toBeNull();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      reached = await page.evaluate(() => !!document.activeElement?.closest('.pg-finding[data-rule="expose-proto-casing"]') && document.activeElement?.classList.contains('pg-fix'));
      if (!reached) await page.keyboard.press('Tab');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(finding(page, 'expose-proto-casing')).toHaveCount(0);
    expect(await editorText(page)).toContain('EXPOSE 80/tcp');
  });
});

test.describe('bad input', () => {
  test('malformed and truncated share links say so and change nothing', async ({ page }) => {
    await page.goto(PG.en);
    await ready(page);
    await setText(page, 'FROM alpine:3.22\nUSER 10001\n# keep me\n');
    await expect.poll(() => savedText(page)).toBe('FROM alpine:3.22\nUSER 10001\n# keep me\n');
    const valid = encode('FROM alpine:3.22\nRUN echo this link will be cut in half\nUSER 10001\n');
    for (const hash of ['#code=%%%not-base64', `#code=${valid.slice(0, Math.floor(valid.length / 2))}`, '#code=']) {
      await page.goto(`about:blank`);
      await page.goto(`${PG.en}${hash}`);
      await ready(page);
      await expect(page.locator('.pg-notice')).toContainText(/truncated or corrupted|does not contain text/);
      expect(await editorText(page)).toBe('FROM alpine:3.22\nUSER 10001\n# keep me\n');
    }
  });

  test('script and onerror payloads in a share link never run', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(PG.en);
    await ready(page);
    // Messages repeat parts of the text (the image name, the URL): they must show as text.
    const payload = 'FROM <img src=x onerror="window.__pwned=1;alert(1)">\nADD https://x.example/<svg/onload=window.__pwned=2;alert(2)> /o/\nLABEL x="<script>window.__pwned=3;alert(3)</script>"\nUSER 10001\n';
    await setText(page, payload);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.goto('about:blank');
    await page.goto(link);
    await ready(page);
    expect(await editorText(page)).toBe(payload);
    // Once the findings that echo the payload are shown and every request has settled, a payload
    // that was rendered as HTML would have loaded (and failed) its image and run its handler.
    await expect(page.locator('.pg-findings-list')).toContainText('<svg/onload=window.__pwned=2;alert(2)>');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('.pg img, .pg svg, .pg script:not([type="application/json"])').count()).toBe(0);
  });

  test('a 5 MB paste keeps the page responsive, says why checking paused, and keeps the text', async ({ page }) => {
    await page.goto(PG.en);
    await ready(page);
    const big = 'FROM alpine:3.22\n' + 'RUN echo "a line of a very large generated Dockerfile"\n'.repeat(100_000);
    await paste(page, big);
    await expect(page.locator('.pg-notice')).toContainText('MB');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('# still typing');
    await expect(page.locator('.cm-content')).toContainText('# still typing');
  });

  test('binary garbage is reported, not linted', async ({ page }) => {
    await page.goto(PG.en);
    await ready(page);
    await paste(page, 'FROM alpine\u0000\u0001\u00ff\uFFFD garbage');
    await expect(page.locator('.pg-notice')).toContainText('binary');
  });

  test('a megabyte-long line is linted in the worker without freezing the page', async ({ page }) => {
    await page.goto(PG.en);
    await ready(page);
    await paste(page, `FROM alpine:3.22\nUSER 10001\nRUN echo ${'x'.repeat(999_000)}\n`);
    await expect(page.locator('.pg-status')).toContainText('checked in', { timeout: 120_000 }) // a hang guard: 1 MB of text on a loaded machine;
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });
});
