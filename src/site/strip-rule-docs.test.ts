import { readFileSync, readdirSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { stripProperties } from './strip-rule-docs.ts';

describe('stripProperties', () => {
  it('drops the values of the named keys, leaving everything else', () => {
    const src = `export default defineRule({ id: 'x', docs: { title: t('a, }', "b"), n: \`c \${1} }\` }, messages: { en: { default: 'docs: {' } }, examples: { bad: ['FROM a'], good: [] }, check() { return { docs: 1 }; } });`;
    const out = stripProperties(src, ['docs', 'examples']);
    expect(out).toContain("messages: { en: { default: 'docs: {' } }");
    expect(out).toContain('docs: undefined, messages');
    expect(out).toContain('examples: undefined, check()');
    expect(out).not.toContain("title: t('a, }'");
  });

  it('keeps every real rule file valid TypeScript, and smaller', () => {
    const dir = 'src/engine/rules';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      const out = stripProperties(src, ['docs', 'examples']);
      expect(() => transformSync(out, { loader: 'ts' }), f).not.toThrow();
      if (src.includes('docs:')) expect(out.length, f).toBeLessThan(src.length);
    }
    const codes = readFileSync('src/engine/syntax/codes.ts', 'utf8');
    const stripped = stripProperties(codes, ['title', 'howToFix', 'bad', 'good']);
    expect(() => transformSync(stripped, { loader: 'ts' })).not.toThrow();
    expect(stripped).toContain('message: t(');
    expect(stripped).not.toContain('howToFix: t(');
  });
});
