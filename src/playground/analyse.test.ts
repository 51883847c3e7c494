import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

describe('analyse with exercise checks', () => {
  it('evaluates the checks on the same lint, only when asked', () => {
    expect('exercise' in analyse('FROM ubuntu:24.04\n', 'en')).toBe(false);
    const r = analyse('FROM ubuntu:latest\n', 'pt-BR', [{ kind: 'pinned-base' }]);
    expect(r.exercise?.checks.map((c) => c.passed)).toEqual([false]);
    expect(r.exercise?.solved).toBe(false);
    expect(analyse('FROM ubuntu:24.04\n', 'en', [{ kind: 'pinned-base' }]).exercise?.solved).toBe(true);
  });
});
