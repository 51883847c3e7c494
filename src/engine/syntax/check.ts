/**
 * Docker syntax errors: dockerfile-utils' validator (with our ids and messages, see codes.ts),
 * minus its known false alarms, plus what it misses.
 */
import { validate, ValidationSeverity } from 'dockerfile-utils';
import type { Instruction } from 'dockerfile-ast';
import type { Model } from '../model.ts';
import type { Locale, Refs } from '../types.ts';
import { suggest } from '../suggest.ts';
import { REASONS } from './buildkit-codes.ts';
import { buildkitRejections } from './buildkit.ts';
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
  for (const d of validate(text, SETTINGS)) {
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
    const refs = code.id === 'multiple-instructions' && REPEAT_REFS[keyword]
      ? { hadolint: [REPEAT_REFS[keyword]!], buildkit: code.refs?.buildkit ?? [] } : undefined;
    out.push({ code, start, end, data, instructionLine, refs });
  }
  // What dockerfile-utils does not check: unknown RUN flags, signal names Docker does not know.
  for (const ins of model.instructions) {
    if (ins.getKeyword() === 'STOPSIGNAL') {
      const arg = ins.getArguments()[0];
      const value = arg?.getValue() ?? '';
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
