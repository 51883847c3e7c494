import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extractCodeBlocks } from '../../src/guide/markdown.ts';
import { editorText, finding, loadEditor, PG, ready, savedText, setText } from './playground-helpers.ts';

const finalDockerfile = () => {
  const blocks = extractCodeBlocks(readFileSync('content/docs/en/steps/6-run.mdx', 'utf8')).filter((b) => b.lang === 'dockerfile');
  return `${blocks.at(-1)!.code}\n`;
};

test('templates: the final production Dockerfile from step 6 has no error or warning and passes the checklist items it claims', async ({ page }) => {
  await page.goto(PG.en);
  await ready(page);
  await expect(page.locator('.pg-score')).toContainText('Score');
  const before = await page.locator('.pg-checklist-list .pg-pass').count();
  await page.locator('.pg-templates').selectOption('final');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect.poll(() => editorText(page)).toBe(finalDockerfile());
  await expect(page.locator('.pg-finding-error, .pg-finding-warning')).toHaveCount(0);
  await expect.poll(() => page.locator('.pg-checklist-list .pg-pass').count()).toBeGreaterThan(before);
  for (const item of ['Runs as a non-root user', 'Has a HEALTHCHECK', 'Start command in exec form', 'Absolute WORKDIR set', 'OCI labels'])
    await expect(page.locator('.pg-checklist-list li', { hasText: item })).toHaveClass(/pg-pass/);
  // The copy button says the Dockerfile is valid.
  await expect(page.getByRole('button', { name: 'Copy (valid)' })).toBeVisible();
});

test('templates: the original guide is offered exactly as written, and other starting points are clean', async ({ page }) => {
  await page.goto(PG['pt-BR']);
  await ready(page);
  const options = await page.locator('.pg-templates option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(options).toEqual(expect.arrayContaining(['original', 'step-1', 'step-5', 'final', 'node', 'go', 'nginx']));
  for (const id of ['node', 'go', 'nginx']) {
    await page.locator('.pg-templates').selectOption(id);
    await page.getByRole('button', { name: 'Carregar', exact: true }).click();
    await expect(page.locator('.pg')).toHaveAttribute('data-state', 'ready');
    await expect.poll(() => editorText(page)).toContain('# syntax=docker/dockerfile:1');
    await expect(page.locator('.pg-finding-error, .pg-finding-warning')).toHaveCount(0);
  }
});

test('run commands follow the Dockerfile: a -p per EXPOSE, a -v per VOLUME, restart policy, compose with healthcheck and replicas', async ({ page }) => {
  await page.goto(PG.en);
  await ready(page);
  await setText(page, 'FROM alpine:3.22\nUSER 10001\nEXPOSE 8080 53/udp\nVOLUME ["/data"]\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]\nCMD ["sh"]\n');
  const run = page.locator('[data-command="run"]');
  await expect(run).toContainText('-p 8080:8080');
  await expect(run).toContainText('-p 53:53/udp');
  await expect(run).toContainText(':/data');
  await expect(run).toContainText('--restart unless-stopped');
  const compose = page.locator('[data-command="compose"]');
  await expect(compose).toContainText('test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8080/"]');
  await expect(compose).toContainText('replicas: 3');
  await expect(page.locator('[data-command="build"]')).toContainText('docker build');
});

test('hovering an instruction keyword explains it, in the page language, with a link', async ({ page }) => {
  await page.goto(PG['pt-BR']);
  await ready(page);
  await loadEditor(page);
  await page.locator('.cm-line', { hasText: 'CMD' }).getByText('CMD', { exact: true }).hover();
  const tip = page.locator('.pg-hover');
  await expect(tip).toBeVisible();
  await expect(tip.getByRole('link')).toHaveAttribute('href', '/instructions/cmd/');
  const description = /description: "?(.*?)"?\n/.exec(readFileSync('content/docs/instructions/cmd.mdx', 'utf8'))![1]!;
  await expect(tip).toContainText(description.slice(0, 40));
  // Keyboard readers get the same explanation for the line the cursor is on.
  await page.locator('.cm-line', { hasText: 'FROM' }).click();
  await expect(page.locator('.pg-explain')).toContainText('FROM');
  await expect(page.locator('.pg-explain').getByRole('link')).toHaveAttribute('href', '/instructions/from/');
});

test('Format, Fix all, Reset and Download act on the text, and undo takes them back', async ({ page }) => {
  await page.goto(PG.en);
  await ready(page);
  await setText(page, 'from alpine:3.22\nuser 10001\nexpose 80/TCP\nenv A 1\n');
  await page.getByRole('button', { name: 'Fix all' }).click();
  await expect.poll(() => editorText(page)).toContain('80/tcp');
  expect(await editorText(page)).toContain('A=1');
  await page.getByRole('button', { name: 'Format' }).click();
  await expect(page.locator('.pg-status')).toContainText('Formatted');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('Dockerfile');
  const beforeReset = await editorText(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => editorText(page)).toBe('');
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorText(page)).toBe(beforeReset);
  // Reset also kept a backup that survives a reload.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => savedText(page)).toBe('');
  await page.reload();
  await ready(page);
  await page.locator('.pg-toolbar').getByRole('button', { name: 'Restore my previous text' }).click();
  await expect.poll(() => editorText(page)).toBe(beforeReset);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the editor and findings stack and typing works', async ({ page }) => {
    await page.goto(PG['pt-BR']);
    await ready(page);
    const editor = await page.locator('.pg-editor').boundingBox();
    const side = await page.locator('.pg-side').boundingBox();
    expect(side!.y).toBeGreaterThan(editor!.y + editor!.height - 1);
    expect(editor!.width).toBeLessThanOrEqual(390);
    await page.locator('.pg-textarea').tap();
    await expect(page.locator('.pg')).toHaveAttribute('data-editor', 'ready');
    await page.keyboard.insertText('# do celular\n');
    await expect.poll(() => editorText(page)).toContain('# do celular');
  });
});
