import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('directive', () => {
  it('passes only when the directive is at the top', () => {
    expect(checkOn('# syntax=docker/dockerfile:1\nFROM ubuntu:24.04\n', { kind: 'directive', name: 'syntax' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'directive', name: 'syntax' }).passed).toBe(false);
    expect(checkOn('# hello\n# syntax=docker/dockerfile:1\nFROM ubuntu:24.04\n', { kind: 'directive', name: 'syntax' }).passed).toBe(false);
  });
  it('compares the value when asked', () => {
    const text = '# syntax=docker/dockerfile:1\n# check=error=true\nFROM ubuntu:24.04\n';
    expect(checkOn(text, { kind: 'directive', name: 'check', value: 'error=true' }).passed).toBe(true);
    const r = checkOn('# check=skip=all\nFROM ubuntu:24.04\n', { kind: 'directive', name: 'check', value: 'error=true' });
    expect(r.message).toContain('`skip=all`');
  });
});
