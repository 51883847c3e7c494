import { describe, expect, it } from 'vitest';
import { checkGuide, checkPair } from '../../src/guide/check.ts';
import { pagePairs, readPage } from '../../src/guide/pages.ts';
import { extractCodeBlocks, metaValue } from '../../src/guide/markdown.ts';
import { yamlKind } from '../../src/guide/yaml-blocks.ts';
import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const INSTRUCTIONS = ['from', 'run', 'copy', 'add', 'entrypoint', 'cmd', 'volume', 'env', 'label', 'stopsignal',
  'healthcheck', 'workdir', 'user', 'arg', 'onbuild', 'shell', 'expose'];
const REQUIRED = ['index.mdx', 'checklist.mdx', 'high-availability.mdx', 'hardening.mdx', 'build-cache-ci.mdx', 'instructions/index.mdx',
  ...INSTRUCTIONS.map((i) => `instructions/${i}.mdx`),
  'steps/1-dockerfile.mdx', 'steps/2-dependencies.mdx', 'steps/3-application.mdx',
  'steps/4-start-command.mdx', 'steps/5-build.mdx', 'steps/6-run.mdx',
  'supply-chain.mdx'];

describe('the guide', () => {
  const pairs = pagePairs();

  it('has every required page in both languages', () => {
    const paths = new Map(pairs.map((p) => [p.path, p]));
    for (const path of REQUIRED) {
      const pair = paths.get(path);
      expect(pair?.pt, `pt-BR ${path}`).toBeDefined();
      expect(pair?.en, `en ${path}`).toBeDefined();
    }
  });

  it('checks the Compose files and the CI workflow it shows as such, not just as YAML', () => {
    const kinds = (path: string) => extractCodeBlocks(readPage(`content/docs/${path}`))
      .filter((b) => b.lang === 'yaml').map((b) => yamlKind(metaValue(b.meta, 'title'), b.code));
    expect(kinds('build-cache-ci.mdx')).toEqual(['workflow']);
    expect(kinds('hardening.mdx')).toEqual(['compose', 'other']);
    expect(kinds('high-availability.mdx')).toEqual(['compose', 'other']);
    expect(kinds('instructions/stopsignal.mdx')).toEqual(['compose', 'other']);
  });

  it('keeps parity, frontmatter and valid Dockerfile examples on every page', () => {
    const problems = checkGuide(pairs).map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});

describe('the parity check itself', () => {
  function pair(pt: string, en: string) {
    const dir = mkdtempSync(join(tmpdir(), 'parity-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'p.mdx'), pt);
    writeFileSync(join(dir, 'en', 'p.mdx'), en);
    return { path: 'p.mdx', pt: join(dir, 'p.mdx'), en: join(dir, 'en', 'p.mdx') };
  }
  const fm = '---\ntitle: T\ndescription: A description that is long enough to satisfy the fifty character rule.\n---\n';

  it('accepts twins with the same sections and code blocks', () => {
    expect(checkPair(pair(`${fm}## Um\n\n\`\`\`sh\nls\n\`\`\`\n`, `${fm}## One\n\n\`\`\`sh\nls\n\`\`\`\n`))).toEqual([]);
  });

  it('reports a missing section, a missing code block and a bad marking that differs', () => {
    const messages = checkPair(pair(
      `${fm}## Um\n### Sub\n\`\`\`dockerfile bad="no-user"\nFROM a:1\n\`\`\`\n\`\`\`sh\nls\n\`\`\`\n`,
      `${fm}## One\n\`\`\`dockerfile\nFROM a:1\n\`\`\`\n`,
    )).map((p) => p.message);
    expect(messages.some((m) => m.startsWith('sections differ'))).toBe(true);
    expect(messages.some((m) => m.startsWith('code blocks differ'))).toBe(true);
    expect(messages.some((m) => m.includes('marked bad differently'))).toBe(true);
  });

  it('reports a YAML block that does not parse and a Compose file without services, at their page lines', () => {
    const page = `${fm}## Um\n\n\`\`\`yaml title="compose.yaml"\nservices:\n  app:\n    image: a:1\n   build: .\n\`\`\`\n\n\`\`\`yaml title="compose.yaml"\nnetworks: {}\n\`\`\`\n`;
    const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'p.mdx'), page);
    writeFileSync(join(dir, 'en', 'p.mdx'), page.replace('## Um', '## One'));
    const problems = checkGuide([{ path: 'p.mdx', pt: join(dir, 'p.mdx'), en: join(dir, 'en', 'p.mdx') }])
      .filter((p) => p.file === join(dir, 'p.mdx'));
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [11, 'YAML does not parse'],
      [15, 'a Compose file needs a top-level `services` key'],
    ]);
  });

  it('ignores headings inside code blocks', () => {
    expect(checkPair(pair(`${fm}\`\`\`sh\n## not a heading\n\`\`\`\n`, `${fm}\`\`\`sh\nls\n\`\`\`\n`))).toEqual([]);
  });
});
