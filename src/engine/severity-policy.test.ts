/**
 * Severity is a promise: `error` only where Docker rejects the file, or where the build or the
 * container fails as written. Every rule at error severity must be listed here with the reason;
 * a new `error` without one fails this test, and so does a listed rule that is no longer an error.
 */
import { describe, expect, it } from 'vitest';
import { SEVERITY_POLICY_EN, SEVERITY_POLICY_PT } from '../guide/rule-pages.ts';
import { CATALOGUE } from './catalogue.ts';

type Why = 'rejects' | 'build fails' | 'container fails';

const ERRORS: Record<string, [Why, string]> = {
  // The guide's rules: the file parses, but the build or the container cannot work.
  'pip-externally-managed': ['build fails', 'apt\'s pip refuses to install into the system Python (externally-managed-environment)'],
  'python-not-found': ['build fails', 'no `python` on Debian/Ubuntu unless installed: the RUN, or the container, stops with "not found"'],
  'start-file-not-copied': ['container fails', 'the program named in CMD/ENTRYPOINT is not in the image'],
  'copy-source-not-found': ['build fails', 'with a build context given: BuildKit stops with "failed to compute cache key: ... not found" when a COPY/ADD source is missing or excluded by .dockerignore'],
  // Practice rules BuildKit enforces.
  'copy-from-self': ['rejects', 'BuildKit: circular dependency detected on stage'],
  'expose-port-range': ['rejects', 'BuildKit: invalid containerPort (above 65535)'],
  // What BuildKit's parser or instruction parsing refuses.
  'syntax-argument-missing': ['rejects', 'BuildKit: <instruction> requires at least one argument'],
  'syntax-argument-extra': ['rejects', 'BuildKit: <instruction> requires exactly one argument'],
  'syntax-healthcheck-type-missing': ['rejects', 'BuildKit: HEALTHCHECK needs CMD or NONE'],
  'syntax-missing-value': ['rejects', 'BuildKit: ENV/LABEL must have two arguments'],
  'syntax-copy-needs-source-and-destination': ['rejects', 'BuildKit: COPY/ADD requires at least two arguments'],
  'syntax-from-arguments': ['rejects', 'BuildKit: FROM requires either one or three arguments'],
  'syntax-healthcheck-none-arguments': ['rejects', 'BuildKit: HEALTHCHECK NONE takes no arguments'],
  'syntax-invalid-stage-name': ['rejects', 'BuildKit: invalid name for build stage'],
  'syntax-flag-at-least-one': ['rejects', 'BuildKit: --retries cannot be negative'],
  'syntax-flag-duplicate': ['rejects', 'BuildKit: duplicate flag specified'],
  'syntax-flag-invalid-duration': ['rejects', 'BuildKit: time.ParseDuration fails'],
  'syntax-flag-less-than-1ms': ['rejects', 'BuildKit: interval cannot be less than 1ms'],
  'syntax-flag-missing-duration-unit': ['rejects', 'BuildKit: time: missing unit in duration'],
  'syntax-flag-missing-value': ['rejects', 'BuildKit: missing a value on flag'],
  'syntax-flag-unknown-unit': ['rejects', 'BuildKit: time: unknown unit in duration'],
  'syntax-no-source-image': ['rejects', 'BuildKit: no build stage in current context (an instruction before FROM)'],
  'syntax-invalid-escape-directive': ['rejects', 'BuildKit: invalid escape token'],
  'syntax-invalid-as': ['rejects', 'BuildKit: FROM … expected AS'],
  'syntax-copy-destination-not-directory': ['rejects', 'BuildKit: with more than one source the destination must be a directory ending in /'],
  'syntax-invalid-port': ['rejects', 'BuildKit: invalid containerPort'],
  'syntax-invalid-protocol': ['rejects', 'BuildKit: invalid proto'],
  'syntax-invalid-reference': ['rejects', 'BuildKit: invalid reference format'],
  'syntax-invalid-signal': ['rejects', 'BuildKit: invalid signal'],
  'syntax-invalid-flag-value': ['rejects', 'BuildKit: the flag\'s value does not parse'],
  'onbuild-forbidden-trigger': ['rejects', 'BuildKit: ONBUILD ONBUILD / FROM / MAINTAINER isn\'t allowed'],
  'syntax-shell-json-form': ['rejects', 'BuildKit: SHELL requires the arguments to be in JSON form'],
  'syntax-shell-requires-one': ['rejects', 'BuildKit: SHELL requires at least one argument'],
  'syntax-missing-equals': ['rejects', 'BuildKit: can\'t find = in …, must be of the form name=value'],
  'syntax-missing-name': ['rejects', 'BuildKit: names can not be blank'],
  'syntax-missing-single-quote': ['rejects', 'BuildKit: unexpected end of statement while looking for matching single-quote'],
  'syntax-missing-double-quote': ['rejects', 'BuildKit: unexpected end of statement while looking for matching double-quote'],
  'syntax-unknown-instruction': ['rejects', 'BuildKit: unknown instruction'],
  'syntax-unknown-flag': ['rejects', 'BuildKit: unknown flag'],
  'syntax-healthcheck-unknown-type': ['rejects', 'BuildKit: unknown type for HEALTHCHECK'],
  'syntax-unsupported-modifier': ['rejects', 'BuildKit: unsupported modifier in substitution'],
  'syntax-healthcheck-cmd-missing': ['rejects', 'BuildKit: missing command after HEALTHCHECK CMD'],
  'syntax-invalid-from-flag': ['rejects', 'BuildKit: --from needs a stage, an index or an image'],
  'syntax-flag-boolean': ['rejects', 'BuildKit: expecting boolean value for flag'],
  'syntax-duplicate-escape-directive': ['rejects', 'BuildKit: only one escape parser directive can be used'],
  // The file builds, but what runs cannot work.
  'json-single-quotes': ['container fails', 'not JSON, so run as a shell command whose first word is `[\'…\',`: not found'],
  // What BuildKit's instruction parser and dispatcher refuse (src/engine/syntax/buildkit.ts cites each).
  'syntax-base-name-empty': ['rejects', 'BuildKit: base name (${…}) should not be blank, when the variable is declared nowhere'],
  'syntax-invalid-check-directive': ['rejects', 'BuildKit: a # check= directive it cannot parse stops the build'],
  'syntax-unterminated-heredoc': ['rejects', 'BuildKit: unterminated heredoc'],
  'syntax-run-mount': ['rejects', 'BuildKit: unknown mount type, option or value in RUN --mount'],
  'syntax-run-network': ['rejects', 'BuildKit: unsupported network mode in RUN --network'],
  'syntax-run-security': ['rejects', 'BuildKit: unsupported security mode in RUN --security'],
  'syntax-copy-chmod': ['rejects', 'BuildKit: invalid chmod parameter, neither octal nor symbolic'],
  'syntax-add-checksum': ['rejects', 'BuildKit: checksum requires an HTTP(S) or Git source, and one source only'],
  'syntax-copy-remote-source': ['rejects', 'BuildKit: source can not be a URL for COPY (or a Git repository)'],
  'syntax-volume-empty': ['rejects', 'BuildKit: VOLUME specified can not be an empty string'],
  'syntax-heredoc-destination': ['rejects', 'BuildKit: a heredoc cannot be the destination of COPY/ADD'],
  'syntax-copy-from-later-stage': ['rejects', 'BuildKit: COPY --from a stage not yet defined (or a stage index out of range) fails'],
  'syntax-invalid-platform': ['rejects', 'BuildKit: a literal --platform that does not parse as os/arch[/variant] fails'],
  'syntax-run-device-labs': ['rejects', 'BuildKit: RUN --device needs the labs Dockerfile syntax'],
};

describe('severity policy', () => {
  const errors = CATALOGUE.filter((r) => r.severity === 'error').map((r) => r.id).sort();

  it('every error-severity rule is listed with the reason Docker fails', () => {
    const unlisted = errors.filter((id) => !(id in ERRORS));
    expect(unlisted, 'an error needs a reason here (Docker rejects it, or the build/container fails); otherwise use warning or info').toEqual([]);
  });

  it('every listed rule is still an error (no stale justifications)', () => {
    expect(Object.keys(ERRORS).filter((id) => !errors.includes(id)).sort()).toEqual([]);
  });

  it('each reason is a real sentence', () => {
    for (const [id, [, reason]] of Object.entries(ERRORS)) expect(reason.length, id).toBeGreaterThan(15);
  });

  it('the rules index states the policy in both languages', () => {
    expect(SEVERITY_POLICY_EN).toMatch(/^## How severity is chosen\n/);
    expect(SEVERITY_POLICY_PT).toMatch(/^## Como a severidade é escolhida\n/);
    for (const text of [SEVERITY_POLICY_EN, SEVERITY_POLICY_PT]) expect(text).toContain('BuildKit');
  });
});
