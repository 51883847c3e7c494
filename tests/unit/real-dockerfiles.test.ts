/**
 * Real-world Dockerfiles that Docker (BuildKit, `docker/dockerfile:1`) builds must get no
 * error-severity finding, and nothing may crash. The fixtures in tests/fixtures/dockerfiles/ are
 * written in the style of official images and large projects: Debian and Alpine builds from
 * source, multi-stage Go/Rust/Java/.NET builds, Windows images with a backtick escape, heredocs,
 * BuildKit's newer flags, ARG-driven FROM, CRLF line endings, a UTF-8 BOM, tabs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../src/engine/fix.ts';
import { expectInside, strictLint } from '../../src/engine/testing.ts';
import type { Finding } from '../../src/engine/types.ts';

const DIR = 'tests/fixtures/dockerfiles';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.Dockerfile'))
  .sort()
  .map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));

const show = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule}: ${f.message}`).join('\n');
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

function assertClean(text: string): Finding[] {
  const findings = strictLint(text);
  expect(errorsOf(findings), `error findings:\n${show(findings)}`).toEqual([]);
  expectInside(text, findings);
  return findings;
}

describe('real Dockerfiles', () => {
  it('has 20 to 25 fixtures, one of them about 300 lines, with CRLF, a BOM, heredocs and a backtick escape', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.length).toBeLessThanOrEqual(25);
    expect(Math.max(...fixtures.map((f) => f.text.split('\n').length))).toBeGreaterThanOrEqual(290);
    expect(fixtures.some((f) => f.text.includes('\r\n'))).toBe(true);
    expect(fixtures.some((f) => f.text.startsWith('\uFEFF'))).toBe(true);
    expect(fixtures.some((f) => /^# escape=`/m.test(f.text))).toBe(true);
    expect(fixtures.some((f) => /^RUN <<-?\w+/m.test(f.text) && /^COPY <</m.test(f.text))).toBe(true);
  });

  for (const { name, text } of fixtures) {
    describe(name, () => {
      it('gets no error-severity finding and keeps every range inside the document', () => {
        assertClean(text);
      });

      it('has fixes that apply without throwing and lint again without crashing', () => {
        for (const f of strictLint(text)) {
          if (!f.fix) continue;
          const fixed = applyFix(text, f);
          expect(typeof fixed).toBe('string');
          const again = strictLint(fixed);
          expectInside(fixed, again);
          expect(errorsOf(again), `after the fix "${f.fix.title}" of ${f.rule} at ${f.line}:${f.column}:\n${show(again)}`).toEqual([]);
        }
      });

      it('stays clean with CRLF line endings and with a UTF-8 BOM', () => {
        assertClean(text.replace(/\r?\n/g, '\r\n'));
        assertClean(text.startsWith('\uFEFF') ? text : `\uFEFF${text}`);
      });
    });
  }
});

describe('dockerfile-utils alone', () => {
  const unpack = fixtures.filter((f) => /^ADD\s+(?:--\S+\s+)*--unpack\b/m.test(f.text));

  it('reports `ADD --unpack` as an unknown flag, an error we do not inherit', () => {
    expect(unpack.length).toBeGreaterThan(0);
    for (const { name, text } of unpack) {
      const errors = validate(text).filter((d) => d.severity === 1);
      // ValidationCode 39 is UNKNOWN_ADD_FLAG; the message names the flag.
      expect(errors.some((d) => Number(d.code) === 39 && /unpack/.test(String(d.message))), `${name}: ${JSON.stringify(errors)}`).toBe(true);
      expect(errorsOf(strictLint(text)), name).toEqual([]);
    }
  });
});
