/**
 * Property-based tests of the engine as a whole: whatever the input — random text, random
 * mutations of real Dockerfiles, huge files — lint never throws, no rule crashes, and every
 * finding's range and fix lie inside the document.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectInside, strictLint } from '../../src/engine/testing.ts';
import { DOCKERFILE_LANGS, extractCodeBlocks } from '../../src/guide/markdown.ts';
import { EXTRA_TEMPLATES, ORIGINAL_GUIDE } from '../../src/playground/templates.ts';

const seeds: string[] = [ORIGINAL_GUIDE, ...EXTRA_TEMPLATES.map((t) => t.text)];
for (const dir of ['content/docs/steps', 'content/docs/instructions']) {
  for (const f of readdirSync(dir)) {
    for (const b of extractCodeBlocks(readFileSync(`${dir}/${f}`, 'utf8'))) if (DOCKERFILE_LANGS.has(b.lang)) seeds.push(b.code);
  }
}
try {
  for (const f of readdirSync('tests/fixtures/dockerfiles')) seeds.push(readFileSync(`tests/fixtures/dockerfiles/${f}`, 'utf8'));
} catch { /* fixtures are optional here */ }

/** Dockerfile-ish fragments that make random text more likely to reach the rules. */
const FRAGMENTS = ['FROM ', 'RUN ', 'COPY ', 'ADD ', 'CMD ', 'ENTRYPOINT ', 'ENV ', 'ARG ', 'LABEL ', 'USER ', 'WORKDIR ', 'EXPOSE ', 'VOLUME ',
  'HEALTHCHECK ', 'SHELL ', 'ONBUILD ', 'STOPSIGNAL ', 'MAINTAINER ', ' AS ', '--from=', '--mount=type=cache,target=/x ', '\\\n', '\n', '"', "'",
  '[', ']', '${', '}', '$(', ')', '&&', '|', ';', '<<EOF\n', '\nEOF\n', '# escape=`\n', '# check=skip=all\n', '# hadolint ignore=DL3008\n',
  'apt-get install -y ', 'pip install ', 'python ', 'ubuntu:latest', 'alpine:3.22', ' -o pipefail', '\t', '\r\n', '\u0000', '😀', 'é'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function mutate(text: string, ms: { kind: string; at: number; text?: string; length?: number }[]): string {
  let out = text;
  for (const m of ms) {
    const at = out.length ? m.at % (out.length + 1) : 0;
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else {
      const lines = out.split('\n');
      const i = lines.length ? m.at % lines.length : 0;
      lines.splice(i, 0, lines[i] ?? '');
      out = lines.join('\n');
    }
  }
  return out;
}

describe('lint on any input', () => {
  it('never throws and keeps ranges inside the document, on random text', { timeout: 900_000 }, () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }),
      (parts) => { const text = parts.join(''); expectInside(text, strictLint(text)); }), { numRuns: 400 });
  });

  it('never throws and keeps ranges inside the document, on mutations of real Dockerfiles', { timeout: 900_000 }, () => {
    fc.assert(fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.constantFrom('pt-BR' as const, 'en' as const),
      (seed, ms, locale) => { const text = mutate(seed, ms); expectInside(text, strictLint(text, locale)); }), { numRuns: 300 });
  });

  it('handles huge inputs: a 1 MB file, a megabyte-long line, thousands of stages', { timeout: 900_000 }, () => {
    const big = seeds.join('\n').repeat(Math.ceil(1_000_000 / seeds.join('\n').length));
    expectInside(big, strictLint(big));
    const longLine = `FROM alpine:3.22\nRUN echo ${'x'.repeat(1_000_000)} | wc -c\nUSER 10001\n`;
    const found = strictLint(longLine);
    expectInside(longLine, found);
    expect(found.some((f) => f.rule === 'pipefail')).toBe(true);
    const stages = Array.from({ length: 3000 }, (_, i) => `FROM alpine:3.22 AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /a`).join('\n');
    expectInside(stages, strictLint(stages));
  });
});

describe('regressions found by the properties', () => {
  it('survives dockerfile-utils overflowing its stack on a file with no FROM, and still says so', () => {
    const found = strictLint('\tCMD $!');
    expect(found.map((f) => f.rule)).toContain('syntax-no-source-image');
  });
});
