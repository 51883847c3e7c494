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

describe('syntax messages name what they are about', () => {
  const messages = (text: string, locale: 'en' | 'pt-BR' = 'en') =>
    strictLint(text, locale).filter((f) => f.rule.startsWith('syntax-')).map((f) => `${f.rule}: ${f.message}`);
  it('an unsupported modifier names the variable and the modifier', () => {
    const text = 'FROM alpine:3.22\nARG INSTALL_ZSH="${templateOption:installZsh}"\nUSER 10001\n';
    expect(messages(text)).toEqual(['syntax-unsupported-modifier: Unsupported modifier `:i` on variable `templateOption`: after `:` Docker accepts only `-`, `+` or `?`.']);
    expect(messages(text, 'pt-BR')[0]).toContain('Modificador `:i` não suportado na variável `templateOption`');
  });
  it('flag problems name the flag, not only its value', () => {
    expect(messages(hc('--timeout=abc'))).toEqual(['syntax-flag-invalid-duration: `--timeout`: `abc` is not a valid duration (examples: `30s`, `1m30s`).']);
    expect(messages(hc('--interval=30'))).toEqual(['syntax-flag-missing-duration-unit: `--interval=30` has no unit: write, for example, `--interval=30s`.']);
    expect(messages(hc('--start-period=1ns'))).toEqual(['syntax-flag-less-than-1ms: `--start-period=1ns` is below 1 ms, the minimum accepted.']);
    expect(messages(hc('--interval=3x'))[0]).toContain('`--interval=3x`');
    expect(messages(hc('--retries=x'))[0]).toContain('not a valid value for `--retries`');
    expect(messages('FROM alpine:3.22\nCOPY --link=maybe a.txt /a.txt\nUSER 10001\n')[0]).toContain('`--link`: `maybe`');
    expect(messages('FROM alpine:3.22\nCOPY --chown=1 --chown=2 a.txt /a.txt\nUSER 10001\n')[0]).toContain('Flag `--chown` appears more than once');
  });
});

describe('quoted values, which BuildKit unquotes before checking them', () => {
  const errors = (text: string) => strictLint(text).filter((f) => f.severity === 'error').map((f) => f.rule);
  it('accepts quoted ports, destinations, --from, signals and flag values', () => {
    expect(errors('FROM alpine:3.22\nEXPOSE "80" \'443/tcp\' "8000-8010/udp"\nUSER 10001\n')).toEqual([]);
    expect(errors('FROM alpine:3.22 AS build\nFROM alpine:3.22\nCOPY --from="build" /a /a\nUSER 10001\n')).toEqual([]);
    expect(errors("FROM alpine:3.22\nCOPY --from='alpine:3.22' /etc/os-release /x\nUSER 10001\n")).toEqual([]);
    expect(errors('FROM alpine:3.22\nSTOPSIGNAL "SIGTERM"\nUSER 10001\n')).toEqual([]);
    expect(errors('FROM alpine:3.22\nCOPY a.txt b.txt "/app/"\nUSER 10001\n')).toEqual([]);
    expect(errors(hc('--interval="30s" --timeout=\'5s\' --retries="3"'))).toEqual([]);
    expect(errors('FROM alpine:3.22\nCOPY --link="true" a.txt /a.txt\nUSER 10001\n')).toEqual([]);
  });
  it('still rejects what stays invalid once unquoted', () => {
    expect(errors('FROM alpine:3.22\nEXPOSE "http"\nUSER 10001\n')).toContain('syntax-invalid-port');
    expect(errors('FROM alpine:3.22\nSTOPSIGNAL "SIGFOO"\nUSER 10001\n')).toContain('syntax-invalid-signal');
    expect(errors('FROM alpine:3.22\nCOPY a.txt b.txt "/app"\nUSER 10001\n')).toContain('syntax-copy-destination-not-directory');
    expect(errors(hc('--interval="30"')).filter((r) => r.startsWith('syntax-flag-'))).toHaveLength(1);
    expect(errors('FROM alpine:3.22\nCOPY --link="maybe" a.txt /a.txt\nUSER 10001\n')).toContain('syntax-flag-boolean');
  });
});

describe('quotes in ENV and LABEL, as BuildKit parseWords reads them', () => {
  const errors = (line: string, escape = '') => strictLint(`${escape}FROM alpine:3.22\n${line}\nUSER 10001\n`).filter((f) => f.severity === 'error').map((f) => f.rule);
  it('an escaped quote opens nothing', () => {
    expect(errors('ENV A=\\"x')).toEqual([]);
    expect(errors('ENV A=\\"x\\" B=1')).toEqual([]);
    expect(errors("LABEL A=1 B=it\\'s")).toEqual([]);
    expect(errors('ENV A=`"x', '# escape=`\n')).toEqual([]);
    expect(errors('ENV A="say \\"hi\\""')).toEqual([]);
  });
  it('an open quote is still an error', () => {
    expect(errors('ENV A="x')).toContain('syntax-missing-double-quote');
    expect(errors("ENV A='x")).toContain('syntax-missing-single-quote');
    expect(errors('ENV A=\\"x B="y')).toContain('syntax-missing-double-quote');
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
