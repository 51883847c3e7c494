/** readContextDir: a real directory as a build context (mkdtemp trees). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContextDir } from '../../src/cli/context.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'estaleiro-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('readContextDir', () => {
  it('lists every file, relative and sorted, with the .dockerignore applied', () => {
    const dir = tree({ 'main.py': 'x', 'app/views.py': 'y', 'README.md': '#', '.dockerignore': '*.md\n' });
    const { context, truncated } = readContextDir(dir);
    expect(truncated).toBe(false);
    expect(context.files).toEqual(['.dockerignore', 'README.md', 'app/views.py', 'main.py']);
    expect(context.sent).toEqual(['.dockerignore', 'app/views.py', 'main.py']);
    expect(context.read('main.py')).toBe('x');
    expect(context.read('../outside')).toBeUndefined();
  });

  it('does not enter a directory .dockerignore excludes, unless an exception could bring a file back', () => {
    const files = { 'main.py': '', 'node_modules/a/index.js': '', 'node_modules/b/index.js': '' };
    const pruned = readContextDir(tree({ ...files, '.dockerignore': 'node_modules\n' })).context;
    expect(pruned.files).toEqual(['.dockerignore', 'main.py', 'node_modules']);
    expect(pruned.ignored('node_modules/a/index.js')).toBe(true);
    const walked = readContextDir(tree({ ...files, '.dockerignore': 'node_modules\n!node_modules/a\n' })).context;
    expect(walked.sent).toEqual(['.dockerignore', 'main.py', 'node_modules/a/index.js']);
  });

  it('stops at the file limit and says so; lists symbolic links without following them; keeps empty directories', () => {
    const dir = tree({ 'a.txt': '', 'b.txt': '', 'c.txt': '', 'd.txt': '' });
    mkdirSync(join(dir, 'empty'));
    symlinkSync('/', join(dir, 'root-link'));
    const all = readContextDir(dir);
    expect(all.context.files).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'empty', 'root-link']);
    const some = readContextDir(dir, 2);
    expect(some.truncated).toBe(true);
    expect(some.context.files).toEqual(['a.txt', 'b.txt']);
  });

  it('throws for a missing directory or a file', () => {
    const dir = tree({ 'f.txt': '' });
    expect(() => readContextDir(join(dir, 'nope'))).toThrow();
    expect(() => readContextDir(join(dir, 'f.txt'))).toThrow(/not a directory/);
  });
});
