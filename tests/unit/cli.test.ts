/** The command-line tool, run as a user runs it: a real process on real files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ORIGINAL = 'tests/fixtures/cli/original-guide.Dockerfile';
const dir = mkdtempSync(join(tmpdir(), 'estaleiro-cli-'));
const GOOD = join(dir, 'Dockerfile.good');
writeFileSync(GOOD, 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['src/cli/main.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('estaleiro lint', () => {
  it('prints compiler-style findings and exits 1 when something is an error', () => {
    const r = cli(['lint', ORIGINAL]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(`${ORIGINAL}:5:7: error python-not-found: \`python\` does not exist in this image (ubuntu:latest): use \`python3\`.`);
    for (const l of lines) expect(l).toMatch(/^tests\/fixtures\/cli\/original-guide\.Dockerfile:\d+:\d+: (error|warning|info) [a-z0-9-]+: .+/);
    expect(r.err).toMatch(/1 file\(s\): 3 error\(s\)/);
  });

  it('exits 0 when nothing is at error severity', () => {
    const r = cli(['lint', GOOD]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/info no-healthcheck/);
  });

  it('speaks Portuguese with --locale pt-BR', () => {
    const r = cli(['lint', '--locale', 'pt-BR', ORIGINAL]);
    expect(r.out).toContain('não existe nesta imagem');
  });

  it('emits JSON findings with file, exact ranges, url and refs', () => {
    const r = cli(['lint', '--format=json', ORIGINAL, GOOD]);
    const findings = JSON.parse(r.out) as Record<string, unknown>[];
    const latest = findings.find((f) => f.rule === 'base-image-latest');
    expect(latest).toMatchObject({ file: ORIGINAL, severity: 'warning', line: 1, column: 6, endLine: 1, endColumn: 19,
      url: 'https://estaleiro.dev/en/rules/base-image-latest/', refs: { hadolint: ['DL3007'] } });
    expect(findings.some((f) => f.file === GOOD)).toBe(true);
  });

  it('emits SARIF 2.1.0 with rules and regions', () => {
    const r = cli(['lint', '--format', 'sarif', ORIGINAL]);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('estaleiro');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'pip-externally-managed');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 5, endLine: 4, endColumn: 16 });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('pip-externally-managed');
  });

  it('reads standard input with -', () => {
    const r = cli(['lint', '-'], 'FROM alpine:latest\nUSER 10001\n');
    expect(r.out).toContain('-:1:6: warning base-image-latest');
    expect(r.code).toBe(0);
  });

  it('exits 2 with a clear message for usage and file problems', () => {
    expect(cli([]).code).toBe(2);
    const missing = cli(['lint', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    const bad = cli(['lint', '--format', 'xml', ORIGINAL]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown format "xml"');
    expect(cli(['lint', '--bogus', ORIGINAL]).code).toBe(2);
    expect(cli(['lint', dir]).err).toContain('is a directory');
    const bin = join(dir, 'binary');
    writeFileSync(bin, Buffer.from([0, 1, 2, 255]));
    expect(cli(['lint', bin]).err).toContain('binary');
  });

  it('is what the built bin runs', () => {
    const r = spawnSync(process.execPath, ['bin/estaleiro.mjs', 'lint', ORIGINAL], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('python-not-found');
  });
});
