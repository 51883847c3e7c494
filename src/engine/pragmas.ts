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

export interface Suppressions {
  global: Set<string>;
  /** Instruction start line (0-based) → ids suppressed for it. */
  byLine: Map<number, Set<string>>;
}

const LIST = /^([A-Za-z0-9_,\s-]+?)(?:\s+#.*|\s+\/\/.*)?$/;

function ids(list: string): string[] {
  const m = LIST.exec(list.trim());
  const body = m ? m[1]! : list.split(/\s/)[0] ?? '';
  return body.split(',').map((s) => s.trim()).filter(Boolean);
}

export function readSuppressions(model: Model): Suppressions {
  const global = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const add = (line: number, values: string[]) => {
    let set = byLine.get(line);
    if (!set) byLine.set(line, (set = new Set()));
    for (const v of values) set.add(v);
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
        if (pendingCheck.length) add(line, pendingCheck);
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
        if (directiveBlock) values.forEach((v) => global.add(v));
        else pendingCheck.push(...values);
      }
      continue;
    }
    if (body === '') pendingCheck = [];
    if (!/^(syntax|escape)\s*=/i.test(body)) directiveBlock = false;
    if ((m = /^(hadolint|estaleiro)\s+global\s+ignore\s*=\s*(.*)$/.exec(body))) ids(m[2]!).forEach((v) => global.add(v));
    else if ((m = /^(hadolint|estaleiro)\s+ignore\s*=\s*(.*)$/.exec(body)) && isRightAbove) add(nextStart!, ids(m[2]!));
  }
  return { global, byLine };
}

/** True when a finding of `rule` (with its refs) at an instruction starting on `line` is suppressed. */
export function isSuppressed(s: Suppressions, rule: string, refs: { hadolint?: string[]; buildkit?: string[] }, line: number | undefined): boolean {
  const names = [rule, ...(refs.hadolint ?? []), ...(refs.buildkit ?? [])];
  if (s.global.has('all') && refs.buildkit?.length) return true;
  if (names.some((n) => s.global.has(n))) return true;
  if (line === undefined) return false;
  const local = s.byLine.get(line);
  if (!local) return false;
  if (local.has('all') && refs.buildkit?.length) return true;
  return names.some((n) => local.has(n));
}
