import { describe, expect, it } from 'vitest';
import { lint } from './lint.ts';

const rules = (text: string) => lint(text, { locale: 'en' }).map((f) => `${f.line}:${f.rule}`);

describe('suppression comments', () => {
  const base = 'FROM ubuntu:latest\nUSER 10001\nHEALTHCHECK NONE\n';

  it('finds the rule without a comment (control)', () => {
    expect(rules(base)).toContain('1:base-image-latest');
  });

  it('honours `# hadolint ignore=` on the line right above, through the rule refs', () => {
    expect(rules(`# hadolint ignore=DL3007\n${base}`)).not.toContain('2:base-image-latest');
    expect(rules(`# hadolint ignore=DL3007,DL3008 # pinned by the base team\n${base}`)).not.toContain('2:base-image-latest');
    // Not right above: no effect.
    expect(rules(`# hadolint ignore=DL3007\n\n${base}`)).toContain('3:base-image-latest');
    // Another code: no effect.
    expect(rules(`# hadolint ignore=DL3006\n${base}`)).toContain('2:base-image-latest');
  });

  it('honours `# hadolint global ignore=` anywhere', () => {
    expect(rules(`${base}# hadolint global ignore=DL3007\n`)).not.toContain('1:base-image-latest');
    expect(rules(`# hadolint global ignore=DL3007\n${base}`)).not.toContain('2:base-image-latest');
  });

  it("honours BuildKit's `# check=skip=` as a top directive (whole file) and above one instruction", () => {
    const shell = 'FROM alpine:3.22\nUSER 10001\nHEALTHCHECK NONE\nCMD echo a\n';
    expect(rules(shell)).toContain('4:json-args-recommended');
    expect(rules(`# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\n${shell}`)).not.toContain('6:json-args-recommended');
    expect(rules(`# check=skip=all\n${shell}`)).not.toContain('5:json-args-recommended');
    expect(rules(shell.replace('CMD echo a', '# check=skip=JSONArgsRecommended\nCMD echo a'))).not.toContain('5:json-args-recommended');
    // A check directive after an ordinary comment is not a directive: it only covers the next instruction.
    expect(rules(`# a comment\n# check=skip=JSONArgsRecommended\n${shell}`)).toContain('6:json-args-recommended');
    // Check names are BuildKit's, not our ids.
    expect(rules(`# check=skip=json-args-recommended\n${shell}`)).toContain('5:json-args-recommended');
  });

  it('honours `# estaleiro ignore=` above an instruction and `# estaleiro global ignore=` anywhere', () => {
    expect(rules(`# estaleiro ignore=base-image-latest\n${base}`)).not.toContain('2:base-image-latest');
    expect(rules(`# estaleiro ignore=no-user\n${base}`)).toContain('2:base-image-latest');
    const guide = 'FROM ubuntu:24.04\nUSER 10001\nHEALTHCHECK NONE\nWORKDIR /app\nCOPY main.py .\n# estaleiro ignore=python-not-found\nCMD ["python", "main.py"]\n';
    expect(rules(guide)).not.toContain('7:python-not-found');
    expect(rules(`${guide}# estaleiro global ignore=no-healthcheck\n`)).not.toContain('1:no-healthcheck');
  });

  it('applies an instruction comment to a finding anywhere in that instruction', () => {
    const text = 'FROM ubuntu:24.04\n# hadolint ignore=DL3014\nRUN apt-get update \\\n  && apt-get install --no-install-recommends curl \\\n  && rm -rf /var/lib/apt/lists/*\nUSER 10001\n';
    expect(rules(text).some((r) => r.endsWith('apt-get-yes'))).toBe(false);
    expect(rules(text.replace('# hadolint ignore=DL3014\n', '')).some((r) => r.endsWith('apt-get-yes'))).toBe(true);
  });

  it('`# check=error=true` turns every BuildKit check into an error, and nothing else', () => {
    const text = 'FROM alpine:3.22 as build\nFROM alpine:3.22\nUSER 10001\nRUN apt update\nCMD echo a\n';
    const sev = (t: string) => lint(t, { locale: 'en' }).map((f) => `${f.rule}:${f.severity}`);
    expect(sev(text)).toContain('json-args-recommended:warning');
    const strict = sev(`# check=error=true\n${text}`);
    expect(strict).toContain('json-args-recommended:error');
    expect(strict).toContain('from-as-casing:error');
    expect(strict).toContain('use-apt-get:warning'); // hadolint-only: not a BuildKit check
    // Combined with skip, in either order; the skipped check is gone, the others are errors.
    for (const d of ['skip=FromAsCasing;error=true', 'error=true;skip=FromAsCasing', 'skip=FromAsCasing;error=TRUE']) {
      const r = sev(`# check=${d}\n${text}`);
      expect(r, d).toContain('json-args-recommended:error');
      expect(r.some((x) => x.startsWith('from-as-casing')), d).toBe(false);
    }
    // Spaces end the value (BuildKit cuts it there), so this one is refused: see syntax-invalid-check-directive.
    expect(sev('# check=skip = FromAsCasing\n' + text)).toContain('syntax-invalid-check-directive:error');
    // skip=all wins over error=true: nothing left to fail on.
    expect(sev(`# check=skip=all;error=true\n${text}`).filter((x) => x.endsWith(':error'))).toEqual([]);
    // Near misses: error=false, an invalid directive, a check line that is not in the directive block.
    expect(sev(`# check=error=false\n${text}`)).toContain('json-args-recommended:warning');
    expect(sev(`# check=error=true;bogus=1\n${text}`)).toContain('json-args-recommended:warning');
    expect(sev(`# a comment\n# check=error=true\n${text}`)).toContain('json-args-recommended:warning');
    expect(sev(text.replace('CMD echo a', '# check=error=true\nCMD echo a'))).toContain('json-args-recommended:warning');
  });

  it('silences a repeated CMD by DL4003 only, not by the codes of ENTRYPOINT or HEALTHCHECK', () => {
    const text = 'FROM alpine:3.22\nUSER 10001\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK NONE\nHEALTHCHECK NONE\n';
    const refs = lint(text, { locale: 'en' }).filter((f) => f.rule === 'multiple-instructions').map((f) => `${f.line}:${f.refs.hadolint?.join()}`);
    expect(refs).toEqual(['3:DL4003', '5:DL4004', '7:DL3012']);
    const silenced = (code: string) => rules(`# hadolint global ignore=${code}\n${text}`).filter((r) => r.endsWith('multiple-instructions'));
    expect(silenced('DL4003')).toEqual(['6:multiple-instructions', '8:multiple-instructions']);
    expect(silenced('DL3012')).toEqual(['4:multiple-instructions', '6:multiple-instructions']);
  });

  it('promotes an experimental check (InvalidDefinitionDescription) only when the directive enables it', () => {
    const text = '# a note\nARG V=1\nFROM alpine:3.22\nUSER 10001\n';
    const sev = (d: string) => lint(`${d}\n${text}`, { locale: 'en' }).filter((f) => f.rule === 'invalid-definition-description').map((f) => f.severity);
    expect(sev('# check=error=true')).toEqual(['info']);
    expect(sev('# check=error=true;experimental=InvalidDefinitionDescription')).toEqual(['error']);
    expect(sev('# check=experimental=all;error=true')).toEqual(['error']);
  });
});
