/**
 * The part of Node's `path` (POSIX) that @balena/dockerignore uses, for the browser build: Vite
 * would otherwise give the library an empty stand-in and `.dockerignore` matching would throw in
 * the playground's worker. `browserPath()` in astro.config.mjs points the library's
 * `require('path')` here, only in the browser bundles.
 */
export const sep = '/';

export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') out.push(seg);
    else if (out.length && out[out.length - 1] !== '..') out.pop();
    else if (!absolute) out.push('..');
  }
  let rest = out.join('/');
  if (!rest && !absolute) rest = '.';
  if (rest && path.endsWith('/')) rest += '/';
  return (absolute ? '/' : '') + rest;
}

export function dirname(path: string): string {
  if (path === '') return '.';
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const i = path.lastIndexOf('/', end - 1);
  if (i === -1) return '.';
  return i === 0 ? '/' : path.slice(0, i);
}

export default { sep, normalize, dirname };
