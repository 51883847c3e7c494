import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirname, normalize, sep } from './browser-path.ts';

const PATHS = ['', '.', './', '/', '//', 'a', 'a/', 'a//b', './a/./b/', '../a', 'a/../..', '/../a', '/a/b/../c/', 'a/b/..', '..', '../', 'a/.', '.git', 'src/**/*.py',
  '!main.py', 'a\\b', '///x//', 'x/y/z/', '/x', 'x/../../y/./z'];

describe('the browser stand-in for path (POSIX)', () => {
  it('normalizes and takes dirnames exactly as Node does', () => {
    expect(sep).toBe(posix.sep);
    for (const p of PATHS) {
      expect([p, normalize(p)]).toEqual([p, posix.normalize(p)]);
      expect([p, dirname(p)]).toEqual([p, posix.dirname(p)]);
    }
  });
});
