/** `estaleiro explain` and `estaleiro lint --context`, run as a user runs them: a real process on real directories. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run } from './cli-run.ts';

const cli = (args: string[], lang = 'C') => run(args, { env: { LANG: lang } });

/** A real project directory: a Dockerfile, its files, and optionally a .dockerignore. */
function project(dockerfile: string, files: Record<string, string>, dockerignore?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'estaleiro-ctx-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  if (dockerignore !== undefined) writeFileSync(join(dir, '.dockerignore'), dockerignore);
  return dir;
}

const BAD = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "main.py"]\n';
const GOOD = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';
const APP = { 'main.py': 'print("hi")\n', 'requirements.txt': 'flask==3.1.0\n', 'docs/notes.md': '# notes\n', 'tests/test_main.py': 'def test(): pass\n' };

interface JsonOut {
  stages: { name: string | null; index: number; needed: boolean; parents: { stage: number; via: string }[] }[];
  steps: { line: number; instruction: string; stage: number; layer: boolean; rerun: boolean; why?: string }[];
  stop: { pid1: { kind: string }; signal: string; reachesApp: string; graceSeconds: number; script?: { execs: boolean | null } };
}
const json = (out: string) => JSON.parse(out) as JsonOut;
const rerunLines = (out: string) => json(out).steps.filter((s) => s.rerun).map((s) => s.line);

