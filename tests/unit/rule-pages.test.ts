import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/engine/catalogue.ts';
import { lint } from '../../src/engine/lint.ts';
import { SYNTAX_CODES } from '../../src/engine/syntax/codes.ts';
import { generatedRuleFiles } from '../../src/guide/rule-pages.ts';

describe('rule pages', () => {
  const files = generatedRuleFiles();

  it('are up to date with the catalogue (run `npm run gen:rules` after changing a rule)', () => {
    for (const [path, text] of files) expect(readFileSync(`content/docs/${path}`, 'utf8'), path).toBe(text);
    for (const dir of ['rules', 'en/rules'])
      for (const name of readdirSync(`content/docs/${dir}`)) expect(files.has(`${dir}/${name}`), `stale page ${dir}/${name}`).toBe(true);
  });

  it('exist for every rule in both languages, with unique ids', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(files.has(`rules/${id}.mdx`)).toBe(true);
      expect(files.has(`en/rules/${id}.mdx`)).toBe(true);
    }
  });
});

describe('syntax rules', () => {
  for (const c of SYNTAX_CODES) {
    it(`${c.id}: the bad example raises it, the good one raises nothing above info`, () => {
      const bad = lint(c.bad, { locale: 'en' });
      expect(bad.map((f) => f.rule), c.bad).toContain(c.id);
      expect(bad.filter((f) => f.severity !== 'info' && f.rule !== c.id).map((f) => f.rule), c.bad).toEqual([]);
      const good = lint(c.good, { locale: 'en' });
      expect(good.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`), c.good).toEqual([]);
      const pt = lint(c.bad, { locale: 'pt-BR' }).find((f) => f.rule === c.id)!;
      expect(pt.message).not.toBe(bad.find((f) => f.rule === c.id)!.message);
      expect(pt.message).not.toMatch(/\{(text|keyword)\}/);
    });
  }
});

describe("the command line's config-only rules", () => {
  it('each has a section on both rules index pages, where its findings link', async () => {
    const { CONFIG_RULES } = await import('../../src/cli/config-rules.ts');
    const { ruleIndexPage } = await import('../../src/guide/rule-pages.ts');
    for (const locale of ['pt-BR', 'en'] as const) {
      const page = ruleIndexPage(locale);
      for (const r of CONFIG_RULES) expect(page, `${r.id} (${locale})`).toContain(`\n### ${r.id}\n`);
    }
  });
});
