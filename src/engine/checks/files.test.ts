import { describe, expect, it } from 'vitest';
import { covers } from './files.ts';
import { checkOn } from './testing.ts';

describe('covers', () => {
  it('matches names, folders, the whole context and simple globs', () => {
    expect(covers('main.py', 'main.py')).toBe(true);
    expect(covers('./', 'main.py')).toBe(true);
    expect(covers('src/', 'src/app.py')).toBe(true);
    expect(covers('*.py', 'main.py')).toBe(true);
    expect(covers('requirements.txt', 'main.py')).toBe(false);
  });
});

describe('copies', () => {
  it('passes when the file reaches the final image, even through a build stage', () => {
    expect(checkOn('FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n', { kind: 'copies', file: 'main.py' }).passed).toBe(true);
    const text = 'FROM python:3.13 AS build\nCOPY main.py /app/\nFROM python:3.13-slim\nCOPY --from=build /app /app\n';
    expect(checkOn(text, { kind: 'copies', file: 'main.py' }).passed).toBe(true);
  });
  it('says which file never arrives', () => {
    const r = checkOn('FROM python:3.13-slim\nCOPY requirements.txt .\n', { kind: 'copies', file: 'main.py' });
    expect(r.passed).toBe(false);
    expect(r.message).toContain('`main.py`');
  });
});
