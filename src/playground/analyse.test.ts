import { describe, expect, it } from 'vitest';
import * as checker from '../engine/checks/evaluate.ts';
import * as engine from '../engine/insight/index.ts';
import { analyse as analyseWith, type BuildOptions } from './analyse.ts';

const analyse = (text: string, locale: 'en' | 'pt-BR', checks?: Parameters<typeof analyseWith>[2], build?: BuildOptions) => analyseWith(text, locale, checks, build, engine, checker);

describe('analyse with exercise checks', () => {
  it('refuses checks without the checks engine (the worker loads it only for exercises)', () => {
    expect(() => analyseWith('FROM ubuntu:24.04\n', 'en', [{ kind: 'pinned-base' }])).toThrow(/checks engine/);
  });
  it('evaluates the checks on the same lint, only when asked', () => {
    expect('exercise' in analyse('FROM ubuntu:24.04\n', 'en')).toBe(false);
    const r = analyse('FROM ubuntu:latest\n', 'pt-BR', [{ kind: 'pinned-base' }]);
    expect(r.exercise?.checks.map((c) => c.passed)).toEqual([false]);
    expect(r.exercise?.solved).toBe(false);
    expect(analyse('FROM ubuntu:24.04\n', 'en', [{ kind: 'pinned-base' }]).exercise?.solved).toBe(true);
  });
});

const FILES = [{ name: 'main.py', content: 'print(1)\n' }, { name: 'requirements.txt', content: 'flask\n' }];
const REQS_FIRST = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n';
const ALL_FIRST = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "main.py"]\n';
const reruns = (text: string, changed: string[]) =>
  analyse(text, 'en', undefined, { context: { files: FILES }, changed, insight: true }).insight!.steps.filter((s) => s.rerun).map((s) => s.line);

describe('analyse with a build context (the Build view)', () => {
  it('refuses a context without the insight engine (the worker loads it first)', () => {
    expect(() => analyseWith('FROM alpine:3.22\n', 'en', undefined, { context: { files: [] } })).toThrow(/insight engine/);
  });

  it('computes the insight only when asked, from the same pass', () => {
    expect(analyse(REQS_FIRST, 'en', undefined, { context: { files: FILES } }).insight).toBeUndefined();
    const r = analyse('ARG PY=3.13\nFROM python:${PY}-slim\nARG PY\nRUN echo $PY\n', 'en', undefined, { insight: true, changedArgs: ['PY'] });
    expect(r.args).toEqual(['PY']);
    expect(r.insight!.steps.filter((s) => s.rerun).map((s) => s.line)).toEqual([4]);
  });

  it('the classic lesson: main.py reruns pip install only when COPY . . comes first', () => {
    expect(reruns(REQS_FIRST, ['main.py'])).toEqual([5]);
    expect(reruns(REQS_FIRST, ['requirements.txt'])).toEqual([3, 4, 5]);
    expect(reruns(ALL_FIRST, ['main.py'])).toEqual([3, 4]);
  });

  it('a .dockerignore that excludes main.py brings the context findings', () => {
    const rules = (dockerignore?: string) => analyse(REQS_FIRST, 'en', undefined, { context: { files: FILES, dockerignore } }).findings.map((f) => f.rule);
    expect(rules()).not.toContain('start-file-not-copied');
    const ignored = rules('main.py\n');
    expect(ignored).toContain('start-file-not-copied');
    expect(analyse('FROM alpine:3.22\nCOPY main.py .\n', 'en', undefined, { context: { files: FILES, dockerignore: 'main.py\n' } }).findings.map((f) => f.rule))
      .toContain('copy-source-not-found');
    // Without a context the findings do not check sources at all.
    expect(analyse('FROM alpine:3.22\nCOPY nothing.txt .\n', 'en').findings.map((f) => f.rule)).not.toContain('copy-source-not-found');
  });
});

describe('the stop timeline reads entrypoint scripts from the context texts', () => {
  it('knows whether the script ends with exec', () => {
    const text = 'FROM alpine:3.22\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["app"]\n';
    const stop = (content: string) => analyse(text, 'en', undefined, { context: { files: [{ name: 'docker-entrypoint.sh', content }] }, insight: true }).insight!.stop!;
    expect(stop('#!/bin/sh\nset -e\nexec "$@"\n').script).toMatchObject({ inContext: true, execs: true });
    expect(stop('#!/bin/sh\n"$@"\n').script).toMatchObject({ inContext: true, execs: false });
    expect(stop('#!/bin/sh\n"$@"\n').reachesApp).toBe('no');
  });
});
