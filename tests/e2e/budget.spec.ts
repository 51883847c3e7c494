/**
 * The playground's size budget, measured on what a browser really downloads (gzip level 9 of
 * each JS file): its first load stays under 125 KB. Guide pages are held to a rule page's
 * JavaScript in pages.spec, on the same visit that checks them. Sizes, not times: these
 * machines are too noisy for timing assertions.
 */
import { expect, test } from '@playwright/test';
import { javaScriptOf } from './javascript-bytes.ts';
import { BASE_URL } from './server.ts';

// 120 KB until December 2026; 125 KB since the engine gained BuildKit's checks and rejections
// (about 40 more rules, each with messages in both languages, all needed for the first lint).
// Everything a first lint does not need stays out of the first load, as asserted below.
test('the playground loads under 125 KB of JavaScript (gzip) before the reader interacts', async ({ browser }) => {
  const { total, files } = await javaScriptOf(browser, `${BASE_URL}/playground/`, async (p) => {
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
