/**
 * Reading what the command line names: a Dockerfile's text, or a problem the user must hear about
 * (missing, a directory, unreadable, binary, not UTF-8, too large). Never a silent skip.
 */
import type { Locale } from '../engine/types.ts';

export const MAX_BYTES = 20 * 1024 * 1024;

export type FileRead = { text: string } | { problem: string };

const t = (locale: Locale, pt: string, en: string) => (locale === 'en' ? en : pt);

export function describeReadError(e: unknown, locale: Locale): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return t(locale, 'arquivo não encontrado', 'no such file');
    case 'EISDIR': return t(locale, 'é um diretório (passe os Dockerfiles dele, por exemplo dir/Dockerfile)', 'is a directory (name the Dockerfiles in it, e.g. dir/Dockerfile)');
    case 'EACCES': case 'EPERM': return t(locale, 'sem permissão de leitura', 'permission denied');
    case 'ENOTDIR': return t(locale, 'caminho inválido (uma parte não é diretório)', 'not a valid path (a part of it is not a directory)');
    default: return (e as Error).message;
  }
}

/** Decodes bytes as a Dockerfile, or says why they are not one. */
export function decode(bytes: Uint8Array, locale: Locale): FileRead {
  if (bytes.length > MAX_BYTES) return { problem: t(locale, 'maior que 20 MB', 'larger than 20 MB') };
  // Like git and grep: a NUL byte in the first 8 KB means binary.
  if (bytes.subarray(0, 8192).includes(0)) return { problem: t(locale, 'parece binário (tem bytes NUL), não é um Dockerfile', 'looks binary (contains NUL bytes), not a Dockerfile') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: t(locale, 'não é texto UTF-8 (binário ou outra codificação)', 'is not UTF-8 text (binary or another encoding)') };
  }
  if (text.includes('\u0000')) return { problem: t(locale, 'parece binário (tem bytes NUL), não é um Dockerfile', 'looks binary (contains NUL bytes), not a Dockerfile') };
  return { text };
}
