/**
 * Docker syntax errors: dockerfile-utils' validator (with our ids and messages, see codes.ts),
 * minus its known false alarms, plus what it misses.
 */
import { validate, ValidationSeverity } from 'dockerfile-utils';
import type { Instruction } from 'dockerfile-ast';
import type { Model } from '../model.ts';
import { firstStageNamed, referenceProblem, resolveFromImage } from '../stages-helpers.ts';
import { lexWord } from '../vars.ts';
import type { Locale, Refs } from '../types.ts';
import { suggest } from '../suggest.ts';
import { REASONS } from './buildkit-codes.ts';
import { buildkitRejections } from './buildkit.ts';
import { validatorInput } from './validator-input.ts';
import { CODE_ALIASES, SYNTAX_CODES, type SyntaxCode } from './codes.ts';

const SETTINGS = {
  // Covered by our own rules, with BuildKit's semantics and fixes.
  instructionCasing: ValidationSeverity.IGNORE,
  deprecatedMaintainer: ValidationSeverity.IGNORE,
  instructionWorkdirRelative: ValidationSeverity.IGNORE,
  // Kept: all nine keys must be present, a missing key switches its check off.
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCmdMultiple: ValidationSeverity.WARNING,
  instructionEntrypointMultiple: ValidationSeverity.WARNING,
  instructionHealthcheckMultiple: ValidationSeverity.WARNING,
  instructionJSONInSingleQuotes: ValidationSeverity.WARNING,
};

const BY_CODE = new Map<number, SyntaxCode>(SYNTAX_CODES.map((c) => [c.code, c]));
export const SYNTAX_BY_ID = new Map<string, SyntaxCode>(SYNTAX_CODES.map((c) => [c.id, c]));

