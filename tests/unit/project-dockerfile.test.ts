/** The project's own Dockerfile follows the guide: Estaleiro's engine finds nothing in it. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.ts';

it('the project Dockerfile has zero findings, info included', () => {
  const findings = lint(readFileSync('Dockerfile', 'utf8'), { locale: 'en' });
  expect(findings.map((f) => `${f.line}:${f.column} ${f.rule}: ${f.message}`)).toEqual([]);
});

it('the build context leaves out what the image must not contain', () => {
  const ignore = readFileSync('.dockerignore', 'utf8').split('\n');
  for (const entry of ['node_modules', 'dist', '.git']) expect(ignore).toContain(entry);
});
