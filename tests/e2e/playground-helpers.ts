import { expect, type Page } from '@playwright/test';

export const PG = { 'pt-BR': '/playground/', en: '/en/playground/' } as const;

/** The editor's text: the plain textarea before CodeMirror loads, CodeMirror's rendered lines after. */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const textarea = document.querySelector<HTMLTextAreaElement>('.pg-textarea');
    if (textarea) return textarea.value;
    const content = document.querySelector('.pg-editor')?.shadowRoot?.querySelector('.cm-content');
    return Array.from(content?.querySelectorAll('.cm-line') ?? []).map((l) => l.textContent ?? '').join('\n');
  });
}

/** The page has linted its initial text. */
export async function ready(page: Page): Promise<void> {
  await expect(page.locator('.pg')).toHaveAttribute('data-state', 'ready');
}

/** Focuses the editor, which loads CodeMirror the first time. */
export async function loadEditor(page: Page): Promise<void> {
  if (await page.locator('.pg-textarea').count()) await page.locator('.pg-textarea').focus();
  await expect(page.locator('.pg')).toHaveAttribute('data-editor', 'ready');
}

/** Replaces the editor's text the way a user does: select all, then type (insertText avoids auto-indent). */
export async function setText(page: Page, text: string): Promise<void> {
  await loadEditor(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Pastes text into the editor through a real paste event, as Ctrl+V of a big file does. */
export async function paste(page: Page, text: string): Promise<void> {
  await loadEditor(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.locator('.cm-content').evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export const finding = (page: Page, rule: string) => page.locator(`.pg-finding[data-rule="${rule}"]`);

/** What the playground has saved for the reader (it saves a moment after typing stops). */
export const savedText = (page: Page) => page.evaluate(() => localStorage.getItem('estaleiro:playground:text'));