/** Flags BuildKit's current Dockerfile frontend accepts, per instruction. */
const KNOWN_FLAGS: Record<string, string[]> = {
  ADD: ['chmod', 'chown', 'checksum', 'keep-git-dir', 'link', 'exclude', 'unpack'],
  COPY: ['chmod', 'chown', 'from', 'link', 'parents', 'exclude'],
  RUN: ['mount', 'network', 'security', 'device'],
  FROM: ['platform'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** Signal names Docker accepts (moby's Linux signal map), without the optional SIG prefix. */
const SIGNALS = new Set(['ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL',
  'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM',
  'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`)]);

/** Docker upper-cases the name and drops a leading SIG, so `TERM`, `sigterm` and `15` are all fine. */
export function validSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) > 0;
  return SIGNALS.has(value.toUpperCase().replace(/^SIG/, ''));
}

export interface SyntaxFinding {
  code: SyntaxCode;
  start: number;
  end: number;
  data: Record<string, string>;
  instructionLine?: number;
  /** Refs of this finding when narrower than its code's (e.g. DL4003 for a second CMD only). */
  refs?: Refs;
}

/** hadolint's code for each instruction that may appear once per stage. */
const REPEAT_REFS: Record<string, string> = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' };

export function syntaxFindings(model: Model): SyntaxFinding[] {
  const out: SyntaxFinding[] = [];
  const { text, lines } = model;
  // The validator parses again: give it the text our model parsed, so it sees BuildKit's lines
  // (with its exponential stage-name regex defused: validator-input.ts).
  for (const d of validate(validatorInput(model), SETTINGS)) {
    const raw = typeof d.code === 'number' ? d.code : Number(d.code);
    const code = BY_CODE.get(CODE_ALIASES[raw] ?? raw);
    if (!code) continue;
    const start = lines.offsetAt(d.range.start);
    const end = lines.offsetAt(d.range.end);
    const under = text.slice(start, end);
    const line = (d as typeof d & { instructionLine?: number | null }).instructionLine;
    const instructionLine = line === null || line === undefined ? undefined : line;
    const keyword = instructionLine !== undefined ? keywordAt(model, instructionLine) : '';
    // dockerfile-utils lags BuildKit: flags it does not know yet are not errors.
    const data: Record<string, string> = { text: under, keyword };
    if (code.id === 'syntax-unknown-flag') {
      const flag = under.replace(/^--/, '').split('=')[0]!;
      if (KNOWN_FLAGS[keyword]?.includes(flag)) continue;
      // bflag.go: a lone `--` ends the flags (POSIX); what follows is an operand.
      if (under === '--' || afterDoubleDash(model, instructionLine, start)) continue;
      // bflag.go wraps "unknown flag" with BuildKit's did-you-mean over the instruction's flags.
      const close = KNOWN_FLAGS[keyword] ? suggest(flag, KNOWN_FLAGS[keyword]!) : undefined;
      if (close) data.suggest = `--${close}`;
    }
    // parse.go: an unknown instruction gets a case-insensitive did-you-mean over every instruction.
    if (code.id === 'syntax-unknown-instruction') {
      const close = suggest(under, INSTRUCTION_NAMES, false);
      if (close) data.suggest = close;
    }
    // BuildKit rejects only a negative `--retries`; 0 means "the default" (the legacy builder wanted ≥ 1).
    if (code.id === 'syntax-flag-at-least-one' && /^\+?0+$/.test(under.trim())) continue;
    // A zero duration (`--start-period=0s`, or Go's unitless `0`) means "the default" to BuildKit.
    if (code.id === 'syntax-flag-missing-duration-unit' && /^0+$/.test(under.trim())) continue;
    if (code.id === 'syntax-flag-less-than-1ms' && isZeroDuration(/^=([^\s]*)/.exec(text.slice(end))?.[1] ?? '')) continue;
    // dockerfile-utils only knows SIG-prefixed upper-case names; Docker is more lenient (and we
    // check literal names ourselves below).
    if (code.id === 'syntax-invalid-signal' && !under.includes('$')) continue;
    // `EXPOSE 127.0.0.1:80:80` is accepted by Docker; expose-invalid-format warns about it.
    if (code.id === 'syntax-invalid-port' && /^[\d.:[\]]+:\d+(-\d+)?(\/\w+)?$/.test(under)) continue;
    if (code.id === 'syntax-invalid-reference' && keyword === 'FROM' && quotedReferenceIsValid(model, instructionLine)) continue;
    if (validOnceLexed(model, code.id, under)) continue;
    if ((code.id === 'syntax-missing-double-quote' || code.id === 'syntax-missing-single-quote') && !unclosedQuoteAt(model, instructionLine)) continue;
    Object.assign(data, subject(code.id, text, start, under));
    const refs = code.id === 'multiple-instructions' && REPEAT_REFS[keyword]
      ? { hadolint: [REPEAT_REFS[keyword]!], buildkit: code.refs?.buildkit ?? [] } : undefined;
    out.push({ code, start, end, data, instructionLine, refs });
  }
  // What dockerfile-utils does not check: unknown RUN flags, signal names Docker does not know.
  for (const ins of model.instructions) {
    if (ins.getKeyword() === 'STOPSIGNAL') {
      const arg = ins.getArguments()[0];
      // BuildKit reads the signal through its word lexer: `"SIGTERM"` is SIGTERM.
      const [from, to] = arg ? model.offsets(arg) : [0, 0];
      const value = lexWord(model.text.slice(from, to), new Map(), model.escape).value;
      if (arg && !value.includes('$') && !validSignal(value)) {
        const [start, end] = model.offsets(arg);
        out.push({ code: SYNTAX_BY_ID.get('syntax-invalid-signal')!, start, end, data: { text: value, keyword: 'STOPSIGNAL' }, instructionLine: ins.getRange().start.line });
      }
    }
    if (ins.getKeyword() !== 'RUN' || !('getFlags' in ins)) continue;
    for (const f of (ins as Instruction & { getFlags(): { getName(): string; getRange(): never }[] }).getFlags()) {
      if (KNOWN_FLAGS.RUN!.includes(f.getName()) || f.getName() === '') continue;
      const [start, end] = model.offsets(f);
      if (afterDoubleDash(model, ins.getRange().start.line, start)) continue;
      const close = suggest(f.getName(), KNOWN_FLAGS.RUN!);
      out.push({ code: SYNTAX_BY_ID.get('syntax-unknown-flag')!, start, end, data: { text: `--${f.getName()}`, keyword: 'RUN', ...(close ? { suggest: `--${close}` } : {}) },
        instructionLine: ins.getRange().start.line });
    }
  }
  // Our own reading of BuildKit's parser: a bug there must not cost dockerfile-utils' findings.
  try {
    out.push(...buildkitRejections(model));
  } catch {
    // skipped: the rest still reports
  }
  return out;
}

/**
 * `FROM "alpine:3.22"`, `FROM alpine:'3.22'`: BuildKit's word lexer removes the quotes before it
 * parses the reference, which dockerfile-utils checks as written. (Variables are
 * invalid-default-arg-in-from's business.)
 */
function quotedReferenceIsValid(model: Model, line: number | undefined): boolean {
  const stage = model.stages.find((s) => s.from.getRange().start.line === line);
  if (!stage) return false;
  const resolved = resolveFromImage(model, stage);
  if (!/["']/.test(resolved.written) && !resolved.written.includes(model.escape)) return false;
  return resolved.value === undefined || resolved.usesVariables || referenceProblem(resolved.value) === undefined;
}

/**
 * What a finding is about, for messages that must name it rather than quote the fragment under
 * the range: the variable and modifier of `${name:x…}`, or the whole flag (`--timeout=abc`) and its
 * name (`--timeout`) around a flag's value.
 */
export function subject(id: string, text: string, start: number, under: string): Record<string, string> {
  if (id === 'syntax-unsupported-modifier') {
    const open = text.lastIndexOf('${', start);
    const colon = text.lastIndexOf(':', start);
    const name = open >= 0 && colon > open ? text.slice(open + 2, colon) : '';
    return { name, modifier: `:${under}` };
  }
  if (!id.startsWith('syntax-flag') && id !== 'syntax-invalid-flag-value') return {};
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let dash = text.lastIndexOf('--', start + (under.startsWith('--') ? 0 : -1));
  if (dash < lineStart) dash = -1;
  if (dash < 0) return { flag: under, name: under };
  let stop = dash;
  while (stop < text.length && !/\s/.test(text[stop]!)) stop++;
  const flag = text.slice(dash, stop);
  return { flag, name: flag.split('=')[0]! };
}

/**
 * Does the instruction starting on `line` leave a quote open, as BuildKit's parseWords reads it
 * (line_parsers.go)? Outside quotes the escape character escapes a quote (`\"x` is no quote);
 * inside double quotes it escapes the next character; inside single quotes nothing is escaped.
 */
function unclosedQuoteAt(model: Model, line: number | undefined): boolean {
  const ins = model.instructions.find((i) => i.getRange().start.line === line);
  const range = ins?.getArgumentsRange();
  if (!ins || !range) return true;
  const text = model.text.slice(model.lines.offsetAt(range.start), model.lines.offsetAt(range.end));
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === model.escape && quote !== "'") i++;
    else if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
  }
  return quote !== '';
}

const NO_VARS = new Map<string, string | undefined>();
const PORT = /^\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp))?$/i;

/**
 * BuildKit removes quotes and escapes before it checks these values (flags in
 * `extractBuilderFlags`, EXPOSE ports, COPY/ADD paths, `--from` through its word lexer);
 * dockerfile-utils checks them as written. Is the value under a finding valid once lexed?
 */
function validOnceLexed(model: Model, id: string, under: string): boolean {
  if (!/["']/.test(under) && !under.includes(model.escape)) return false;
  const value = lexWord(under, NO_VARS, model.escape).value;
  if (value === under) return false;
  if (value.includes('$')) return true; // a variable: unknown here, as dockerfile-utils treats it
  switch (id) {
    case 'syntax-invalid-port':
    case 'syntax-invalid-protocol':
      return PORT.test(value) && value.split('/')[0]!.split('-').every((p) => Number(p) <= 65535);
    case 'syntax-copy-destination-not-directory':
      return value.endsWith('/') || (model.escape === '`' && value.endsWith('\\'));
    case 'syntax-invalid-from-flag':
      return value !== '' && (/^\d+$/.test(value) || firstStageNamed(model, value) !== undefined || referenceProblem(value) === undefined);
    case 'syntax-flag-boolean':
      return /^(true|false)$/i.test(value);
    case 'syntax-invalid-flag-value':
      return /^[+-]?\d+$/.test(value);
    case 'syntax-flag-invalid-duration':
    case 'syntax-flag-missing-duration-unit':
    case 'syntax-flag-unknown-unit':
    case 'syntax-flag-less-than-1ms': {
      const ms = durationMs(value);
      return ms !== undefined && (ms === 0 || ms >= 1);
    }
    default:
      return false;
  }
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration, in milliseconds; undefined when Go would refuse it. */
export function durationMs(value: string): number | undefined {
  if (/^[+-]?0$/.test(value)) return 0;
  const m = /^([+-]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(value);
  if (!m) return undefined;
  let total = 0;
  for (const [, n, unit] of m[2]!.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(n) * UNIT_MS[unit!]!;
  return m[1] === '-' ? -total : total;
}

const INSTRUCTION_NAMES = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL',
  'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

/** Is there a lone `--` between the instruction's start and `offset`? Then `offset` is an operand, not a flag. */
function afterDoubleDash(model: Model, line: number | undefined, offset: number): boolean {
  if (line === undefined) return false;
  const start = model.lines.offsetAt({ line, character: 0 });
  return /\s--(\s|$)/.test(model.text.slice(start, offset));
}

/** `0s`, `0ms`, `0m0s`, `0.0h`: Go's time.ParseDuration gives 0. */
function isZeroDuration(value: string): boolean {
  return /^([+-]?(0+(\.0*)?|\.0+)(ns|us|µs|μs|ms|s|m|h))+$/.test(value);
}

/** The keyword of the instruction covering a 0-based line (binary search: linear overall). */
function keywordAt(model: Model, line: number): string {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!.getRange();
    if (line < r.start.line) hi = mid - 1;
    else if (line > r.end.line) lo = mid + 1;
    else return list[mid]!.getKeyword();
  }
  return '';
}

export function syntaxMessage(code: SyntaxCode, locale: Locale, data: Record<string, string>): string {
  const reason = data.reason ? REASONS[data.reason]?.[locale] ?? '' : '';
  const suggestion = data.suggest ? (locale === 'en' ? ` (did you mean \`${data.suggest}\`?)` : ` (você quis dizer \`${data.suggest}\`?)`) : '';
  const filled: Record<string, string> = { ...data, suggestion };
  return code.message[locale].replace('{reason}', reason).replace(/\{(\w+)\}/g, (_, k: string) => filled[k] ?? '');
}
