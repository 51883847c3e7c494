import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('no-secrets', () => {
  it('fails on a password in ENV, naming the line', () => {
    const r = checkOn('FROM ubuntu:24.04\nENV DB_PASSWORD=hunter2\n', { kind: 'no-secrets' });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('Line 2');
  });
  it('passes for ordinary variables', () => {
    expect(checkOn('FROM ubuntu:24.04\nENV PYTHONUNBUFFERED=1\nARG VERSION=1\n', { kind: 'no-secrets' }).passed).toBe(true);
  });
});
