import { describe, expect, it } from 'vitest';
import { parseDuration } from './healthcheck.ts';
import { checkOn } from './testing.ts';

const probe = 'CMD ["python3", "-c", "print(1)"]';

describe('parseDuration', () => {
  it('reads Go durations', () => {
    expect(parseDuration('30s')).toBe(30);
    expect(parseDuration('1m30s')).toBe(90);
    expect(parseDuration('500ms')).toBe(0.5);
    expect(parseDuration('30')).toBeUndefined();
    expect(parseDuration('s')).toBeUndefined();
  });
});

describe('healthcheck', () => {
  it('passes with a probe and a short enough interval', () => {
    expect(checkOn(`FROM ubuntu:24.04\nHEALTHCHECK --interval=15s ${probe}\n`, { kind: 'healthcheck', maxInterval: '30s' }).passed).toBe(true);
  });
  it('counts the 30s default', () => {
    expect(checkOn(`FROM ubuntu:24.04\nHEALTHCHECK ${probe}\n`, { kind: 'healthcheck', maxInterval: '30s' }).passed).toBe(true);
    const r = checkOn(`FROM ubuntu:24.04\nHEALTHCHECK ${probe}\n`, { kind: 'healthcheck', maxInterval: '10s' });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('the default');
  });
  it('says the interval is too long', () => {
    expect(checkOn(`FROM ubuntu:24.04\nHEALTHCHECK --interval=5m ${probe}\n`, { kind: 'healthcheck', maxInterval: '30s' }).message).toContain('5m');
  });
  it('fails without HEALTHCHECK or with NONE', () => {
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'healthcheck' }).message).toContain('missing');
    expect(checkOn('FROM ubuntu:24.04\nHEALTHCHECK NONE\n', { kind: 'healthcheck' }).passed).toBe(false);
  });
});
