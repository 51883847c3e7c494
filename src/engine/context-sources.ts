/**
 * The COPY/ADD sources that name files of the build context (no `--from`, not a URL or Git
 * repository, not a heredoc, no variable), with their offsets: what the context rules check.
 */
import { Add, Copy } from 'dockerfile-ast';
import { execForm, type TextWord } from './define.ts';
import type { Model, Stage } from './model.ts';
import { cleanPath, hasWildcard } from './insight/paths.ts';

export interface ContextSource extends TextWord {
  instruction: Copy | Add;
  stage: Stage;
  keyword: 'COPY' | 'ADD';
  /** The source cleaned ('' for the context root). */
  path: string;
  wildcard: boolean;
}

const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)|\.git(?:#.*)?$/;

/**
 * The source words of a COPY/ADD (every argument but the destination), exec form included. With
 * heredocs, only the words on the instruction's own line count: the bodies are file contents.
 */
export function copySourceWords(model: Model, ins: Copy | Add): TextWord[] {
  const exec = execForm(model, ins);
  if (exec) return exec.slice(0, -1);
  const heredoc = ins instanceof Copy && ins.getHeredocs().length > 0;
  const line = ins.getRange().start.line;
  const args = ins.getArguments().filter((a) => !heredoc || a.getRange().start.line === line);
  return args.slice(0, -1).map((a) => {
    const [start, end] = model.offsets(a);
    return { value: a.getValue(), start, end };
  });
}

export function contextSources(model: Model): ContextSource[] {
  const out: ContextSource[] = [];
  for (const stage of model.stages) {
    for (const ins of stage.body) {
      if (!(ins instanceof Copy || ins instanceof Add)) continue;
      if (ins.getFlags().some((f) => f.getName() === 'from')) continue;
      const keyword = ins instanceof Add ? 'ADD' : 'COPY';
      for (const w of copySourceWords(model, ins)) {
        if (w.value.startsWith('<<') || w.value.includes('$') || (keyword === 'ADD' && REMOTE.test(w.value))) continue;
        out.push({ ...w, instruction: ins, stage, keyword, path: cleanPath(w.value), wildcard: hasWildcard(w.value) });
      }
    }
  }
  return out;
}
