/**
 * Vitest global setup: bundles the command-line tool from the current source at the start of
 * each run, so the CLI tests run `bin/estaleiro.mjs` (what `npx estaleiro` runs) built from what
 * they test (in watch mode, restart Vitest after editing src/cli or the engine). Running the bundle rather than src/cli/main.ts costs a third of the start-up per process.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/build-cli.mjs failed:\n${r.stderr}${r.stdout}`);
}
