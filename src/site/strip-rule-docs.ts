/**
 * Vite plugin for the browser build: drops the documentation half of each rule (`docs`,
 * `examples`, and the titles, fixes and examples of the syntax-code table) from the lint worker's
 * bundle. The worker only needs ids, severities, messages and checks; the docs live on the rule
 * pages. Node (CLI, tests, build-time checks) always gets the full rules.
 */
import type { Plugin } from 'vite';

/** Index just past the value that starts at `start` (an object, call, string or bare word). */
function valueEnd(code: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i]!;
    const skipped = skipLiteral(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if ((c === ',' || c === ';') && depth === 0) return i;
    i++;
  }
  return i;
}

/** If a string, template or regex literal starts at `i`, the index just past it; otherwise `i`. */
function skipLiteral(code: string, i: number): number {
  const c = code[i];
  if (c === '"' || c === "'" || c === '`') return stringEnd(code, i);
  if (isRegexStart(code, i)) return regexEnd(code, i);
  return i;
}

/** A `/` starts a regular expression literal when it follows an operator or punctuation. */
function isRegexStart(code: string, i: number): boolean {
  if (code[i] !== '/' || code[i + 1] === '/' || code[i + 1] === '*') return false;
  let j = i - 1;
  while (j >= 0 && /\s/.test(code[j]!)) j--;
  return j < 0 || '(,=:[!&|?{};+-*%<>~^'.includes(code[j]!) || /\b(return|typeof|case|of|in)$/.test(code.slice(Math.max(0, j - 6), j + 1));
}

function regexEnd(code: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < code.length && code[i] !== '\n') {
    const c = code[i]!;
    if (c === '\\') i += 2;
    else if (c === '[') { inClass = true; i++; }
    else if (c === ']') { inClass = false; i++; }
    else if (c === '/' && !inClass) return i + 1;
    else i++;
  }
  return i;
}

function stringEnd(code: string, start: number): number {
  const q = code[start]!;
  let i = start + 1;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\\') i += 2;
    else if (c === q) return i + 1;
    else if (q === '`' && c === '$' && code[i + 1] === '{') i = valueEnd(code, i + 1);
    else i++;
  }
  return i;
}

/** Replaces the value of every `key:` property (outside strings) with `undefined`. */
export function stripProperties(code: string, keys: readonly string[]): string {
  const re = new RegExp(`([{,\\s])(${keys.join('|')})\\s*:\\s*`, 'g');
  let out = '';
  let last = 0;
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const skipped = skipLiteral(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      i = nl < 0 ? code.length : nl;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const e = code.indexOf('*/', i + 2);
      i = e < 0 ? code.length : e + 2;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(code);
    if (m && m.index === i) {
      const valueStart = i + m[0].length;
      const end = valueEnd(code, valueStart);
      out += code.slice(last, valueStart) + 'undefined';
      last = end;
      i = end;
      continue;
    }
    i++;
  }
  return out + code.slice(last);
}

export function stripRuleDocs(): Plugin {
  return {
    name: 'estaleiro-strip-rule-docs',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr) return null;
      const file = id.split('?')[0]!.replace(/\\/g, '/');
      if (/\/src\/engine\/rules\/[^/]+\.ts$/.test(file) && !file.endsWith('.test.ts')) return { code: stripProperties(code, ['docs', 'examples']), map: null };
      if (file.endsWith('/src/engine/syntax/codes.ts')) return { code: stripProperties(code, ['title', 'howToFix', 'bad', 'good']), map: null };
      return null;
    },
  };
}
