import { describe, expect, it } from 'vitest';
import { checkId, evaluateChecks } from './evaluate.ts';
import { CHECK_KINDS } from './registry.ts';
import type { CheckSpec } from './types.ts';

describe('evaluateChecks', () => {
  const checks: CheckSpec[] = [{ kind: 'pinned-base' }, { kind: 'non-root' }, { kind: 'rule-absent', rule: 'no-user' }];
  it('one result per check, with ids, in the locale', () => {
    const e = evaluateChecks('FROM ubuntu:24.04\nUSER 10001\n', checks, 'pt-BR');
    expect(e.checks.map((c) => c.id)).toEqual(['pinned-base', 'non-root', 'rule-absent:no-user']);
    expect(e.checks.every((c) => c.passed)).toBe(true);
    expect(e.solved).toBe(true);
    expect(e.checks[1]!.label).toContain('usuário');
  });
  it('is not solved while an error-severity finding remains, even when every check passes', () => {
    const e = evaluateChecks('FROM ubuntu:24.04\nUSER 10001\nFOO bar\n', checks, 'en');
    expect(e.checks.every((c) => c.passed)).toBe(true);
    expect(e.errors).toBeGreaterThan(0);
    expect(e.solved).toBe(false);
  });
  it('never throws on half-typed input', () => {
    for (const text of ['', 'FROM', 'FROM ubuntu:24.04\nCOPY', 'HEALTHCHECK --interval=', 'USER\n']) {
      const e = evaluateChecks(text, CHECK_KINDS.map((kind) => ({ kind, rule: 'no-user', port: 1, file: 'a', packages: ['x'] }) as CheckSpec), 'en');
      expect(e.checks).toHaveLength(CHECK_KINDS.length);
    }
  });
  it('ids are stable', () => {
    expect(checkId({ kind: 'expose', port: 8000 })).toBe('expose:8000');
  });
});
