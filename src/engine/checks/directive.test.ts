import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('syntax-directive', () => {
  it('passes only when the directive is first', () => {
    expect(checkOn('# syntax=docker/dockerfile:1\nFROM ubuntu:24.04\n', { kind: 'syntax-directive' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'syntax-directive' }).passed).toBe(false);
    expect(checkOn('# hello\n# syntax=docker/dockerfile:1\nFROM ubuntu:24.04\n', { kind: 'syntax-directive' }).passed).toBe(false);
  });
});
