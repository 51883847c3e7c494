/** The command-line tool, run as a user runs it: a real process on real files. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, ORIGINAL, tempDir } from './cli-run.ts';

const dir = tempDir();
const GOOD = join(dir, 'Dockerfile.good');
writeFileSync(GOOD, 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n');
const REL = relative(process.cwd(), ORIGINAL);

describe('estaleiro lint', () => {
  it('prints one line per finding when output is not a terminal, and exits 1 when something is an error', () => {
    const r = cli(['lint', REL]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(`${REL}:5:7: error python-not-found: \`python\` does not exist in this image (ubuntu:latest): use \`python3\`.`);
    for (const l of lines) expect(l).toMatch(/^tests\/fixtures\/cli\/original-guide\.Dockerfile:\d+:\d+: (error|warning|info) [a-z0-9-]+: .+/);
    expect(r.err).toMatch(/^✖ \d+ problems \(3 errors, \d+ warnings, \d+ info\) in 1 file/);
  });

  it('exits 0 when nothing is at error severity', () => {
    const r = cli(['lint', GOOD]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/info no-healthcheck/);
  });

  it('speaks Portuguese with --locale pt-BR', () => {
    const r = cli(['lint', '--locale', 'pt-BR', ORIGINAL]);
    expect(r.out).toContain('não existe nesta imagem');
    expect(r.err).toMatch(/3 erros/);
  });

  it('reads standard input with -', () => {
    const r = cli(['lint', '-'], { input: 'FROM alpine:latest\nUSER 10001\n' });
    expect(r.out).toContain('-:1:6: warning base-image-latest');
    expect(r.code).toBe(0);
  });

  it('prints help and version', () => {
    expect(cli(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = cli(['lint', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--format', '--config', '--ignore', '--failure-threshold', '--no-color', 'checkstyle', 'gitlab']) expect(help.out).toContain(option);
  });
});

describe('usage and file problems exit 2 with a message on stderr', () => {
  it('rejects a missing command, an unknown command, option or format', () => {
    expect(cli([]).code).toBe(2);
    const unknown = cli(['check', ORIGINAL]);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('unknown command "check"')]);
    const option = cli(['lint', '--bogus', ORIGINAL]);
    expect([option.code, option.err]).toEqual([2, expect.stringContaining('unknown option "--bogus"')]);
    const format = cli(['lint', '--format', 'xml', ORIGINAL]);
    expect([format.code, format.err]).toEqual([2, expect.stringContaining('unknown format "xml"')]);
    const missing = cli(['lint', '--format']);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('--format needs a value')]);
    const none = cli(['lint']);
    expect([none.code, none.err]).toEqual([2, expect.stringContaining('no file given')]);
  });

  it('says which file is missing, a directory, binary, not UTF-8 or unreadable, and still lints the others', () => {
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
    const latin1 = join(dir, 'Dockerfile.latin1');
    writeFileSync(latin1, Buffer.from('FROM alpine:3.22\nLABEL author="Jos\xe9"\n', 'latin1'));
    const cases: [string, string][] = [[join(dir, 'nope'), 'no such file'], [dir, 'is a directory'], [binary, 'looks binary'], [latin1, 'is not UTF-8']];
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'Dockerfile.locked');
      writeFileSync(locked, 'FROM alpine:3.22\n');
      chmodSync(locked, 0o000);
      cases.push([locked, 'permission denied']);
    }
    for (const [file, why] of cases) {
      const r = cli(['lint', file, GOOD]);
      expect(r.code, file).toBe(2);
      expect(r.err).toContain(`estaleiro: ${file}: ${why}`);
      expect(r.out).toContain(`${GOOD}:`);
    }
  });

  it('a file problem wins over --no-fail and a none threshold', () => {
    expect(cli(['lint', '--no-fail', join(dir, 'nope')]).code).toBe(2);
    expect(cli(['lint', '-t', 'none', join(dir, 'nope')]).code).toBe(2);
  });
});

describe('failure threshold', () => {
  const warnOnly = join(dir, 'Dockerfile.warn');
  writeFileSync(warnOnly, 'FROM alpine:latest\nUSER 10001\n');
  const infoOnly = join(dir, 'Dockerfile.info');
  writeFileSync(infoOnly, 'FROM alpine:3.22\nUSER 10001\n');

  it('exits 1 only for findings at or above it (error by default)', () => {
    expect(cli(['lint', warnOnly]).code).toBe(0);
    expect(cli(['lint', '--failure-threshold', 'warning', warnOnly]).code).toBe(1);
    expect(cli(['lint', '--failure-threshold=warning', infoOnly]).code).toBe(0);
    expect(cli(['lint', '-t', 'info', infoOnly]).code).toBe(1);
    expect(cli(['lint', '-t', 'style', infoOnly]).code).toBe(1);
    expect(cli(['lint', '-t', 'none', ORIGINAL]).code).toBe(0);
    expect(cli(['lint', '--no-fail', ORIGINAL]).code).toBe(0);
    expect(cli(['lint', '-t', 'fatal', ORIGINAL]).code).toBe(2);
  });
});

describe('--ignore', () => {
  it('takes our ids, hadolint codes and BuildKit names, repeated or comma-separated', () => {
    const text = 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\nCMD python3 app.py\n';
    const file = join(dir, 'Dockerfile.ignore');
    writeFileSync(file, text);
    const all = cli(['lint', file]).out;
    expect(all).toContain('base-image-latest');
    expect(all).toContain('apt-pin');
    expect(all).toContain('json-args-recommended');
    const r = cli(['lint', '--ignore', 'DL3007', '--ignore=apt-pin,JSONArgsRecommended', file]);
    expect(r.out).not.toContain('base-image-latest');
    expect(r.out).not.toContain('apt-pin');
    expect(r.out).not.toContain('json-args-recommended');
    expect(r.out).toContain('apt-no-install-recommends');
  });

  it('rejects a name that is no rule, but accepts hadolint codes we do not implement', () => {
    const r = cli(['lint', '--ignore', 'no-such-rule', GOOD]);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('unknown rule "no-such-rule"')]);
    expect(cli(['lint', '--ignore', 'SC2086', '--ignore', 'DL9999', GOOD]).code).toBe(0);
  });
});

describe('the built bin', () => {
  it('runs the same command', () => {
    const r = spawnSync(process.execPath, [BIN, 'lint', ORIGINAL], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('python-not-found');
  });

  it('runs on the system Node too (Node 20 or later)', () => {
    const which = spawnSync('/usr/bin/env', ['node', '--version'], { encoding: 'utf8', env: { PATH: '/usr/local/bin:/usr/bin:/bin' } });
    if (which.status !== 0) return;
    const r = spawnSync('/usr/bin/env', ['node', BIN, 'lint', '--format', 'sarif', ORIGINAL], { encoding: 'utf8', env: { PATH: '/usr/local/bin:/usr/bin:/bin' } });
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).runs[0].results.length).toBeGreaterThan(0);
  });

  it('reads a config file and lints a directory of files named one by one', () => {
    const project = tempDir();
    mkdirSync(join(project, 'app'));
    writeFileSync(join(project, 'app', 'Dockerfile'), 'FROM alpine:latest\nUSER 10001\n');
    writeFileSync(join(project, '.hadolint.yaml'), 'ignored: [DL3007]\n');
    const r = spawnSync(process.execPath, [BIN, 'lint', 'app/Dockerfile'], { encoding: 'utf8', cwd: project, env: { PATH: process.env.PATH, HOME: project } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('base-image-latest');
  });
});
