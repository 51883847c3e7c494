/**
 * `COPY`/`ADD` flag values BuildKit refuses when it converts the instruction
 * (frontend/dockerfile/dockerfile2llb/convert_copy.go, dispatchCopy).
 */
import type { Model } from '../model.ts';
import { Add, Copy } from '../model.ts';
import type { FlagProblem } from './run-flags.ts';

/**
 * `--chmod`: octal up to 07777 (strconv.ParseUint base 8), or a symbolic mode as chmod(1) writes
 * it (`u+x`, `go-w`, `a=rX,u+w`), which BuildKit accepts since Dockerfile 1.14. A numeric-looking
 * value that is not octal (`789`) or is above 07777 is refused.
 */
export function validChmod(value: string): boolean {
  if (/^[0-7]+$/.test(value)) return parseInt(value, 8) <= 0o7777;
  if (/^\d+$/.test(value)) return false;
  return /^[ugoa]*([-+=]([rwxXst]*|[ugo]))+(,[ugoa]*([-+=]([rwxXst]*|[ugo]))+)*$/.test(value);
}

/** convert_copy.go isHTTPSource / a Git reference BuildKit's ParseGitRef takes as remote. */
function remoteSource(src: string): boolean {
  if (/^https?:\/\//i.test(src)) return true;
  return /^(git:\/\/|ssh:\/\/|git@[^:]+:)/.test(src) || /^[^\s/]+\.[^\s/]+\/.+\.git(#.*)?$/.test(src);
}

export function copyFlagProblems(model: Model, ins: Add | Copy): FlagProblem[] {
  const out: FlagProblem[] = [];
  for (const flag of ins.getFlags()) {
    const value = flag.getValue();
    if (value === null || value.includes('$')) continue;
    const range = flag.getValueRange() ?? flag.getRange();
    const start = model.lines.offsetAt(range.start);
    const end = model.lines.offsetAt(range.end);
    if (flag.getName() === 'chmod' && value !== '' && !validChmod(value.replace(/^["']|["']$/g, ''))) {
      out.push({ id: 'syntax-copy-chmod', start, end, data: { text: value } });
    }
    if (flag.getName() === 'checksum' && ins instanceof Add && value !== '') {
      const args = ins.getArguments();
      const sources = args.slice(0, -1);
      if (sources.some((a) => a.getValue().includes('$') || a.getValue().startsWith('<<'))) continue;
      const [s, e] = sources.length ? [model.offsets(sources[0]!)[0], model.offsets(sources[sources.length - 1]!)[1]] : [start, end];
      if (sources.length > 1) out.push({ id: 'syntax-add-checksum', start: s, end: e, data: { text: value, reason: 'checksum-multiple', value: '' } });
      else if (sources.length === 1 && !remoteSource(sources[0]!.getValue())) {
        out.push({ id: 'syntax-add-checksum', start: s, end: e, data: { text: value, reason: 'checksum-source', value: sources[0]!.getValue() } });
      }
    }
  }
  return out;
}
