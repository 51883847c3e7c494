/**
 * Heredocs that never end. BuildKit's parser (frontend/dockerfile/parser/parser.go, Parse) reads,
 * for RUN/COPY/ADD (also behind ONBUILD) whose line contains `<<`, each heredoc word of the line
 * (`^(\d*)<<(-?)\s*([^<]*)$`, a non-empty name) and then the following lines up to one equal to
 * the name (leading tabs dropped for `<<-`); at the end of the file it fails with
 * "unterminated heredoc". dockerfile-ast instead lets the body swallow the rest of the file.
 */
import type { Model } from '../model.ts';
import type { FlagProblem } from './run-flags.ts';

const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
const CAN_HOLD = new Set(['RUN', 'COPY', 'ADD']);

interface Word {
  raw: string;
  start: number;
}

/** Splits a line into words the way the shell lexer does for heredoc detection: quotes kept. */
function words(line: string, base: number): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    const start = i;
    while (i < line.length && !/\s/.test(line[i]!)) {
      const q = line[i];
      if (q === '"' || q === "'") {
        const close = line.indexOf(q, i + 1);
        i = close < 0 ? line.length : close + 1;
      } else if (q === '\\') i += 2;
      else i++;
    }
    out.push({ raw: line.slice(start, Math.min(i, line.length)), start: base + start });
  }
  return out;
}

export function unterminatedHeredocs(model: Model): FlagProblem[] {
  const out: FlagProblem[] = [];
  const { lines } = model;
  for (const ins of model.instructions) {
    let keyword = ins.getKeyword();
    if (keyword === 'ONBUILD') keyword = (ins.getArguments()[0]?.getValue() ?? '').toUpperCase();
    if (!CAN_HOLD.has(keyword)) continue;
    // The logical line: physical lines joined while they end with the escape character.
    let line = ins.getRange().start.line;
    const parts: { text: string; offset: number }[] = [];
    for (; line < lines.lineCount; line++) {
      const text = lines.lineText(line);
      parts.push({ text, offset: lines.offsetAt({ line, character: 0 }) });
      if (!text.trimEnd().endsWith(model.escape) || line === lines.lineCount - 1) break;
    }
    if (!parts.some((p) => p.text.includes('<<'))) continue;
    const docs = parts.flatMap((p) => words(p.text, p.offset))
      .map((w) => ({ w, m: HEREDOC.exec(w.raw) }))
      .filter((x): x is { w: Word; m: RegExpExecArray } => x.m !== null && x.m[3] !== '')
      .map(({ w, m }) => ({ w, chomp: m[2] === '-', name: m[3]!.replace(/["']/g, '') }));
    let next = line + 1;
    for (const doc of docs) {
      let terminated = false;
      for (; next < lines.lineCount; next++) {
        let text = lines.lineText(next);
        if (doc.chomp) text = text.replace(/^\t+/, '');
        if (text === doc.name) {
          terminated = true;
          next++;
          break;
        }
      }
      if (!terminated) {
        out.push({ id: 'syntax-unterminated-heredoc', start: doc.w.start, end: doc.w.start + doc.w.raw.length, data: { text: doc.w.raw, name: doc.name } });
        break;
      }
    }
  }
  return out;
}
