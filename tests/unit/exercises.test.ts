import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises/index.ts';
import { CHECKS } from '../../src/engine/checks/registry.ts';
import { evaluateChecks } from '../../src/engine/checks/evaluate.ts';
import { LOCALES, type L10n } from '../../src/engine/types.ts';
import { GROUPS, groupOf } from '../../src/practice/exercise.ts';

const filled = (t: L10n | undefined) => LOCALES.every((l) => typeof t?.[l] === 'string' && t[l].trim().length > 0);

describe('exercises', () => {
  it('ids are unique and kebab-case', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('at least 30, three per step, one per ten instruction pages, a capstone', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    for (const g of GROUPS.filter((x) => x.startsWith('step-'))) expect(EXERCISES.filter((e) => groupOf(e) === g).length).toBeGreaterThanOrEqual(3);
    expect(new Set(EXERCISES.filter((e) => groupOf(e) === 'instructions').map((e) => e.page)).size).toBeGreaterThanOrEqual(10);
    expect(EXERCISES.filter((e) => groupOf(e) === 'checklist').length).toBeGreaterThanOrEqual(1);
  });

  for (const e of EXERCISES) {
    describe(e.id, () => {
      it('its page exists in both languages', () => {
        expect(existsSync(`content/docs/${e.page}.mdx`)).toBe(true);
        expect(existsSync(`content/docs/en/${e.page}.mdx`)).toBe(true);
      });

      it('title, goal, explanation, every hint and every check have text in both languages', () => {
        expect(filled(e.title) && filled(e.goal) && filled(e.explanation)).toBe(true);
        expect(e.hints.length).toBeGreaterThan(0);
        for (const h of e.hints) expect(filled(h)).toBe(true);
        for (const c of e.checks) {
          expect(CHECKS[c.kind]).toBeDefined();
          for (const l of LOCALES) {
            const r = evaluateChecks(e.start, [c], l).checks[0]!;
            expect(r.label.trim()).not.toBe('');
            expect(r.message.trim()).not.toBe('');
            expect(r.link.startsWith(l === 'en' ? '/en/' : '/')).toBe(true);
          }
        }
      });

      it('the starting text fails at least one check', () => {
        const r = evaluateChecks(e.start, e.checks, 'pt-BR');
        expect(r.checks.filter((c) => !c.passed).length).toBeGreaterThan(0);
        expect(r.solved).toBe(false);
      });

      it('every solution passes every check with no error-severity finding', () => {
        expect(e.solutions.length).toBeGreaterThan(0);
        for (const s of e.solutions) {
          const r = evaluateChecks(s, e.checks, 'en');
          expect(r.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
          expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
          expect(r.solved).toBe(true);
        }
      });

      it('every check links to a guide page that exists, in the reader\'s language', () => {
        for (const l of LOCALES) {
          for (const c of evaluateChecks(e.start, e.checks, l).checks) {
            const path = c.link.replace(/^\/en\//, '/').replace(/^\/|\/$/g, '');
            expect(existsSync(`content/docs/${l === 'en' ? 'en/' : ''}${path}.mdx`), c.link).toBe(true);
          }
        }
      });

      it('the context files have unique names', () => {
        const names = e.files.map((f) => f.name);
        expect(new Set(names).size).toBe(names.length);
      });
    });
  }
});
