/** lint(text, { context }): the context rules, and the no-context path left exactly as it was. */
import { describe, expect, it } from 'vitest';
import { lint } from '../lint.ts';
import { openContext } from './context.ts';

const TEXT = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';
const rules = (dockerignore?: string, files = ['main.py', 'requirements.txt']) =>
  lint(TEXT, { locale: 'en', context: openContext({ files, dockerignore }) }).filter((f) => f.severity !== 'info').map((f) => `${f.line} ${f.rule}`);

describe('lint with a build context', () => {
  it('start-file-not-copied appears when .dockerignore excludes main.py from COPY . .', () => {
    expect(rules()).toEqual([]);
    expect(rules('main.py\n')).toEqual(['7 start-file-not-copied']);
    expect(rules('*.py\n!main.py\n')).toEqual([]);
  });

  it('start-file-not-copied uses the real names: a context without main.py', () => {
    expect(rules(undefined, ['app.py', 'requirements.txt'])).toEqual(['7 start-file-not-copied']);
    expect(rules(undefined, ['src/main.py', 'requirements.txt'])).toEqual([]); // COPY . . brings src/main.py (the rule matches by name)
  });

  it('a missing requirements.txt is copy-source-not-found', () => {
    expect(rules(undefined, ['main.py'])).toEqual(['3 copy-source-not-found']);
  });

  it('without a context, no context rule runs (default, as before)', () => {
    const ids = lint('FROM python:3.13-slim\nWORKDIR /app\nCOPY nothing-here.txt .\nUSER 10001\nCMD ["python", "main.py"]\n', { locale: 'en' }).map((f) => f.rule);
    expect(ids).not.toContain('copy-source-not-found');
    expect(ids).toContain('start-file-not-copied');
  });
});
