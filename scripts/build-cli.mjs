// Bundles the command-line tool into bin/estaleiro.mjs (run by `npm install` through `prepare`),
// so `npx estaleiro lint Dockerfile` works where Node cannot run TypeScript (inside node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'bin/estaleiro.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});

const { chmodSync } = await import('node:fs');
chmodSync('bin/estaleiro.mjs', 0o755);
