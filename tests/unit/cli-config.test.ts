/** Config files as hadolint users have them, and our own: found, applied, and refused when broken. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-run.ts';

/** A project directory (with .git, where the upward search stops) holding a Dockerfile and files. */
function project(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const DOCKERFILE = 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n';
const rules = (out: string) => [...out.matchAll(/: (?:error|warning|info) ([a-z0-9-]+):/g)].map((m) => m[1]);

describe('.hadolint.yaml in the working directory', () => {
  it('ignores rules by hadolint code', () => {
    const dir = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'ignored:\n  - DL3007\n  - DL3015\n  - SC2086\n' });
    const r = cli(['lint', 'Dockerfile'], { cwd: dir });
    expect(rules(r.out)).not.toContain('base-image-latest');
    expect(rules(r.out)).not.toContain('apt-no-install-recommends');
    expect(rules(r.out)).toContain('apt-pin');
    expect(r.code).toBe(0);
  });

  it('overrides severities (style is our info) and the exit code follows', () => {
    const dir = project({ Dockerfile: DOCKERFILE, '.hadolint.yml': 'override:\n  error: [DL3007]\n  style: [DL3015]\n' });
    const r = cli(['lint', 'Dockerfile'], { cwd: dir });
    expect(r.out).toContain('1:6: error base-image-latest');
    expect(r.out).toMatch(/info apt-no-install-recommends/);
    expect(r.code).toBe(1);
  });

  it('reads failure-threshold and no-fail; the command line wins over the file', () => {
    const dir = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'failure-threshold: warning\n' });
    expect(cli(['lint', 'Dockerfile'], { cwd: dir }).code).toBe(1);
    expect(cli(['lint', '--failure-threshold', 'error', 'Dockerfile'], { cwd: dir }).code).toBe(0);
    const noFail = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'failure-threshold: info\nno-fail: true\n' });
    expect(cli(['lint', 'Dockerfile'], { cwd: noFail }).code).toBe(0);
  });

  it('reads format (hadolint names too) and no-color', () => {
    const json = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'format: json\n' });
    expect(Array.isArray(JSON.parse(cli(['lint', 'Dockerfile'], { cwd: json }).out))).toBe(true);
    const tty = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'format: tty\nno-color: true\n' });
    const r = cli(['lint', 'Dockerfile'], { cwd: tty, env: { FORCE_COLOR: '1' } });
    expect(r.out).toContain('warning[base-image-latest]');
    expect(r.out).not.toContain('\u001b[');
    expect(cli(['lint', '-f', 'compact', 'Dockerfile'], { cwd: json }).out).toContain('Dockerfile:1:6: warning base-image-latest');
  });

  it('flags images from registries outside trustedRegistries, with wildcards, and leaves stages and scratch alone', () => {
    const text = [
      'FROM registry.example.com/base:1 AS build', 'FROM quay.io/org/tool:2 AS tool', 'FROM build', 'COPY --from=ghcr.io/org/x:1 /x /x',
      'COPY --from=tool /t /t', 'RUN --mount=type=bind,from=ghcr.io/org/y:1,target=/y true', 'RUN --mount=type=bind,from=tool,target=/t true',
      'FROM scratch', 'COPY --from=build /app /app', 'USER 10001', '',
    ].join('\n');
    const dir = project({ Dockerfile: text, '.hadolint.yaml': 'trustedRegistries:\n  - "*.example.com"\n  - docker.io\n' });
    const r = cli(['lint', '-f', 'json', 'Dockerfile'], { cwd: dir });
    const found = (JSON.parse(r.out) as { rule: string; line: number; message: string; refs: unknown }[]).filter((f) => f.rule === 'untrusted-registry');
    expect(found.map((f) => f.line)).toEqual([2, 4, 6]);
    expect(found[0]!.message).toContain('quay.io');
    expect(found[0]!.refs).toEqual({ hadolint: ['DL3026'] });
    expect(cli(['lint', '--ignore', 'DL3026', '-f', 'json', 'Dockerfile'], { cwd: dir }).out).not.toContain('untrusted-registry');
    writeFileSync(join(dir, 'Dockerfile.pragma'), '# hadolint ignore=DL3026\nFROM quay.io/org/tool:2\nFROM gcr.io/x/y:1\nUSER 10001\n');
    const pragma = JSON.parse(cli(['lint', '-f', 'json', 'Dockerfile.pragma'], { cwd: dir }).out) as { rule: string; line: number }[];
    expect(pragma.filter((f) => f.rule === 'untrusted-registry').map((f) => f.line)).toEqual([3]);
    const flagged = JSON.parse(cli(['lint', '--trusted-registry', 'quay.io', '-f', 'json', 'Dockerfile'], { cwd: dir }).out) as { rule: string; line: number }[];
    expect(flagged.filter((f) => f.rule === 'untrusted-registry').map((f) => f.line)).toEqual([4, 6]);
  });

  it('checks label-schema on the final image, and strict-labels', () => {
    const text = 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="not a url" version="1.2.3" extra=x built=""\nUSER 10001\n';
    const schema = 'label-schema:\n  org.opencontainers.image.source: url\n  version: semver\n  maintainer: email\n  built: rfc3339\nstrict-labels: true\n';
    const dir = project({ Dockerfile: text, '.hadolint.yaml': schema });
    const out = cli(['lint', 'Dockerfile'], { cwd: dir }).out;
    expect(out).toContain('1:1: info label-missing: The final image lacks the label `maintainer`');
    expect(out).toMatch(/2:7: warning label-invalid: The label `org\.opencontainers\.image\.source` should be of type `url`/);
    expect(out).not.toMatch(/label-invalid: The label `version`/);
    expect(out).toMatch(/label-invalid: The label `built` from the `label-schema` is empty/);
    expect(out).toMatch(/info label-not-in-schema: The label `extra`/);
  });
});

