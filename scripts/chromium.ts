/**
 * Where the browser tests and the bench find a Chromium: `CHROMIUM_PATH` when set, else the first
 * Chromium or Chrome on this machine (Debian's and Ubuntu's packages, Google Chrome, then
 * Playwright's own downloads in any revision). Finding only; `ensure-chromium.ts` installs one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Flags for a headless Chromium on a closed network, as root, in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

/** Playwright's browser folder: `PLAYWRIGHT_BROWSERS_PATH` or its default per platform. */
function playwrightCache(): string {
  const own = process.env.PLAYWRIGHT_BROWSERS_PATH;
  if (own && own !== '0') return own;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ms-playwright');
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA ?? homedir(), 'ms-playwright');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ms-playwright');
}

/** Every Chromium that Playwright downloaded, newest revision first (full browser before headless shell). */
function playwrightBrowsers(): string[] {
  const root = playwrightCache();
  if (!existsSync(root)) return [];
  const revisions = readdirSync(root)
    .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()) || a.length - b.length);
  const binaries = ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell',
    'chrome-linux/headless_shell', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-win/chrome.exe'];
  return revisions.flatMap((d) => binaries.map((b) => join(root, d, b))).filter((p) => existsSync(p));
}

/** True when the binary starts (a package whose libraries are missing fails here, not in the tests). */
export function runs(path: string): boolean {
  try {
    execFileSync(path, ['--headless', '--no-sandbox', '--version'], { stdio: 'ignore', timeout: 120_000 });
    return true;
  } catch {
    return false;
  }
}

export interface Found {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

/** The Chromium to use, or undefined. A `CHROMIUM_PATH` that does not exist is an error, not a fallback. */
export function findChromium(check: (path: string) => boolean = existsSync, systemPaths: readonly string[] = SYSTEM_PATHS): Found | undefined {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    if (!existsSync(own)) throw new Error(`CHROMIUM_PATH is set to ${own}, which does not exist`);
    return { path: own, source: 'CHROMIUM_PATH' };
  }
  const system = systemPaths.find((p) => existsSync(p) && check(p));
  if (system) return { path: system, source: 'system' };
  const downloaded = playwrightBrowsers().find((p) => check(p));
  return downloaded ? { path: downloaded, source: 'playwright' } : undefined;
}

/** Where `ensure-chromium.ts` records the browser it settled on (under node_modules: per checkout, never committed). */
export const CHOSEN_FILE = join(import.meta.dirname, '..', 'node_modules', '.cache', 'estaleiro', 'chromium');

/**
 * The browser for Playwright and the bench: `CHROMIUM_PATH`, else the one `npm test` settled on,
 * else the first one found. Throws with what to run when there is none.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(CHOSEN_FILE)) {
    const chosen = readFileSync(CHOSEN_FILE, 'utf8').trim();
    if (existsSync(chosen)) return chosen;
  }
  const found = findChromium();
  if (!found) throw new Error('no Chromium found: run `node scripts/ensure-chromium.ts` (npm test does), or set CHROMIUM_PATH');
  return found.path;
}
