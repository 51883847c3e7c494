import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChromium } from '../../scripts/chromium.ts';

function fakeBinary(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\necho Chromium 1.0\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('prefers CHROMIUM_PATH, and refuses one that does not exist instead of falling back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
    const own = fakeBinary(join(dir, 'my-chrome'));
    vi.stubEnv('CHROMIUM_PATH', own);
    expect(findChromium()).toEqual({ path: own, source: 'CHROMIUM_PATH' });
    vi.stubEnv('CHROMIUM_PATH', join(dir, 'missing'));
    expect(() => findChromium()).toThrow(/CHROMIUM_PATH is set to .*missing/);
  });

  it('takes a system browser before Playwright downloads, skipping one that does not start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('PLAYWRIGHT_BROWSERS_PATH', join(dir, 'cache'));
    const broken = fakeBinary(join(dir, 'usr/bin/chromium'));
    const chrome = fakeBinary(join(dir, 'usr/bin/google-chrome'));
    fakeBinary(join(dir, 'cache/chromium-1255/chrome-linux64/chrome'));
    expect(findChromium(undefined, [broken, chrome])?.path).toBe(broken);
    expect(findChromium((p) => p !== broken, [broken, chrome])).toEqual({ path: chrome, source: 'system' });
  });

  it("finds Playwright's newest download in any revision, full browser before headless shell", () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('PLAYWRIGHT_BROWSERS_PATH', dir);
    fakeBinary(join(dir, 'chromium-1200/chrome-linux/chrome'));
    const newest = fakeBinary(join(dir, 'chromium-1255/chrome-linux64/chrome'));
    fakeBinary(join(dir, 'chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell'));
    expect(findChromium(undefined, [])).toEqual({ path: newest, source: 'playwright' });
    expect(findChromium((p) => p !== newest, [])?.path).toMatch(/chromium_headless_shell-1255/);
  });

  it('says nothing is there when nothing is', () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('PLAYWRIGHT_BROWSERS_PATH', mkdtempSync(join(tmpdir(), 'chromium-')));
    expect(findChromium(undefined, [])).toBeUndefined();
  });
});
