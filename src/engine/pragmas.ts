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
  /** Instruction start line (0-based) → what is silenced for it. */
  byLine: Map<number, Silenced>;
}

type Tool = keyof Silenced;
const silenced = (): Silenced => ({ estaleiro: new Set(), hadolint: new Set(), buildkit: new Set() });

const LIST = /^([A-Za-z0-9_,\s-]+?)(?:\s+#.*|\s+\/\/.*)?$/;

function ids(list: string): string[] {
  const m = LIST.exec(list.trim());
  const body = m ? m[1]! : list.split(/\s/)[0] ?? '';
  return body.split(',').map((s) => s.trim()).filter(Boolean);
}

export function readSuppressions(model: Model): Suppressions {
  const global = silenced();
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
      const skip = /(?:^|;)\s*skip\s*=\s*([^;\s]*)/i.exec(m[1]!);
      if (skip) {
        const values = skip[1]!.split(',').filter(Boolean);
        if (directiveBlock) values.forEach((v) => global.buildkit.add(v));
        else pendingCheck.push(...values);
      }
      continue;
    }
    if (body === '') pendingCheck = [];
    if (!/^(syntax|escape)\s*=/i.test(body)) directiveBlock = false;
    if ((m = /^(hadolint|estaleiro)\s+global\s+ignore\s*=\s*(.*)$/.exec(body))) ids(m[2]!).forEach((v) => global[m![1] as Tool].add(v));
    else if ((m = /^(hadolint|estaleiro)\s+ignore\s*=\s*(.*)$/.exec(body)) && isRightAbove) add(nextStart!, m[1] as Tool, ids(m[2]!));
  }
  return { global, byLine };
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
