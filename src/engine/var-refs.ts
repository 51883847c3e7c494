/**
 * Where a word reads variables, as BuildKit's word lexer (frontend/dockerfile/shell/lex.go) does:
 * `$NAME`, `${NAME}`, `${NAME<modifier>word}` (and the references inside `word`), never inside
 * single quotes nor after the escape character. Each reference is a variable BuildKit looks up,
 * which is what its UndefinedVar and UndefinedArgInFrom checks report on when it is unset.
 */
export interface VarRef {
  name: string;
  /** Offsets of `$NAME` / `${…}` in the text given (plus `base`). */
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function variableRefs(text: string, base = 0, escape = '\\'): VarRef[] {
  const out: VarRef[] = [];
  scan(text, 0, text.length, base, escape, out, false);
  return out;
}

/** Scans text[from, to); returns where it stopped (at a `}` closing the enclosing `${…}` when `inBrace`). */
function scan(text: string, from: number, to: number, base: number, escape: string, out: VarRef[], inBrace: boolean): number {
  let i = from;
  let quote: '"' | null = null;
  while (i < to) {
    const ch = text[i]!;
    if (ch === escape) {
      i += 2;
      continue;
    }
    if (inBrace && ch === '}' && quote === null) return i;
    if (ch === "'" && quote === null) {
      const close = text.indexOf("'", i + 1);
      i = close < 0 || close >= to ? to : close + 1;
      continue;
    }
    if (ch === '"') {
      quote = quote === null ? '"' : null;
      i++;
      continue;
    }
    if (ch !== '$') {
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      let j = i + 2;
      if (!NAME_START.test(text[j] ?? '')) {
        i = j;
        continue;
      }
      while (j < to && NAME_CHAR.test(text[j]!)) j++;
      const name = text.slice(i + 2, j);
      let end = j;
      if (text[j] === '}') end = j + 1;
      else if (j < to) end = scan(text, j + 1, to, base, escape, out, true) + 1;
      out.push({ name, start: base + i, end: base + Math.min(end, to) });
      i = end;
      continue;
    }
    if (NAME_START.test(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < to && NAME_CHAR.test(text[j]!)) j++;
      out.push({ name: text.slice(i + 1, j), start: base + i, end: base + j });
      i = j;
      continue;
    }
    i++;
  }
  return i;
}
