/** Every output format, from a real process: valid syntax, exact ranges, escaping, severities. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cli, MAIN, ORIGINAL, tempDir } from './cli-run.ts';

const ESCAPING = 'tests/fixtures/cli/escaping.Dockerfile';

describe('--format json', () => {
  it('lists findings with file, exact ranges, url and refs', () => {
    const findings = JSON.parse(cli(['lint', '--format=json', ORIGINAL]).out) as Record<string, unknown>[];
    expect(findings.find((f) => f.rule === 'base-image-latest')).toMatchObject({ file: ORIGINAL, severity: 'warning', line: 1, column: 6, endLine: 1, endColumn: 19,
      url: 'https://estaleiro.dev/en/rules/base-image-latest/', refs: { hadolint: ['DL3007'] } });
    expect(findings.some((f) => f.fix)).toBe(true);
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with a rule table, levels, regions and fixes', () => {
    const sarif = JSON.parse(cli(['lint', '--format', 'sarif', ORIGINAL]).out);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('estaleiro');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'pip-externally-managed');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 5, endLine: 4, endColumn: 16 });
    const rule = run.tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('pip-externally-managed');
    expect(rule.shortDescription.text.length).toBeGreaterThan(5);
    expect(rule.shortDescription.text).not.toBe(rule.id);
    expect(run.results.find((x: { level: string }) => x.level === 'note')).toBeDefined();
    expect(run.results.some((x: { fixes?: unknown[] }) => x.fixes?.length)).toBe(true);
  });

  it('the built bin bakes the same rule titles (its bundle leaves rule docs out)', () => {
    const fromSource = JSON.parse(cli(['lint', '-f', 'sarif', ORIGINAL], { entry: MAIN }).out).runs[0].tool.driver.rules;
    const fromBin = JSON.parse(cli(['lint', '-f', 'sarif', ORIGINAL], { entry: BIN }).out).runs[0].tool.driver.rules;
    expect(fromBin).toEqual(fromSource);
  });
});

describe('--format github', () => {
  it('prints workflow commands with the range and escaped values', () => {
    const r = cli(['lint', '--format', 'github', ORIGINAL]);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(`::error file=${ORIGINAL},line=5,col=7,endLine=5,endColumn=13,title=estaleiro python-not-found::`
      + '`python` does not exist in this image (ubuntu:latest): use `python3`. (https://estaleiro.dev/en/rules/python-not-found/)');
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=estaleiro [a-z0-9-]+::[^\n]+$/);
    expect(lines.some((l) => l.startsWith('::notice '))).toBe(true);
    expect(r.code).toBe(1);
  });

  it('escapes %, : and , in properties and % in messages', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'odd,dir:100%'));
    writeFileSync(join(dir, 'odd,dir:100%', 'Dockerfile'), 'FROM alpine:latest\nUSER 10001\nEXPOSE 100%\n');
    const r = cli(['lint', '--format', 'github', 'odd,dir:100%/Dockerfile'], { cwd: dir });
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.startsWith('::warning file=odd%2Cdir%3A100%25/Dockerfile,line=') || l.startsWith('::error file=odd%2Cdir%3A100%25/Dockerfile,line=')
      || l.startsWith('::notice file=odd%2Cdir%3A100%25/Dockerfile,line=')).toBe(true);
    const port = lines.find((l) => l.includes('100%25'));
    expect(port, r.out).toMatch(/::[^:]*100%25/);
  });
});

describe('--format checkstyle', () => {
  it('is escaped XML with one <file> per file and the rule as source', () => {
    const r = cli(['lint', '--format', 'checkstyle', ESCAPING, ORIGINAL]);
    expect(r.out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">')).toBe(true);
    expect(r.out.match(/<file name=/g)).toHaveLength(2);
    expect(r.out).toMatch(/<error line="1" column="6" severity="warning" message="`alpine:latest` [^"]*" source="estaleiro.base-image-latest"\/>/);
    // Every attribute value is free of raw <, & and quotes: the document parses.
    for (const [, value] of r.out.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
    expect(r.out.trim().endsWith('</checkstyle>')).toBe(true);
  });
});

describe('--format gitlab', () => {
  it('is a Code Quality report with stable fingerprints and mapped severities', () => {
    const first = JSON.parse(cli(['lint', '--format', 'gitlab', ORIGINAL]).out) as Record<string, any>[];
    const again = JSON.parse(cli(['lint', '--format', 'gitlab', ORIGINAL]).out) as Record<string, any>[];
    expect(first.map((i) => i.fingerprint)).toEqual(again.map((i) => i.fingerprint));
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(first.length);
    const issue = first.find((i) => i.check_name === 'python-not-found')!;
    expect(issue).toMatchObject({ severity: 'critical', location: { path: ORIGINAL.replace(/\\/g, '/'), lines: { begin: 5 } } });
    expect(issue.description).toContain('python3');
    expect(new Set(first.map((i) => i.severity))).toEqual(new Set(['critical', 'minor', 'info']));
  });

  it('keeps a fingerprint when lines above the finding move', () => {
    const text = 'FROM alpine:latest\nUSER 10001\n';
    const before = JSON.parse(cli(['lint', '-f', 'gitlab', '-'], { input: text }).out) as { check_name: string; fingerprint: string }[];
    const after = JSON.parse(cli(['lint', '-f', 'gitlab', '-'], { input: `# a comment\n${text}` }).out) as { check_name: string; fingerprint: string }[];
    const fp = (xs: typeof before) => xs.find((i) => i.check_name === 'base-image-latest')!.fingerprint;
    expect(fp(after)).toBe(fp(before));
  });
});

describe('--format text', () => {
  it('groups by file, frames the code, underlines the range, shows the fix and a summary', () => {
    const r = cli(['lint', '--format', 'text', ORIGINAL]);
    expect(r.out.startsWith(`${ORIGINAL}\n`)).toBe(true);
    expect(r.out).toContain([
      'error[python-not-found]: `python` does not exist in this image (ubuntu:latest): use `python3`.',
      `  ┌─ ${ORIGINAL}:5:7`,
      '5 │ CMD ["python", "main.py"]',
      '  │       ^^^^^^',
    ].join('\n'));
    expect(r.out).toMatch(/= fix: .+/);
    expect(r.out.trim().split('\n').pop()).toMatch(/^✖ \d+ problems \(3 errors, \d+ warnings, \d+ info\) in 1 file; \d+ with a fix\.$/);
    expect(r.out).not.toContain('\u001b[');
  });

  it('expands tabs so the carets stay under the range', () => {
    const r = cli(['lint', '-f', 'text', '-'], { input: 'FROM alpine:3.22\nUSER 10001\nRUN\tapk add curl\n' });
    const lines = r.out.split('\n');
    const code = lines.findIndex((l) => l.includes('│ RUN  apk add curl'));
    expect(code).toBeGreaterThan(0);
    const caret = lines[code + 1]!;
    expect(caret.indexOf('^')).toBe(lines[code]!.indexOf('apk'));
  });

  it('frames a range over several lines, continuation lines from their first character', () => {
    const r = cli(['lint', '-f', 'text', '-'], { input: "FROM alpine:3.22\nUSER 10001\nHEALTHCHECK NONE\nENTRYPOINT ['a', \\\n  'b']\n" });
    expect(r.out).toContain(["  ┌─ stdin:4:12", "4 │ ENTRYPOINT ['a', \\", '  │            ^^^^^^^', "5 │   'b']", '  │   ^^^^'].join('\n'));
  });

  it('says so when there is nothing to report', () => {
    const r = cli(['lint', '-f', 'text', '--ignore', 'no-healthcheck', '-'], { input: 'FROM alpine:3.22\nUSER 10001\n' });
    expect(r.out).toBe('✔ No problems in 1 file.\n');
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', () => {
    const esc = '\u001b[';
    expect(cli(['lint', '-f', 'text', ORIGINAL], { env: { FORCE_COLOR: '1' } }).out).toContain(`${esc}31m`);
    expect(cli(['lint', '-f', 'text', ORIGINAL], { env: { FORCE_COLOR: '0' } }).out).not.toContain(esc);
    expect(cli(['lint', '-f', 'text', ORIGINAL], { env: { NO_COLOR: '1' } }).out).not.toContain(esc);
    expect(cli(['lint', '-f', 'text', '--no-color', ORIGINAL], { env: { FORCE_COLOR: '1' } }).out).not.toContain(esc);
    expect(cli(['lint', '-f', 'compact', ORIGINAL], { env: { FORCE_COLOR: '1' } }).out).not.toContain(esc);
  });

  it('speaks Portuguese', () => {
    const r = cli(['lint', '-f', 'text', '--locale', 'pt-BR', ORIGINAL]);
    expect(r.out).toContain('erro[python-not-found]');
    expect(r.out).toMatch(/✖ \d+ problemas \(3 erros/);
  });
});
