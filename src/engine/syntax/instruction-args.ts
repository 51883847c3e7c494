/**
 * Arguments BuildKit refuses: an empty VOLUME (instructions/parse.go, parseVolume), a heredoc as
 * the COPY/ADD destination (parse.go, parseSourcesAndDest), and a URL or Git repository as a COPY
 * source (dockerfile2llb/convert_copy.go: "source can't be a URL for COPY", "… a git ref for COPY").
 */
import type { Instruction } from 'dockerfile-ast';
import { execForm } from '../define.ts';
import { Add, Copy, type Model } from '../model.ts';
import type { FlagProblem } from './run-flags.ts';

interface Word {
  value: string;
  start: number;
  end: number;
}

/** The words of an instruction after its flags, exec (JSON) form or not; quotes removed. */
function argumentWords(model: Model, ins: Instruction): Word[] {
  const exec = execForm(model, ins);
  if (exec) return exec.map((w) => ({ value: model.text.slice(w.start, w.end), start: w.start - 1, end: w.end + 1 }));
  // dockerfile-ast lists heredoc bodies as arguments too: keep the instruction's own words.
  const heredocs = (ins as Instruction & { getHeredocs?(): { getContentRange(): { start: { line: number; character: number } } | null }[] }).getHeredocs?.() ?? [];
  const body = heredocs[0]?.getContentRange();
  const limit = body ? model.lines.offsetAt({ line: body.start.line, character: 0 }) : Infinity;
  return ins.getArguments().filter((a) => model.offsets(a)[0] < limit).map((a) => {
    const [start, end] = model.offsets(a);
    return { value: a.getValue().replace(/^(["'])(.*)\1$/s, '$2'), start, end };
  });
}

export function emptyVolumes(model: Model, ins: Instruction): FlagProblem[] {
  if (ins.getKeyword() !== 'VOLUME') return [];
  return argumentWords(model, ins).filter((w) => w.value.trim() === '')
    .map((w) => ({ id: 'syntax-volume-empty', start: w.start, end: w.end, data: { text: model.text.slice(w.start, w.end) } }));
}

export function heredocDestination(model: Model, ins: Copy | Add): FlagProblem[] {
  const words = argumentWords(model, ins);
  const dest = words[words.length - 1];
  if (!dest || words.length < 2 || !/^\d*<<-?\s*[^<]+$/.test(dest.value)) return [];
  return [{ id: 'syntax-heredoc-destination', start: dest.start, end: dest.end, data: { text: dest.value, keyword: ins.getKeyword() } }];
}

/** `https://…`, `git@host:…`, `git://…`, `ssh://…`: not something COPY can fetch. */
export function remoteCopySources(model: Model, ins: Copy): FlagProblem[] {
  const words = argumentWords(model, ins).slice(0, -1);
  return words.filter((w) => /^(https?:\/\/|git:\/\/|ssh:\/\/|git@[^:/]+:)/.test(w.value))
    .map((w) => ({ id: 'syntax-copy-remote-source', start: w.start, end: w.end, data: { text: w.value } }));
}
