import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

const digest = 'sha256:' + 'a'.repeat(64);

describe('pinned-base', () => {
  it('passes for a version tag, a digest, scratch, or a stage alias', () => {
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'pinned-base' }).passed).toBe(true);
    expect(checkOn(`FROM ubuntu@${digest}\n`, { kind: 'pinned-base' }).passed).toBe(true);
    expect(checkOn('FROM scratch\n', { kind: 'pinned-base' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:24.04 AS base\nFROM base\n', { kind: 'pinned-base' }).passed).toBe(true);
  });
  it('says latest and untagged are not pinned, with the line', () => {
    expect(checkOn('FROM ubuntu:latest\n', { kind: 'pinned-base' }).message).toContain('`latest`');
    const r = checkOn('FROM ubuntu:24.04 AS build\nFROM ubuntu\n', { kind: 'pinned-base' });
    expect(r.message).toContain('Line 2');
    expect(r.message).toContain('no tag');
  });
  it('resolves global ARG defaults', () => {
    expect(checkOn('ARG V=24.04\nFROM ubuntu:${V}\n', { kind: 'pinned-base' }).passed).toBe(true);
    expect(checkOn('FROM ubuntu:${V}\n', { kind: 'pinned-base' }).passed).toBe(false);
  });
  it('asks for a digest on the final stage when told', () => {
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'pinned-base', digest: true }).passed).toBe(false);
    expect(checkOn(`FROM ubuntu:24.04@${digest}\n`, { kind: 'pinned-base', digest: true }).passed).toBe(true);
  });
});
