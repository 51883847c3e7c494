/**
 * Suppression comments, each honoured through the ids it names:
 * - `# hadolint ignore=DL3008,DL3015` on the line right above an instruction;
 * - `# hadolint global ignore=DL3006` anywhere, for the whole file;
 * - BuildKit's `# check=skip=Name1,Name2` (or `skip=all`) in the parser-directive block at the top
 *   for the whole file, or among the comments right above one instruction for that instruction;
 * - `# estaleiro ignore=rule-id` above an instruction, `# estaleiro global ignore=rule-id` anywhere.
 * A trailing reason after another `#` or after a space is allowed.
 */
import type { Model } from './model.ts';

/** Names silenced, by the tool that names them: our ids, hadolint codes, BuildKit check names. */
export interface Silenced {
  estaleiro: Set<string>;
  hadolint: Set<string>;
  buildkit: Set<string>;
}

export interface Suppressions {
  global: Silenced;
  /** `# check=error=true` in the directive block: every BuildKit check finding fails the build. */
  checkError: boolean;
  /** Experimental BuildKit checks the directive enables (`experimental=A,B` or `all`). */
  experimental: Set<string>;
  /** Instruction start line (0-based) → what is silenced for it. */
  byLine: Map<number, Silenced>;
}

type Tool = keyof Silenced;
const silenced = (): Silenced => ({ estaleiro: new Set(), hadolint: new Set(), buildkit: new Set() });

/** BuildKit's check directive value, as its linter reads it (linter.ParseLintOptions). */
export interface CheckOptions {
  skip: string[];
  skipAll: boolean;
  error: boolean;
  experimental: string[];
}

/** BuildKit checks that run only when `# check=experimental=` names them (linter/ruleset.go). */
export const EXPERIMENTAL_CHECKS = new Set(['InvalidDefinitionDescription']);

/**
 * Parses `skip=A,B;error=true;experimental=C` like BuildKit's ParseLintOptions: the value stops at
 * the first space, at most three `;` parts, each `key=value` with key `skip`, `error` (Go's
 * ParseBool) or `experimental`. Returns the offending part as `invalid` when BuildKit refuses it
 * (the build then fails with "failed to parse check options").
 */
export function parseCheckOptions(raw: string): CheckOptions & { invalid?: string } {
  const options: CheckOptions = { skip: [], skipAll: false, error: false, experimental: [] };
  const value = raw.trim().split(' ')[0]!.trim();
  if (value === '') return options;
  const parts = value.split(';');
  // Go's SplitN(…, 3): the third part keeps any further `;`.
  if (parts.length > 3) parts.splice(2, parts.length, parts.slice(2).join(';'));
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) return { ...options, invalid: part };
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (v === 'all') options.skipAll = true;
      else options.skip = v.split(',').map((x) => x.trim());
    } else if (key === 'error') {
      if (/^(1|t|T|TRUE|true|True)$/.test(v)) options.error = true;
      else if (/^(0|f|F|FALSE|false|False)$/.test(v)) options.error = false;
      else return { ...options, invalid: part };
    } else if (key === 'experimental') options.experimental = v === 'all' ? [...EXPERIMENTAL_CHECKS] : v.split(',').map((x) => x.trim());
    else return { ...options, invalid: part };
  }
  return options;
}

/** A parser directive (`syntax`, `escape`, `check`) of the file: only in the directive block at the very top. */
export function parserDirective(model: Model, name: 'syntax' | 'escape' | 'check'): { line: number; value: string } | undefined {
  const lines = model.lines;
  let line = 0;
  if (lines.lineCount > 0 && lines.lineText(0).replace(/^\uFEFF/, '').startsWith('#!')) line = 1;
  for (; line < lines.lineCount; line++) {
    const text = lines.lineText(line).replace(/^\uFEFF/, '');
    if (!text.startsWith('#')) return undefined;
    const m = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(text.slice(1).trimStart());
    if (!m || !['syntax', 'escape', 'check'].includes(m[1]!.toLowerCase())) return undefined;
    if (m[1]!.toLowerCase() === name) return { line, value: m[2]! };
  }
  return undefined;
}

