import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('workdir', () => {
  it('passes for an absolute WORKDIR, and the one asked', () => {
    expect(checkOn('FROM ubuntu:24.04\nWORKDIR /app\n', { kind: 'workdir' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04\nWORKDIR /app/\n', { kind: 'workdir', path: '/app' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04\nWORKDIR /srv\n', { kind: 'workdir', path: '/app' }).message).toContain('`/srv`');
  });
  it('fails when missing or relative', () => {
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'workdir' }).message).toContain('missing');
    expect(checkOn('FROM ubuntu:24.04\nWORKDIR app\n', { kind: 'workdir' }).message).toContain('relative');
  });
});
