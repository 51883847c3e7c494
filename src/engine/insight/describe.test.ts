import { describe, expect, it } from 'vitest';
import { describeReason, describeStop } from './describe.ts';
import { explain } from './explain.ts';
import type { RerunReason } from './types.ts';

const stages = explain('FROM alpine:3.22 AS build\nFROM alpine:3.22\n').stages;
const REASONS: RerunReason[] = [
  { code: 'file-changed', file: 'main.py', source: '.' }, { code: 'arg-changed', arg: 'V', used: 'env', line: 4 },
  { code: 'arg-changed', arg: 'V', used: 'expanded', line: 3 }, { code: 'base-arg-changed', arg: 'PY' },
  { code: 'parent-stage-changed', stage: 0 }, { code: 'copied-stage-changed', stage: 0 }, { code: 'mounted-stage-changed', stage: 1 },
  { code: 'after-miss', line: 3 },
];

describe('describe', () => {
  it('says every rerun reason in both languages, naming stages by alias or #index', () => {
    for (const r of REASONS) {
      const en = describeReason(r, stages, 'en');
      const pt = describeReason(r, stages, 'pt-BR');
      expect(en).not.toBe(pt);
      expect(en.length).toBeGreaterThan(10);
    }
    expect(describeReason({ code: 'copied-stage-changed', stage: 0 }, stages, 'en')).toContain('stage build');
    expect(describeReason({ code: 'mounted-stage-changed', stage: 1 }, stages, 'pt-BR')).toContain('estágio #1');
  });

  it('tells the stop sequence: PID 1, the signal and its source, whether it arrives, SIGKILL at the grace period', () => {
    const stop = explain('FROM python:3.13-slim\nSTOPSIGNAL SIGQUIT\nCMD python main.py\n').stop!;
    expect(describeStop(stop, 'en')).toEqual([
      'PID 1 is a shell (/bin/sh) that runs the application as a child and does not pass signals on.',
      '0 s: docker stop sends SIGQUIT (STOPSIGNAL, line 2) to PID 1.',
      'The application never receives SIGQUIT: use exec form, exec in the script, or an init (tini, docker run --init).',
      '10 s: if it is still running, SIGKILL (docker stop -t / --stop-timeout change the grace period).',
    ]);
    expect(describeStop(stop, 'pt-BR')[1]).toBe('0 s: o docker stop manda SIGQUIT (STOPSIGNAL, linha 2) ao PID 1.');
  });
});
