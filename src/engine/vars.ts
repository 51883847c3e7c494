/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` with known values.
 * The word after the operator may hold further references (`${DIGEST:+@${DIGEST}}`), expanded
 * only when BuildKit would use it. Other forms (`${VAR#x}`, `${VAR%x}`…) are left as written.
 */
export function expandVariables(text: string, vars: ReadonlyMap<string, string | undefined>): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const value = expand(text, vars, unresolved);
  return { value, unresolved };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The end (exclusive) of the `${…}` starting at `i`, counting nested `${`; undefined when unterminated. */
function braceEnd(text: string, i: number): number | undefined {
  let depth = 1;
  for (let j = i + 2; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (text[j] === '}' && --depth === 0) return j + 1;
  }
  return undefined;
}

/** The end (exclusive) of the `$NAME` or `${…}` expression starting at `i`, or i + 1 for a lone `$`. */
function dollarEnd(text: string, i: number): number {
  if (text[i + 1] !== '{') return i + 1 + (NAME.exec(text.slice(i + 1))?.[0].length ?? 0);
  return braceEnd(text, i) ?? text.length;
}

/**
 * One word as BuildKit's shell lexer processes it (`shell.Lex.ProcessWord`, used on FROM, COPY,
 * ENV…): quotes removed (nothing expands inside single quotes; inside double quotes the escape
 * character escapes only `"`, `$` and itself), the escape character outside quotes taken
 * literally with the next character, and variables expanded as `expandVariables` does.
 */
export function lexWord(text: string, vars: ReadonlyMap<string, string | undefined>, escape = '\\'): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  return { value: lex(text, vars, escape, unresolved), unresolved };
}

function lex(text: string, vars: ReadonlyMap<string, string | undefined>, escape: string, unresolved: string[]): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else out += ch;
    } else if (ch === '$') {
      const end = dollarEnd(text, i);
      out += end === i + 1 ? '$' : expand(text.slice(i, end), vars, unresolved);
      i = end - 1;
    } else if (ch === escape && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (quote === '"' && next !== '"' && next !== '$' && next !== escape) out += ch;
      else {
        out += next;
        i++;
      }
    } else if (ch === '"' || (ch === "'" && quote === undefined)) quote = quote === ch ? undefined : ch;
    else out += ch;
  }
  return out;
}

function expand(text: string, vars: ReadonlyMap<string, string | undefined>, unresolved: string[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    if (text[i + 1] !== '{') {
      const m = NAME.exec(text.slice(i + 1));
      if (!m) {
        out += ch;
        i++;
        continue;
      }
      const name = m[0];
      if (!vars.has(name) || vars.get(name) === undefined) unresolved.push(name);
      out += vars.get(name) ?? '';
      i += 1 + name.length;
      continue;
    }
    const j = braceEnd(text, i);
    if (j === undefined) {
      // Unterminated: keep the rest as written.
      out += text.slice(i);
      break;
    }
    const inner = text.slice(i + 2, j - 1);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(inner);
    if (!m) {
      out += text.slice(i, j);
      i = j;
      continue;
    }
    const name = m[1]!;
    const op = m[2];
    const v = vars.get(name);
    const set = v !== undefined && (op?.startsWith(':') ? v !== '' : true);
    switch (op) {
      // The word after the operator is lexed too (lex.go's processStopOn): `${A:+"x"}` gives `x`.
      case ':-':
      case '-':
        out += set ? v! : lex(m[3] ?? '', vars, '\\', unresolved);
        break;
      case ':+':
      case '+':
        out += set ? lex(m[3] ?? '', vars, '\\', unresolved) : '';
        break;
      default:
        if (!vars.has(name) || v === undefined) unresolved.push(name);
        out += v ?? '';
    }
    i = j;
  }
  return out;
}

/** Platform arguments BuildKit defines for every build. */
export const PREDEFINED_PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM',
  'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE'];
/** Proxy and other arguments usable without declaring them. */
export const PREDEFINED_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy', 'BUILDKIT_SYNTAX', 'BUILDKIT_INLINE_CACHE', 'SOURCE_DATE_EPOCH',
  ...PREDEFINED_PLATFORM_ARGS];
