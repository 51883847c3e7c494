/** Docker syntax checks: dockerfile-utils' findings, minus its false alarms on what BuildKit accepts. */
import { describe, expect, it } from 'vitest';
import { strictLint } from '../testing.ts';

const syntaxErrors = (text: string) =>
  strictLint(text).filter((f) => f.severity === 'error' && f.rule.startsWith('syntax-')).map((f) => `${f.line}:${f.column} ${f.rule}`);
const hc = (flags: string) => `FROM alpine:3.22\nUSER 10001\nHEALTHCHECK ${flags} CMD ["true"]\n`;

describe('syntax checks', () => {
  it('accept what BuildKit accepts and dockerfile-utils does not', () => {
    // BuildKit rejects only negative retries; 0 and zero durations mean "the default".
    for (const flags of ['--retries=0', '--start-period=0s', '--interval=0s --timeout=0ms', '--interval=0', '--start-interval=0m0s'])
      expect(syntaxErrors(hc(flags)), flags).toEqual([]);
    // Flags newer than dockerfile-utils.
    expect(syntaxErrors('FROM alpine:3.22\nADD --unpack=true https://example.com/a.tar.gz /opt/\nUSER 10001\n')).toEqual([]);
    expect(syntaxErrors('FROM alpine:3.22\nADD --unpack https://example.com/a.tar.gz /opt/\nUSER 10001\n')).toEqual([]);
  });

  it('still report what BuildKit rejects', () => {
    expect(syntaxErrors(hc('--retries=-1'))).toEqual(['3:23 syntax-flag-at-least-one']);
    expect(syntaxErrors(hc('--interval=0.5ms'))).toEqual(['3:15 syntax-flag-less-than-1ms']);
    expect(syntaxErrors(hc('--interval=30'))).toEqual(['3:24 syntax-flag-missing-duration-unit']);
    expect(syntaxErrors('FROM alpine:3.22\nADD --unpak https://example.com/a.tar.gz /opt/\nUSER 10001\n')).toEqual(['2:5 syntax-unknown-flag']);
  });
});

describe('STOPSIGNAL names, as Docker reads them', () => {
  const rules = (sig: string) => strictLint(`FROM alpine:3.22\nUSER 10001\nSTOPSIGNAL ${sig}\n`).map((f) => f.rule);
  it('accepts names with or without SIG, in any case, and positive numbers', () => {
    for (const sig of ['SIGTERM', 'TERM', 'sigquit', 'SIGRTMIN+3', '9']) expect(rules(sig), sig).not.toContain('syntax-invalid-signal');
  });
  it('rejects unknown names (which dockerfile-utils lets through) and zero', () => {
    for (const sig of ['SIGFOO', 'FOO', '0']) expect(rules(sig), sig).toContain('syntax-invalid-signal');
  });
});

describe("BuildKit's did-you-mean on unknown instructions and flags", () => {
  const msg = (text: string) => strictLint(text).filter((f) => f.severity === 'error').map((f) => f.message);
  it('suggests the closest instruction (any case) and flag', () => {
    expect(msg('FROM alpine:3.22\nRUNN echo oi\nUSER 10001\n')).toEqual(['`RUNN` is not a Dockerfile instruction (did you mean `RUN`?).']);
    expect(msg('FROM alpine:3.22\ncopyy a.txt /a.txt\nUSER 10001\n')[0]).toContain('(did you mean `copy`?)');
    expect(msg('FROM alpine:3.22\nCOPY --chonw=1 a.txt /a.txt\nUSER 10001\n')[0]).toContain('(did you mean `--chown`?)');
    expect(msg('FROM alpine:3.22\nRUN --mont=type=cache,target=/x echo\nUSER 10001\n')[0]).toContain('(did you mean `--mount`?)');
  });
  it('stays without a suggestion when nothing is close', () => {
    expect(msg('FROM alpine:3.22\nINSTALL curl\nUSER 10001\n')[0]).toBe('`INSTALL` is not a Dockerfile instruction.');
  });
  it('treats a lone `--` as the end of the flags, as bflag.go does', () => {
    expect(msg('FROM alpine:3.22\nCOPY -- a.txt /a.txt\nUSER 10001\n')).toEqual([]);
    expect(msg('FROM alpine:3.22\nRUN -- --weird-command\nUSER 10001\n')).toEqual([]);
  });
});
