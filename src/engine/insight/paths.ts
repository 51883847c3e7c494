/**
 * Paths of a build context as BuildKit reads them: '/'-separated, relative to the context root,
 * cleaned like Go's `filepath.Clean` (no `.`, no `..` above the root), and COPY source
 * wildcards matched segment by segment like Go's `filepath.Match` (`*`, `?`, `[a-z]`, `[^a]`).
 */

/**
 * `./src//app/../main.py` → `src/main.py`; '' is the root. Backslashes are separators (Windows
 * contexts) unless told otherwise: in a .dockerignore on Linux they escape.
 */
export function cleanPath(path: string, backslashIsSeparator = true): string {
  const out: string[] = [];
  for (const seg of (backslashIsSeparator ? path.replace(/\\/g, '/') : path).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}

const segmentCache = new Map<string, RegExp>();

/** One segment of a Go `filepath.Match` pattern as a regular expression. */
function segmentRegExp(pattern: string): RegExp {
  let re = segmentCache.get(pattern);
  if (re) return re;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) src += escapeRegExp(pattern[++i]!);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        src += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      src += `[${negate ? '^' : ''}${body.replace(/[\]\\]/g, '\\$&')}]`;
      i = close;
    } else src += escapeRegExp(c);
  }
  re = new RegExp(`^${src}$`);
  segmentCache.set(pattern, re);
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Does the source (cleaned) name this file, or a directory that holds it? A source that is a
 * directory copies its contents; a wildcard source matches each segment of the path's prefix.
 */
export function sourceReads(source: string, file: string): boolean {
  if (source === '') return true;
  if (!hasWildcard(source)) return file === source || file.startsWith(`${source}/`);
  const want = source.split('/');
  const segs = file.split('/');
  if (segs.length < want.length) return false;
  return want.every((w, i) => segmentRegExp(w).test(segs[i]!));
}
