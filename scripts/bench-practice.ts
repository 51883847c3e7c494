// npm run bench:practice — exercises, measured (never asserted in tests):
// 1. evaluateChecks on the capstone in Node (lint + every predicate, median ms);
// 2. in Chromium, on the built site: check results' latency after the last keystroke on the
//    capstone (target: median under 100 ms, the 25 ms typing pause included);
// 3. the JavaScript each page ships before interaction (gzip -9), pages with exercises against a
//    rule page (no component of ours): no growth allowed.
// Exits 1 when a target is missed.
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { existsSync } from 'node:fs';
import { EXERCISES, EXERCISES_BY_ID } from '../content/exercises/index.ts';
import { evaluateChecks } from '../src/engine/checks/evaluate.ts';
import { BASELINE_PAGE, javaScriptOf } from '../tests/e2e/javascript-bytes.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const capstone = EXERCISES_BY_ID.get('checklist-capstone')!;
let failed = false;

console.log('\n1. evaluateChecks on the capstone, in Node (median ms)\n');
for (let i = 0; i < 20; i++) evaluateChecks(`${capstone.solutions[0]}# warm ${i}\n`, capstone.checks, 'en');
const samples: number[] = [];
for (let i = 0; i < 100; i++) {
  const t0 = performance.now();
  evaluateChecks(`${capstone.solutions[0]}# run ${i}\n`, capstone.checks, 'en');
  samples.push(performance.now() - t0);
}
console.log(`${capstone.checks.length} checks: median ${median(samples).toFixed(2)} ms, p95 ${p95(samples).toFixed(2)} ms`);

await browser().catch((e) => { console.log(`\n2–3. skipped: ${(e as Error).message}`); });
console.log(failed ? '\nA target was missed.' : '\nAll targets met.');
process.exit(failed ? 1 : 0);

async function browser(): Promise<void> {
  if (!existsSync('dist/checklist/index.html')) throw new Error('no built site: run `npm run build` first');
  const { chromium } = await import('@playwright/test');
  const server = await startPreview(4398);
  const base = server.url;
  try {
    const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      await latency(b, base);
      await budget(b, base);
    } finally {
      await b.close();
    }
  } finally {
    await server.stop();
  }
}

type Browser = Awaited<ReturnType<(typeof import('@playwright/test'))['chromium']['launch']>>;

async function latency(b: Browser, base: string): Promise<void> {
  console.log('\n2. Capstone: keystroke → check results (Chromium)\n');
  const page = await b.newPage();
  await page.goto(`${base}/en/checklist/`);
  const root = page.locator('[data-exercise-id="checklist-capstone"]');
  await root.locator('.ex-textarea').focus();
  await page.locator('[data-exercise-id="checklist-capstone"][data-editor="ready"]').waitFor();
  await page.keyboard.press('ControlOrMeta+End');
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    await page.evaluate(() => {
      const w = window as unknown as { measure?: Promise<number> };
      w.measure = new Promise<number>((resolve) => {
        const el = document.querySelector<HTMLElement>('[data-exercise-id="checklist-capstone"]')!;
        let start = 0;
        const obs = new MutationObserver(() => {
          if (start && el.dataset.checking === 'false') {
            obs.disconnect();
            resolve(performance.now() - start);
          }
        });
        obs.observe(el, { attributes: true, attributeFilter: ['data-checking'] });
        document.addEventListener('keydown', () => { start = performance.now(); }, { once: true, capture: true });
      });
    });
    await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
    times.push(await page.evaluate(() => (window as unknown as { measure: Promise<number> }).measure));
  }
  await page.close();
  const m = median(times);
  console.log(`median ${m.toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms (target: median < 100 ms; includes the 25 ms typing pause)`);
  if (m >= 100) failed = true;
}

async function budget(b: Browser, base: string): Promise<void> {
  console.log('\n3. JavaScript before interaction (gzip -9 bytes)\n');
  const baseline = (await javaScriptOf(b, `${base}${BASELINE_PAGE}`)).total;
  console.log(`${`${BASELINE_PAGE} (baseline)`.padEnd(45)} ${String(baseline).padStart(7)}`);
  const pages = [...new Set(EXERCISES.map((e) => e.page))].flatMap((p) => [`/${p}/`, `/en/${p}/`]);
  for (const path of [...pages, '/practice/', '/en/practice/']) {
    const bytes = (await javaScriptOf(b, `${base}${path}`)).total;
    const count = EXERCISES.filter((e) => path.replace(/^\/en/, '') === `/${e.page}/`).length;
    console.log(`${`${path} (${count} exercises)`.padEnd(45)} ${String(bytes).padStart(7)}${bytes > baseline ? '  OVER the baseline' : ''}`);
    if (bytes > baseline) failed = true;
  }
}
