/**
 * Properties of explain() on any input (the guide's Dockerfiles, fixtures, random mutations):
 * it never throws; only layer steps rerun, each with a reason; a stage's first rerun has a cause
 * and the rest point back at it; skipped stages never rerun; every stage a needed stage depends
 * on is needed and builds in an earlier wave; more changed files never rerun fewer steps. And
 * lint with a context never crashes a rule.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openContext } from '../../src/engine/insight/context.ts';
import { explain } from '../../src/engine/insight/explain.ts';
import type { Insight } from '../../src/engine/insight/types.ts';
import { expectInside, strictLint } from '../../src/engine/testing.ts';
import { DOCKERFILE_LANGS, extractCodeBlocks } from '../../src/guide/markdown.ts';

const seeds: string[] = [];
for (const dir of ['content/docs/steps', 'content/docs/instructions', 'content/docs/en/steps']) {
  for (const f of readdirSync(dir)) for (const b of extractCodeBlocks(readFileSync(`${dir}/${f}`, 'utf8'))) if (DOCKERFILE_LANGS.has(b.lang)) seeds.push(b.code);
}
for (const f of readdirSync('tests/fixtures/dockerfiles')) seeds.push(readFileSync(`tests/fixtures/dockerfiles/${f}`, 'utf8'));

const FILES = ['main.py', 'requirements.txt', 'app/__init__.py', 'app/views.py', 'README.md', 'docs/a.md', 'tests/test_x.py', 'entrypoint.sh', 'go.mod', 'src/main.go', 'package.json', 'dist/index.js'];
const FRAGMENTS = ['FROM alpine:3.22 AS b\n', 'COPY . .\n', 'COPY --from=b / /x\n', 'COPY --from=0 /a /b\n', 'RUN --mount=from=b,target=/m true\n',
  'ARG VERSION\n', 'RUN echo $VERSION\n', 'ENV VERSION=1\n', 'ENTRYPOINT ["./entrypoint.sh"]\n', 'CMD python main.py\n', 'STOPSIGNAL SIGINT\n',
  'COPY --exclude=*.md . .\n', 'COPY <<EOF /x\nhi\nEOF\n', 'RUN --mount=type=bind,source=requirements.txt,target=/r true\n', '\n', '\\\n', '"', '[', '$'];

function assertInvariants(i: Insight, text: string): void {
  const lines = new Map(i.steps.map((s) => [s.line, s]));
  for (const s of i.steps) {
    if (!s.rerun) continue;
    expect(s.layer, text).toBe(true);
    expect(s.reason, text).toBeDefined();
    expect(i.stages[s.stage]!.needed, text).toBe(true);
    if (s.reason!.code === 'after-miss') {
      const first = lines.get(s.reason!.line)!;
      expect(first.stage, text).toBe(s.stage);
      expect(first.rerun && first.reason!.code !== 'after-miss', text).toBe(true);
    }
  }
  if (i.target >= 0) expect(i.stages[i.target]!.needed).toBe(true);
  for (const st of i.stages) {
    if (!st.needed) continue;
    for (const p of st.parents) {
      expect(i.stages[p.stage]!.needed, text).toBe(true);
      if (p.stage !== st.index) expect(i.stages[p.stage]!.wave, text).toBeLessThan(st.wave);
    }
  }
}

const mutated = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)), { maxLength: 6 }))
  .map(([seed, inserts]) => inserts.reduce((t, [at, frag]) => { const k = t.indexOf('\n', at % (t.length + 1)); return k < 0 ? t + frag : t.slice(0, k + 1) + frag + t.slice(k + 1); }, seed));

describe('explain on any input', () => {
  it('never throws and keeps its invariants; more changes never rerun less', { timeout: 120_000 }, () => {
    fc.assert(fc.property(mutated, fc.subarray(FILES), fc.subarray(FILES), fc.subarray(['VERSION', 'PY', 'X']), fc.option(fc.constantFrom('*.md\n', 'tests\n!tests/keep\n', 'app\n'), { nil: undefined }),
      (text, a, b, args, dockerignore) => {
        const context = openContext({ files: FILES, dockerignore, read: (p) => (p === 'entrypoint.sh' ? '#!/bin/sh\nexec "$@"\n' : undefined) });
        const small = explain(text, { context, changed: a, changedArgs: args });
        const big = explain(text, { context, changed: [...a, ...b], changedArgs: args });
        assertInvariants(small, text);
        assertInvariants(big, text);
        const reran = (i: Insight) => new Set(i.steps.filter((s) => s.rerun).map((s) => s.line));
        for (const line of reran(small)) expect(reran(big).has(line), text).toBe(true);
        expectInside(text, strictLint(text, 'en', context));
      }), { numRuns: 250 });
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 10 })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assertInvariants(explain(text, { changed: ['main.py'], changedArgs: ['VERSION'], target: 'b' }), text);
    }), { numRuns: 300 });
  });
});
