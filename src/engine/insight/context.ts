/**
 * openContext({ files, dockerignore }) → BuildContext: which files the builder receives and what
 * each COPY source reads. `.dockerignore` is matched by @balena/dockerignore (a port of Docker's
 * matcher) after reading the file the way Docker's `ignorefile.ReadAll` does. Two deviations
 * from moby/patternmatcher are wrapped here (see context.test.ts): the library matches without
 * case by default (Docker is case-sensitive), and it builds regular expressions without
 * escaping `( ) | $ + { }`, so `a(b)c` never matched and `a|b` threw.
 */
import ignore from '@balena/dockerignore';
import type { BuildContext, ContextInput } from '../types.ts';
import { cleanPath, sourceReads } from './paths.ts';

/** The lines of a .dockerignore as Docker reads them (BOM, `#` comments, trim, `!`, clean, leading '/'). */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw) => {
    if (raw.startsWith('#')) return;
    let p = raw.trim();
    if (!p) return;
    const invert = p.startsWith('!');
    if (invert) p = p.slice(1).trim();
    if (p) {
      const absolute = p.startsWith('/');
      p = cleanPath(p, false) || (absolute ? '/' : '.');
    }
    patterns.push(invert ? `!${p}` : p);
  });
  return patterns;
}

/** Escape what the library would otherwise read as regular-expression syntax (outside `[...]`). */
function forLibrary(pattern: string): string {
  const invert = pattern.startsWith('!');
  const p = invert ? pattern.slice(1) : pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      out += c + (p[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += '()|$+{}#'.includes(c) ? `\\${c}` : c;
  }
  return invert ? `!${out}` : out;
}

/** A matcher with Docker's semantics: `ignores(path)` for a cleaned, '/'-separated path. */
export function dockerignoreMatcher(text: string): { ignores(path: string): boolean; patterns: string[] } {
  const patterns = readDockerignore(text).filter((p) => p !== '!');
  const ig = ignore({ ignorecase: false }).add(patterns.map(forLibrary));
  return { patterns, ignores: (path: string) => path !== '' && ig.ignores(path) };
}

export function openContext(input: ContextInput): BuildContext {
  const files = [...new Set(input.files.map((f) => cleanPath(f)).filter(Boolean))].sort();
  const matcher = input.dockerignore !== undefined ? dockerignoreMatcher(input.dockerignore) : undefined;
  const ignored = (path: string) => (matcher ? matcher.ignores(cleanPath(path)) : false);
  const sent = matcher ? files.filter((f) => !matcher.ignores(f)) : files;
  const sentSet = new Set(sent);
  const resolved = new Map<string, { all: string[]; sent: string[] }>();
  return {
    files,
    sent,
    hasDockerignore: matcher !== undefined,
    hasExceptions: matcher?.patterns.some((p) => p.startsWith('!')) ?? false,
    ignored,
    resolve(source) {
      const s = cleanPath(source);
      let r = resolved.get(s);
      if (!r) {
        const all = s === '' ? files : files.filter((f) => sourceReads(s, f));
        r = { all, sent: s === '' ? sent : all.filter((f) => sentSet.has(f)) };
        resolved.set(s, r);
      }
      return r;
    },
    read: (path) => input.read?.(cleanPath(path)),
  };
}

/** An opened context, or the input opened now. */
export function asContext(context: BuildContext | ContextInput): BuildContext {
  return 'resolve' in context && typeof context.resolve === 'function' ? context : openContext(context as ContextInput);
}
