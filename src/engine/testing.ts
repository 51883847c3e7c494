/**
 * A RuleTester in the spirit of ESLint's: `valid` texts must not raise the rule, `invalid` ones
 * must, at the stated ranges; where a fix exists, applying it removes the finding and adds
 * nothing new. The rule's own documented examples are tested the same way.
 */
import { describe, expect, it } from 'vitest';
import { applyFix } from './fix.ts';
import { openContext } from './insight/context.ts';
import { lint } from './lint.ts';
import type { BuildContext, Finding, Locale, Rule } from './types.ts';

export interface InvalidCase {
  code: string;
  /** How many findings of this rule (default: at least one). */
  count?: number;
  /** The exact text of each finding's range, in order. */
  texts?: string[];
  /** Text after applying the first finding's fix. */
  output?: string;
  /** Message substring expected in English. */
  message?: string;
}

/** lint, but a rule that throws fails the test instead of being skipped. */
export const strictLint = (text: string, locale: Locale = 'en', context?: BuildContext): Finding[] =>
  lint(text, { locale, context, onRuleError: (rule, e) => { throw new Error(`rule ${rule.id} crashed: ${(e as Error).stack}`); } });

/** Every finding's range, and every edit of its fix, lies inside the document; each fix applies. */
export function expectInside(text: string, findings: Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  for (const f of findings) {
    const where = `${f.rule} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    expect(inside(f.line, f.column), `${where}: start outside the document`).toBe(true);
    expect(inside(f.endLine, f.endColumn), `${where}: end outside the document`).toBe(true);
    expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), `${where}: end before start`).toBe(true);
    expect(f.message.length, `${where}: empty message`).toBeGreaterThan(0);
    for (const e of f.fix?.edits ?? []) expect(inside(e.line, e.column) && inside(e.endLine, e.endColumn), `${where}: fix edit outside`).toBe(true);
    if (f.fix) expect(typeof applyFix(text, f)).toBe('string');
  }
}

export function rangeText(text: string, f: Finding): string {
  const lines = text.split(/\r\n|\r|\n/);
  const offset = (line: number, col: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
  return text.slice(offset(f.line, f.column), offset(f.endLine, f.endColumn));
}

export function testRule(rule: Rule, cases: { valid: string[]; invalid: InvalidCase[] }): void {
  // Rules that need a build context are tested, examples included, against the one their examples give.
  const context = rule.examples.context ? openContext(rule.examples.context) : undefined;
  const strict = (text: string, locale: Locale = 'en') => strictLint(text, locale, context);
  const ofRule = (text: string, locale: Locale = 'en') => strict(text, locale).filter((f) => f.rule === rule.id);

  describe(`rule ${rule.id}`, () => {
    it('has messages and docs in both languages', () => {
      for (const locale of ['pt-BR', 'en'] as const) {
        expect(rule.messages[locale].default ?? Object.values(rule.messages[locale])[0]).toBeTruthy();
        for (const key of ['title', 'description', 'rationale', 'howToFix'] as const) expect(rule.docs[key][locale].length).toBeGreaterThan(3);
      }
      expect(Object.keys(rule.messages['pt-BR']).sort()).toEqual(Object.keys(rule.messages.en).sort());
    });

    const invalid: InvalidCase[] = [...cases.invalid, ...rule.examples.bad.map((code) => ({ code }))];
    const valid = [...cases.valid, ...rule.examples.good];

    invalid.forEach((c, n) => {
      it(`reports invalid case ${n + 1}`, () => {
        const found = ofRule(c.code);
        if (c.count !== undefined) expect(found, c.code).toHaveLength(c.count);
        else expect(found.length, c.code).toBeGreaterThan(0);
        if (c.texts) expect(found.map((f) => rangeText(c.code, f))).toEqual(c.texts);
        if (c.message) expect(found[0]!.message).toContain(c.message);
        for (const f of found) {
          expect(f.severity).toBe(rule.severity);
          expect(f.url).toBe(`/en/rules/${rule.id}/`);
          expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)).toBe(true);
        }
        const pt = ofRule(c.code, 'pt-BR');
        expect(pt.map((f) => f.message)).not.toEqual(found.map((f) => f.message));
        if (c.output !== undefined) {
          expect(found[0]!.fix, 'expected a fix').toBeDefined();
          expect(applyFix(c.code, found[0]!)).toBe(c.output);
        }
        for (const f of found) {
          if (!f.fix) continue;
          const before = strict(c.code);
          const after = strict(applyFix(c.code, f));
          const count = (list: Finding[]) => list.filter((x) => x.rule === rule.id).length;
          expect(count(after), `fix "${f.fix.title}" must remove its finding`).toBe(count(before) - 1);
          const tally = (list: Finding[]) => list.reduce((m, x) => m.set(x.rule, (m.get(x.rule) ?? 0) + 1), new Map<string, number>());
          const was = tally(before);
          const added = [...tally(after)].filter(([r, n]) => r !== rule.id && n > (was.get(r) ?? 0)).map(([r]) => r);
          expect(added, 'the fix must not add new findings').toEqual([]);
        }
      });
    });

    it('documents examples that are clean apart from this rule (they are shown on the rule page)', () => {
      const above = (code: string) => strict(code).filter((f) => f.severity !== 'info').map((f) => f.rule);
      for (const code of rule.examples.good) expect(above(code), code).toEqual([]);
      for (const code of rule.examples.bad) expect([...new Set(above(code))].filter((r) => r !== rule.id), code).toEqual([]);
    });

    valid.forEach((code, n) => {
      it(`accepts valid case ${n + 1}`, () => {
        expect(ofRule(code).map((f) => `${f.line}:${f.column} ${f.message}`), code).toEqual([]);
      });
    });
  });
}
