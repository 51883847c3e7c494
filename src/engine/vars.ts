/** Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` with known values. */
export function expandVariables(text: string, vars: ReadonlyMap<string, string | undefined>): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const value = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare)!;
      const known = vars.has(name);
      const v = vars.get(name);
      const set = v !== undefined && (op?.startsWith(':') ? v !== '' : true);
      switch (op) {
        case ':-':
        case '-':
          return set ? v! : word ?? '';
        case ':+':
        case '+':
          return set ? word ?? '' : '';
        default:
          if (!known || v === undefined) unresolved.push(name);
          return v ?? '';
      }
    });
  return { value, unresolved };
}

/** Platform arguments BuildKit defines for every build. */
export const PREDEFINED_PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM',
  'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE'];
/** Proxy and other arguments usable without declaring them. */
export const PREDEFINED_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy', 'BUILDKIT_SYNTAX', 'BUILDKIT_INLINE_CACHE', 'SOURCE_DATE_EPOCH',
  ...PREDEFINED_PLATFORM_ARGS];
