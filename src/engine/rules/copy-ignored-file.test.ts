import { describe, expect, it } from 'vitest';
import { openContext } from '../insight/context.ts';
import { lint } from '../lint.ts';
import { testRule } from '../testing.ts';
import rule from './copy-ignored-file.ts';

// The context comes from the rule's examples: main.py, tmp/notes.txt, docs/index.md; .dockerignore "tmp", "*.md", "**/*.md".
testRule(rule, {
  valid: ['FROM python:3.13-slim\nWORKDIR /app\nCOPY *.py ./\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n'],
  invalid: [
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nCOPY docs/*.md ./docs/\nCOPY tmp/* ./\nUSER 10001\nCMD ["python", "main.py"]\n', texts: ['docs/*.md', 'tmp/*'] },
  ],
});

describe('copy-ignored-file follows BuildKit', () => {
  const text = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY tmp/*.txt ./\nUSER 10001\nCMD ["python", "main.py"]\n';
  const ids = (dockerignore?: string) => lint(text, { locale: 'en', context: openContext({ files: ['main.py', 'tmp/a.txt'], dockerignore }) }).map((f) => f.rule);
  it('skips the check when .dockerignore has exceptions (validateCopySourcePath)', () => {
    expect(ids('tmp\n')).toContain('copy-ignored-file');
    expect(ids('tmp\n!tmp/a.txt\n')).not.toContain('copy-ignored-file');
  });
  it('needs a .dockerignore, and a context at all', () => {
    expect(ids(undefined)).not.toContain('copy-ignored-file');
    expect(lint(text, { locale: 'en' }).map((f) => f.rule)).not.toContain('copy-ignored-file');
  });
});
