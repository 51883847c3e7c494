import { describe, expect, it } from 'vitest';
import { checkOn } from './testing.ts';

const spec = { kind: 'deps-first' } as const;
const head = 'FROM python:3.13-slim\nWORKDIR /app\n';

describe('deps-first', () => {
  it('passes for manifest, install, then the rest', () => {
    expect(checkOn(`${head}COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n`, spec).passed).toBe(true);
    expect(checkOn('FROM node:24-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n', spec).passed).toBe(true);
  });
  it('fails when the install comes after COPY . .', () => {
    const r = checkOn(`${head}COPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n`, spec);
    expect(r.passed).toBe(false);
    expect(r.message).toContain('after `COPY . .`');
  });
  it('fails when the source is never copied, or nothing installs', () => {
    expect(checkOn(`${head}COPY requirements.txt .\nRUN pip install -r requirements.txt\n`, spec).message).toContain('never copied');
    expect(checkOn(`${head}COPY . .\n`, spec).message).toContain('No `RUN` installs');
  });
  it('needs the manifest copied before the install', () => {
    expect(checkOn(`${head}RUN pip install flask\nCOPY . .\n`, spec).message).toContain('manifest');
  });
  it('reads the build stage a multi-stage file copies from', () => {
    const text = 'FROM python:3.13 AS build\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nFROM python:3.13-slim\nCOPY --from=build /app /app\n';
    expect(checkOn(text, spec).passed).toBe(true);
  });
});

describe('deps-first with named files', () => {
  it('counts any copy of source files as the rest of the source', () => {
    const text = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY main.py .\n';
    expect(checkOn(text, { kind: 'deps-first' }).passed).toBe(true);
    expect(checkOn('FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py requirements.txt ./\nRUN pip install -r requirements.txt\n', { kind: 'deps-first' }).passed).toBe(false);
  });
});
