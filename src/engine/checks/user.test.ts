import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

describe('non-root', () => {
  it('passes when the final stage switches to a non-root user', () => {
    expect(checkOn('FROM ubuntu:24.04\nRUN useradd --system --uid 10001 app\nUSER 10001\n', { kind: 'non-root' }).passed).toBe(true);
  });
  it('says USER is missing', () => {
    const r = checkOn('FROM ubuntu:24.04\nCMD ["sh"]\n', { kind: 'non-root' }, 'pt-BR');
    expect(r.passed).toBe(false);
    expect(r.message).toContain('Nenhum `USER`');
  });
  it('names the root user the file ends with', () => {
    const r = checkOn('FROM ubuntu:24.04\nUSER 10001\nUSER root:root\n', { kind: 'non-root' });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('`root:root`');
  });
  it('only the final stage counts', () => {
    const text = 'FROM ubuntu:24.04 AS build\nUSER 10001\nFROM ubuntu:24.04\nCOPY --from=build /etc/passwd /tmp/p\n';
    expect(checkOn(text, { kind: 'non-root' }).passed).toBe(false);
  });
  it('inherits USER through FROM <stage>', () => {
    expect(checkOn('FROM ubuntu:24.04 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n', { kind: 'non-root' }).passed).toBe(true);
  });
  it('links to the USER page in the reader\'s language', () => {
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'non-root' }, 'en').link).toBe('/en/instructions/user/');
    expect(checkOn('FROM ubuntu:24.04\n', { kind: 'non-root' }, 'pt-BR').link).toBe('/instructions/user/');
  });
});
