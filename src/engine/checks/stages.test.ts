import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

const spec = { kind: 'multi-stage' } as const;

describe('multi-stage', () => {
  it('passes when the final stage copies only from a build stage', () => {
    const text = 'FROM python:3.13 AS build\nRUN python -m venv /opt/venv\nFROM python:3.13-slim\nCOPY --from=build /opt/venv /opt/venv\n';
    expect(checkOn(text, spec).passed).toBe(true);
  });
  it('fails with one stage', () => {
    expect(checkOn('FROM python:3.13-slim\nCOPY . .\n', spec).message).toContain('only one stage');
  });
  it('points at a copy from the build context', () => {
    const text = 'FROM python:3.13 AS build\nRUN true\nFROM python:3.13-slim\nCOPY --from=build /a /a\nCOPY . .\n';
    const r = checkOn(text, spec);
    expect(r.passed).toBe(false);
    expect(r.message).toContain('Line 5');
  });
  it('fails when the final stage is built on the build stage', () => {
    expect(checkOn('FROM python:3.13 AS build\nRUN true\nFROM build\nCOPY --from=build /a /a\n', spec).passed).toBe(false);
  });
  it('an external image in --from is not another stage', () => {
    expect(checkOn('FROM python:3.13 AS build\nRUN true\nFROM python:3.13-slim\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n', spec).passed).toBe(false);
  });
});
