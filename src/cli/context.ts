/**
 * A real directory as a build context: every file under it (relative, '/'-separated), its
 * .dockerignore, and a reader for small text files (entrypoint scripts). Like Docker's walker, a
 * directory .dockerignore excludes is not entered unless an exception (`!`) could bring a file
 * back; symbolic links are listed, never followed; the walk stops at `maxFiles`.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { openContext } from '../engine/insight/index.ts';
import type { BuildContext } from '../engine/insight/index.ts';

export const MAX_FILES = 100_000;
const MAX_READ = 256 * 1024;

export interface DirContext {
  context: BuildContext;
  /** The walk stopped at the file limit: answers about later files may be wrong. */
  truncated: boolean;
}

function readIgnore(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, '.dockerignore'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Throws (ENOENT, ENOTDIR, EACCES) when `dir` is not a readable directory. */
export function readContextDir(dir: string, maxFiles = MAX_FILES): DirContext {
  const root = resolve(dir);
  if (!lstatSync(root).isDirectory()) throw Object.assign(new Error(`${dir}: not a directory`), { code: 'ENOTDIR' });
  const dockerignore = readIgnore(root);
  // A matcher only to prune the walk; the context opened below is the one that answers.
  const pruner = dockerignore !== undefined ? openContext({ files: [], dockerignore }) : undefined;
  const canPrune = pruner !== undefined && !pruner.hasExceptions;
  const files: string[] = [];
  let truncated = false;
  const walk = (abs: string) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return; // unreadable directory: Docker would fail too, but the rest can still be explained
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (files.length >= maxFiles) {
        truncated = true;
        return;
      }
      const rel = relative(root, join(abs, e.name)).split(sep).join('/');
      if (e.isDirectory()) {
        if (canPrune && pruner.ignored(rel)) {
          files.push(`${rel}/`); // its name stays known (excluded), not its contents
          continue;
        }
        const before = files.length;
        walk(join(abs, e.name));
        if (files.length === before && !truncated) files.push(`${rel}/`);
      } else files.push(rel);
    }
  };
  walk(root);
  const read = (path: string): string | undefined => {
    const abs = resolve(root, path);
    if (!abs.startsWith(root + sep)) return undefined;
    try {
      const st = lstatSync(abs);
      if (!st.isFile() || st.size > MAX_READ) return undefined;
      const text = readFileSync(abs, 'utf8');
      return text.includes('\u0000') ? undefined : text;
    } catch {
      return undefined;
    }
  };
  return { context: openContext({ files, dockerignore, read }), truncated };
}
