import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';
import { BASE_URL, E2E_PORT } from './tests/e2e/server.ts';

// The browser: CHROMIUM_PATH, else the one `npm test` found or installed (scripts/ensure-chromium.ts).
// Verdicts never depend on the machine's speed: tests wait on conditions, and the time limits
// below only stop a test that hangs (they are many times what a loaded 2-core machine needs).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx astro preview --port ${E2E_PORT} --host 127.0.0.1`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
