/**
 * `npm test` provides its own browser: this runs first and makes sure a Chromium that starts is
 * on the machine. It uses `CHROMIUM_PATH` when set, else one it finds (scripts/chromium.ts), else
 * installs one: Debian's `chromium` package when it runs as root on Debian (which brings the
 * libraries it needs), Playwright's own download elsewhere (with `--with-deps` as root on Ubuntu,
 * whose `chromium` package is a snap). Only then does it fail, with one line saying what to install.
 * The path it settles on is written to node_modules/.cache/estaleiro/chromium for the test config.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHOSEN_FILE, findChromium, runs, type Found } from './chromium.ts';

function osRelease(): { id: string; like: string[] } {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
    return { id: field('ID'), like: field('ID_LIKE').split(/\s+/).filter(Boolean) };
  } catch {
    return { id: '', like: [] };
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`estaleiro: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  return r.status === 0;
}

const aptInstall = () =>
  run('apt-get', ['update', '-qq']) &&
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });

const playwrightInstall = (withDeps: boolean) =>
  run('npx', ['--no-install', 'playwright', 'install', ...(withDeps ? ['--with-deps'] : []), 'chromium']);

/** The ways to install a Chromium here, most reliable first. */
function installers(): Array<() => boolean> {
  const root = process.getuid?.() === 0;
  const os = osRelease();
  const debian = os.id === 'debian';
  const ubuntu = os.id === 'ubuntu' || os.like.includes('ubuntu');
  const aptUsable = root && (debian || os.like.includes('debian')) && !ubuntu && existsSync('/usr/bin/apt-get');
  if (aptUsable) return [aptInstall, () => playwrightInstall(false)];
  return [() => playwrightInstall(root && ubuntu)];
}

function settle(found: Found): void {
  mkdirSync(dirname(CHOSEN_FILE), { recursive: true });
  writeFileSync(CHOSEN_FILE, found.path);
  console.log(`estaleiro: browser tests use ${found.path} (${found.source})`);
}

function main(): number {
  let found: Found | undefined;
  try {
    found = findChromium(runs);
  } catch (e) {
    console.error(`estaleiro: ${(e as Error).message}. Point it at a Chrome or Chromium binary, or unset it.`);
    return 1;
  }
  for (const install of found ? [] : installers()) {
    if (install()) found = findChromium(runs);
    if (found) break;
  }
  if (!found) {
    console.error('estaleiro: the browser tests need Chromium and none could be installed: run `sudo apt-get install chromium` (Debian) or `npx playwright install --with-deps chromium` (elsewhere), or set CHROMIUM_PATH to a Chrome/Chromium binary.');
    return 1;
  }
  settle(found);
  return 0;
}

process.exit(main());