/** The `# check=` directive of the file, if any. */
export function checkDirective(model: Model): { line: number; value: string } | undefined {
  return parserDirective(model, 'check');
}

const LIST = /^([A-Za-z0-9_,\s-]+?)(?:\s+#.*|\s+\/\/.*)?$/;

function ids(list: string): string[] {
  const m = LIST.exec(list.trim());
  const body = m ? m[1]! : list.split(/\s/)[0] ?? '';
  return body.split(',').map((s) => s.trim()).filter(Boolean);
}

export function readSuppressions(model: Model): Suppressions {
  const global = silenced();
  const directive = checkDirective(model);
  const parsed = directive && parseCheckOptions(directive.value);
  const checkError = parsed !== undefined && parsed.error && !parsed.invalid;
  const experimental = new Set(parsed && !parsed.invalid ? parsed.experimental : []);
  const byLine = new Map<number, Silenced>();
  const add = (line: number, tool: Tool, values: string[]) => {
    let entry = byLine.get(line);
    if (!entry) byLine.set(line, (entry = silenced()));
    for (const v of values) entry[tool].add(v);
  };

  // Lines covered by instructions (continuations, heredocs) are not free-standing comments.
  const starts: number[] = [];
  const covered = new Uint8Array(model.lines.lineCount);
  for (const ins of model.instructions) {
    const r = ins.getRange();
    starts.push(r.start.line);
    for (let l = r.start.line; l <= r.end.line && l < covered.length; l++) covered[l] = 1;
  }
  let next = 0;
  let directiveBlock = true;
  // Comments seen since the last instruction, for BuildKit's per-instruction skip.
  let pendingCheck: string[] = [];
  for (let line = 0; line < model.lines.lineCount; line++) {
    while (next < starts.length && starts[next]! < line) next++;
    if (covered[line]) {
      directiveBlock = false;
      if (starts[next] === line) {
        if (pendingCheck.length) add(line, 'buildkit', pendingCheck);
        pendingCheck = [];
      }
      continue;
    }
    const text = model.lines.lineText(line).trim();
    if (!text.startsWith('#')) {
      directiveBlock = false;
      continue;
    }
    const body = text.replace(/^#\s*/, '');
    const nextStart = starts[next];
    const isRightAbove = nextStart !== undefined && nextStart === line + 1;
    let m: RegExpExecArray | null;
    if ((m = /^check\s*=\s*(.*)$/i.exec(body))) {
      const options = parseCheckOptions(m[1]!);
      const values = options.skipAll ? ['all'] : options.skip.filter(Boolean);
      // BuildKit merges only `skip` from comments above an instruction, never `error`.
      if (directiveBlock) values.forEach((v) => global.buildkit.add(v));
      else pendingCheck.push(...values);
      continue;
    }
    if (body === '') pendingCheck = [];
    if (!/^(syntax|escape)\s*=/i.test(body)) directiveBlock = false;
    if ((m = /^(hadolint|estaleiro)\s+global\s+ignore\s*=\s*(.*)$/.exec(body))) ids(m[2]!).forEach((v) => global[m![1] as Tool].add(v));
    else if ((m = /^(hadolint|estaleiro)\s+ignore\s*=\s*(.*)$/.exec(body)) && isRightAbove) add(nextStart!, m[1] as Tool, ids(m[2]!));
  }
  return { global, byLine, checkError, experimental };
}

function silences(s: Silenced, rule: string, refs: { hadolint?: string[]; buildkit?: string[] }): boolean {
  return s.estaleiro.has(rule) || (refs.hadolint ?? []).some((c) => s.hadolint.has(c))
    || (refs.buildkit?.length ? s.buildkit.has('all') || refs.buildkit.some((c) => s.buildkit.has(c)) : false);
}

/** True when a finding of `rule` (with its refs) at an instruction starting on `line` is suppressed. */
export function isSuppressed(s: Suppressions, rule: string, refs: { hadolint?: string[]; buildkit?: string[] }, line: number | undefined): boolean {
  if (silences(s.global, rule, refs)) return true;
  const local = line === undefined ? undefined : s.byLine.get(line);
  return local !== undefined && silences(local, rule, refs);
}