describe('estaleiro explain', () => {
  it('the classic lesson on a real directory: COPY . . first reruns pip install when main.py changes', () => {
    const bad = project(BAD, APP);
    const good = project(GOOD, APP);
    expect(rerunLines(cli(['explain', '--format', 'json', '--context', bad, '--changed', 'main.py', join(bad, 'Dockerfile')]).out)).toEqual([3, 4]);
    const r = cli(['explain', '--format=json', `--context=${good}`, '--changed', join(good, 'main.py'), join(good, 'Dockerfile')]);
    expect(r.code).toBe(0);
    expect(rerunLines(r.out)).toEqual([5]);
    const steps = json(r.out).steps;
    expect(steps.map((s) => [s.line, s.instruction, s.layer])).toEqual([[1, 'FROM', false], [2, 'WORKDIR', false], [3, 'COPY', true], [4, 'RUN', true],
      [5, 'COPY', true], [6, 'USER', false], [7, 'CMD', false]]);
    expect(steps[4]!.why).toBe('main.py changed and this step copies it (source .)');
  });

  it("respects the directory's .dockerignore: an excluded file changes nothing", () => {
    const dir = project(BAD, APP, 'docs\n**/*.md\n');
    expect(rerunLines(cli(['explain', '--format', 'json', '--context', dir, '--changed', 'docs/notes.md', join(dir, 'Dockerfile')]).out)).toEqual([]);
    const without = project(BAD, APP);
    expect(rerunLines(cli(['explain', '--format', 'json', '--context', without, '--changed', 'docs/notes.md', join(without, 'Dockerfile')]).out)).toEqual([3, 4]);
  });

  it('stages: needed, parents and --target; --build-arg reruns from the first RUN after the ARG', () => {
    const text = 'FROM golang:1.25 AS build\nWORKDIR /src\nCOPY . .\nARG VERSION=dev\nRUN go build -ldflags "-X main.v=$VERSION" -o /app .\nFROM alpine:3.22 AS test\nRUN echo test\nFROM alpine:3.22\nCOPY --from=build /app /app\nUSER 10001\nENTRYPOINT ["/app"]\n';
    const dir = project(text, { 'main.go': 'package main\n' });
    const r = json(cli(['explain', '--format', 'json', '--build-arg', 'VERSION=1.2', join(dir, 'Dockerfile')]).out);
    expect(r.stages.map((s) => [s.name, s.needed])).toEqual([['build', true], ['test', false], [null, true]]);
    expect((r as unknown as { waves: number[][] }).waves).toEqual([[0], [2]]);
    expect(r.stages[2]!.parents).toEqual([{ stage: 0, via: 'copy', line: 9 }]);
    expect(r.steps.filter((s) => s.rerun).map((s) => s.line)).toEqual([5, 9]);
    const t = json(cli(['explain', '--format', 'json', '--target', 'test', join(dir, 'Dockerfile')]).out);
    expect(t.stages.map((s) => s.needed)).toEqual([false, true, false]);
    const bad = cli(['explain', '--target', 'nope', join(dir, 'Dockerfile')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no stage named "nope"');
  });

  it("stop: reads the entrypoint script from the context and sees whether it ends with exec", () => {
    const text = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nSTOPSIGNAL SIGINT\nENTRYPOINT ["./entrypoint.sh"]\nCMD ["python", "main.py"]\n';
    const execs = project(text, { 'main.py': '', 'entrypoint.sh': '#!/bin/sh\nset -e\npython migrate.py\nexec "$@"\n' });
    const s = json(cli(['explain', '--format', 'json', '--context', execs, join(execs, 'Dockerfile')]).out).stop;
    expect(s).toMatchObject({ pid1: { kind: 'script' }, signal: 'SIGINT', reachesApp: 'yes', graceSeconds: 10, script: { execs: true } });
    const plain = project(text, { 'main.py': '', 'entrypoint.sh': '#!/bin/sh\npython migrate.py\n"$@"\n' });
    expect(json(cli(['explain', '--format', 'json', '--context', plain, join(plain, 'Dockerfile')]).out).stop.reachesApp).toBe('no');
  });

  it('prints readable text in English and in Portuguese (LANG or --locale)', () => {
    const dir = project('FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD python main.py\n', APP);
    const en = cli(['explain', '--context', dir, '--changed', 'main.py', join(dir, 'Dockerfile')]);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Stages (target: #0)');
    expect(en.out).toMatch(/3 {2}layer {3}COPY \. \. .*RERUN: main\.py changed/);
    expect(en.out).toContain('PID 1 is a shell (/bin/sh)');
    expect(en.out).toContain('10 s: if it is still running, SIGKILL');
    const pt = cli(['explain', '--changed', 'main.py', join(dir, 'Dockerfile')], 'pt_BR.UTF-8');
    expect(pt.out).toContain('Estágios (alvo: #0)');
    expect(pt.out).toContain('REFAZ: main.py mudou');
    expect(pt.out).toContain('A aplicação nunca recebe o SIGTERM');
    expect(cli(['explain', '--locale', 'pt-BR', join(dir, 'Dockerfile')]).out).toContain('Passe --changed CAMINHO');
  });

  it('usage and file errors exit 2', () => {
    const dir = project(BAD, APP);
    expect(cli(['explain']).code).toBe(2);
    expect(cli(['explain', '--format', 'xml', join(dir, 'Dockerfile')]).code).toBe(2);
    expect(cli(['explain', join(dir, 'missing')]).err).toContain('missing: no such file');
    const noDir = cli(['explain', '--context', join(dir, 'nope'), join(dir, 'Dockerfile')]);
    expect(noDir.code).toBe(2);
    expect(noDir.err).toContain('nope: not found');
    expect(cli(['explain', '--help']).out).toContain('Usage: estaleiro explain');
  });
});

describe('estaleiro lint --context', () => {
  it('finds a missing COPY source, a .dockerignore-excluded start file, and stays quiet without --context', () => {
    const text = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';
    const dir = project(text, { 'main.py': '' }, 'main.py\n');
    const r = cli(['lint', '--context', dir, join(dir, 'Dockerfile')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(':3:6: error copy-source-not-found: `requirements.txt` does not exist in the build context');
    expect(r.out).toContain(':7:17: error start-file-not-copied:');
    const plain = cli(['lint', join(dir, 'Dockerfile')]);
    expect(plain.code).toBe(0);
    expect(plain.out).not.toContain('copy-source-not-found');
    expect(cli(['lint', '--context', join(dir, 'nope'), join(dir, 'Dockerfile')]).code).toBe(2);
  });

  it('reports a wildcard COPY of excluded files as copy-ignored-file (BuildKit CopyIgnoredFile)', () => {
    const dir = project('FROM alpine:3.22\nCOPY config/*.yaml /etc/app/\nUSER 10001\n', { 'config/app.yaml': 'a: 1\n' }, 'config\n');
    const r = cli(['lint', '--format', 'json', '--context', dir, join(dir, 'Dockerfile')]);
    const findings = JSON.parse(r.out) as { rule: string; refs: { buildkit?: string[] } }[];
    expect(findings.find((f) => f.rule === 'copy-ignored-file')?.refs.buildkit).toEqual(['CopyIgnoredFile']);
  });
});
