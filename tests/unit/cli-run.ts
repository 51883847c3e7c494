/** Runs the command-line tool as a user does: a real process, in a directory, with an environment. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const MAIN = resolve('src/cli/main.ts');
export const BIN = resolve('bin/estaleiro.mjs');
export const ORIGINAL = resolve('tests/fixtures/cli/original-guide.Dockerfile');

/** A fresh directory, also used as HOME so no config of the machine's user is found. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'estaleiro-cli-'));
}

export interface RunOptions {
  input?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** The script to run: the bundle by default (tests/unit/build-cli.setup.ts builds it from the source first). */
  entry?: string;
}

export function cli(args: string[], opts: RunOptions = {}) {
  const cwd = opts.cwd ?? process.cwd();
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, LANG: 'C', HOME: opts.cwd ?? tempDir(), ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [opts.entry ?? BIN, ...args], { input: opts.input, encoding: 'utf8', cwd, env: env as NodeJS.ProcessEnv });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
