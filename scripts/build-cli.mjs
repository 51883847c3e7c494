// Bundles the command-line tool (run by `npm install` through `prepare`, also when the repository
// is installed as a git dependency, e.g. by pre-commit), so `npx estaleiro lint Dockerfile` works
// where Node cannot run TypeScript. Plain JavaScript on purpose: it must run on Node 20.
//
// bin/estaleiro.mjs is a small launcher (it turns on Node's compile cache, then loads the rest);
// bin/lib/ holds the code, split so a run loads only what it uses (the YAML parser only when a
// config file exists, each output format only when chosen). Dependencies are bundled (no module
// resolution at start-up) and the rules' documentation is left out: a run prints messages, and
// SARIF's rule titles come baked from the catalogue at build time.
import { build } from 'esbuild';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/** Build-time helpers written in TypeScript, bundled to a temporary module so any Node can load them. */
async function buildTimeModule() {
  const dir = mkdtempSync(join(tmpdir(), 'estaleiro-build-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { stripProperties } from ${JSON.stringify(join(root, 'src/site/strip-rule-docs.ts'))};
export { ruleTexts } from ${JSON.stringify(join(root, 'src/cli/rule-text.ts'))};\n`);
  const out = join(dir, 'build-time.mjs');
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', external: ['vite'], logLevel: 'warning' });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { stripProperties, ruleTexts } = await buildTimeModule();

const cliPlugin = {
  name: 'estaleiro-cli',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\]engine[/\\]rules[/\\][^/\\]+\.ts$/ }, (args) => {
      if (args.path.endsWith('.test.ts')) return undefined;
      return { contents: stripProperties(readFileSync(args.path, 'utf8'), ['docs', 'examples']), loader: 'ts' };
    });
    b.onLoad({ filter: /[/\\]src[/\\]engine[/\\]syntax[/\\]codes\.ts$/ }, (args) =>
      ({ contents: stripProperties(readFileSync(args.path, 'utf8'), ['title', 'howToFix', 'bad', 'good']), loader: 'ts' }));
    b.onLoad({ filter: /[/\\]src[/\\]cli[/\\]rule-text\.ts$/ }, () =>
      ({ contents: `const TEXTS = JSON.parse(${JSON.stringify(JSON.stringify(ruleTexts()))});\nexport function ruleTexts() { return TEXTS; }\n`, loader: 'js' }));
  },
};

rmSync(join(root, 'bin'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { estaleiro: 'src/cli/bin.ts' },
  outdir: 'bin',
  entryNames: '[name]',
  chunkNames: 'lib/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The ES module builds of vscode-languageserver-types/-textdocument: smaller, no UMD wrapper.
  mainFields: ['module', 'main'],
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // CommonJS dependencies (yaml) require Node built-ins; ES modules have no `require` of their own.
  banner: { js: "import { createRequire as __estaleiroRequire } from 'node:module'; const require = __estaleiroRequire(import.meta.url);" },
  plugins: [cliPlugin],
  logLevel: 'warning',
});

const bin = join(root, 'bin/estaleiro.mjs');
writeFileSync(bin, `#!/usr/bin/env node\n${readFileSync(bin, 'utf8')}`);
chmodSync(bin, 0o755);