describe('finding the config file', () => {
  it('prefers .estaleiro.yaml (our ids, DL codes and BuildKit names) over .hadolint.yaml in the same directory', () => {
    const dir = project({ Dockerfile: DOCKERFILE, '.estaleiro.yaml': 'ignored: [base-image-latest, JSONArgsRecommended]\n', '.hadolint.yaml': 'ignored: [DL3008]\n' });
    const out = rules(cli(['lint', 'Dockerfile'], { cwd: dir }).out);
    expect(out).not.toContain('base-image-latest');
    expect(out).toContain('apt-pin');
  });

  it('looks upward from the working directory, up to the repository root', () => {
    const dir = project({ 'services/api/Dockerfile': DOCKERFILE, '.hadolint.yaml': 'ignored: [DL3007]\n' });
    expect(rules(cli(['lint', 'Dockerfile'], { cwd: join(dir, 'services/api') }).out)).not.toContain('base-image-latest');
    const outside = tempDir();
    writeFileSync(join(outside, '.hadolint.yaml'), 'ignored: [DL3008]\n');
    mkdirSync(join(outside, 'repo', '.git'), { recursive: true });
    writeFileSync(join(outside, 'repo', 'Dockerfile'), DOCKERFILE);
    expect(rules(cli(['lint', 'Dockerfile'], { cwd: join(outside, 'repo'), env: { HOME: join(outside, 'repo') } }).out)).toContain('apt-pin');
  });

  it('falls back to hadolint\'s places in the home directory', () => {
    const home = tempDir();
    mkdirSync(join(home, '.config'));
    writeFileSync(join(home, '.config', 'hadolint.yaml'), 'ignored: [DL3007]\n');
    const dir = project({ Dockerfile: DOCKERFILE });
    expect(rules(cli(['lint', 'Dockerfile'], { cwd: dir, env: { HOME: home } }).out)).not.toContain('base-image-latest');
    const xdg = tempDir();
    writeFileSync(join(xdg, 'hadolint.yaml'), 'ignored: [DL3008]\n');
    expect(rules(cli(['lint', 'Dockerfile'], { cwd: dir, env: { HOME: home, XDG_CONFIG_HOME: xdg } }).out)).not.toContain('apt-pin');
  });

  it('takes --config FILE instead of searching', () => {
    const dir = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'ignored: [DL3007]\n', 'ci/lint.yaml': 'ignored: [DL3008]\n' });
    const out = rules(cli(['lint', '--config', 'ci/lint.yaml', 'Dockerfile'], { cwd: dir }).out);
    expect(out).toContain('base-image-latest');
    expect(out).not.toContain('apt-pin');
  });
});

describe('a broken config is an error (exit 2), never silently ignored', () => {
  const cases: [string, string][] = [
    ['ignored: [DL3007\n', 'not valid YAML'],
    ['- just\n- a list\n', 'expected a mapping'],
    ['ignored: DL3007\n', 'ignored: expected a list of rule names'],
    ['ignored: [no-such-rule]\n', 'ignored: unknown rule "no-such-rule"'],
    ['override:\n  fatal: [DL3007]\n', 'override.fatal: unknown severity'],
    ['failure-threshold: sometimes\n', 'failure-threshold: expected error, warning, info, style or none'],
    ['format: xml\n', 'format: unknown format "xml"'],
    ['label-schema:\n  version: number\n', 'label-schema.version: expected one of'],
    ['no-fail: yes please\n', 'no-fail: expected true or false'],
  ];
  it.each(cases)('%j', (config, message) => {
    const dir = project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': config });
    const r = cli(['lint', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(dir, '.hadolint.yaml')}: ${message}`);
  });

  it('a missing --config file', () => {
    const r = cli(['lint', '--config', 'nope.yaml', 'Dockerfile'], { cwd: project({ Dockerfile: DOCKERFILE }) });
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('nope.yaml: no such file')]);
  });

  it('an unknown key is only a warning', () => {
    const r = cli(['lint', 'Dockerfile'], { cwd: project({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'ignored: []\nshiny: true\n' }) });
    expect(r.code).toBe(0);
    expect(r.err).toContain('shiny: unknown key, ignored');
  });
});
