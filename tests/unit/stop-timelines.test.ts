/**
 * The stop timelines under the guide's examples (meta `stop`, src/site/ec-stop-timeline.ts): every
 * one is computed, names the script it reads, and agrees with how the page labels the example.
 * A good example's signal reaches the application; a bad one flagged for shell form does not.
 */
import { describe, expect, it } from 'vitest';
import { describeStop } from '../../src/engine/insight/describe.ts';
import { DOCKERFILE_LANGS, extractCodeBlocks } from '../../src/guide/markdown.ts';
import { pagePairs, readPage } from '../../src/guide/pages.ts';
import { scriptOnPage, stopOf } from '../../src/site/ec-stop-timeline.ts';

const stopBlocks = pagePairs().flatMap((pair) => [pair.pt, pair.en].filter((f): f is string => !!f).flatMap((file) => {
  const source = readPage(file);
  return extractCodeBlocks(source).filter((b) => DOCKERFILE_LANGS.has(b.lang) && /(?:^|\s)stop(?:=|\s|$)/.test(b.meta))
    .map((b) => ({ file, source, block: b, script: /(?:^|\s)stop="([^"]+)"/.exec(b.meta)?.[1], bad: /(?:^|\s)bad="([^"]*)"/.exec(b.meta)?.[1] }));
}));

describe('stop timelines in the guide', () => {
  it('are on the instruction pages about stopping, and on step 4, in both languages', () => {
    const pages = new Set(stopBlocks.map((s) => s.file.replace('content/docs/en/', 'content/docs/')));
    for (const p of ['instructions/entrypoint', 'instructions/stopsignal', 'instructions/cmd', 'steps/4-start-command'])
      expect([...pages].some((f) => f.endsWith(`${p}.mdx`)), p).toBe(true);
    expect(stopBlocks.filter((s) => s.file.includes('/en/')).length).toBe(stopBlocks.filter((s) => !s.file.includes('/en/')).length);
  });

  for (const { file, source, block, script, bad } of stopBlocks) {
    it(`${file}:${block.line} matches its label${script ? ` (with ${script})` : ''}`, () => {
      const text = script ? scriptOnPage(source, script) : undefined;
      if (script) expect(text, `no block titled ${script}`).toBeDefined();
      const stop = stopOf(block.code, script ? { name: script, text: text! } : undefined)!;
      expect(stop).not.toBeNull();
      if (bad?.includes('json-args-recommended')) expect(stop.reachesApp).toBe('no');
      else if (bad === undefined) expect(stop.reachesApp).toBe('yes');
      if (script) expect(stop.script?.execs).toBe(true);
      expect(describeStop(stop, file.includes('/en/') ? 'en' : 'pt-BR').length).toBeGreaterThanOrEqual(3);
    });
  }
});
