/**
 * estaleiro lint [--format text|json|sarif] [--locale pt-BR|en] [--context DIR] FILE...   (`-` reads standard input)
 * estaleiro explain …: see explain.ts
 * Exit 0: nothing at error severity; 1: some error; 2: usage or file error.
 */
import { readFileSync } from 'node:fs';
import { lint, type Locale } from '../engine/index.ts';
import { formatJson, formatSarif, formatText, summary, type FileFindings } from './format.ts';
import { readContextDir } from './context.ts';
import { explainCommand } from './explain.ts';

export const VERSION = '0.1.0';
export const SITE = 'https://estaleiro.dev';
const MAX_BYTES = 20 * 1024 * 1024;

const HELP = {
  'pt-BR': `Uso: estaleiro lint [--format text|json|sarif] [--locale pt-BR|en] [--context DIR] ARQUIVO...
       estaleiro explain --help
  Valida Dockerfiles com as regras do guia Estaleiro. Use - para ler da entrada padrão.
  --context DIR confere COPY/ADD com os arquivos do diretório e o .dockerignore dele.
  Saída 0: nenhum erro; 1: algum achado de severidade error; 2: uso ou arquivo inválido.`,
  en: `Usage: estaleiro lint [--format text|json|sarif] [--locale pt-BR|en] [--context DIR] FILE...
       estaleiro explain --help
  Checks Dockerfiles against the Estaleiro guide's rules. Use - to read standard input.
  --context DIR checks COPY/ADD against that directory's files and .dockerignore.
  Exit 0: no error; 1: some finding at error severity; 2: usage or file problem.`,
};

export interface Io {
  readFile(path: string): string;
  readStdin(): string;
  out(s: string): void;
  err(s: string): void;
  env: Record<string, string | undefined>;
}

function defaultLocale(env: Io['env']): Locale {
  const lang = env.ESTALEIRO_LOCALE ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^pt/i.test(lang) ? 'pt-BR' : 'en';
}

export function run(argv: string[], io: Io): number {
  let locale = defaultLocale(io.env);
  let format = 'text';
  let contextDir: string | undefined;
  const files: string[] = [];
  const usage = (msg: string) => {
    io.err(`estaleiro: ${msg}\n${HELP[locale]}\n`);
    return 2;
  };
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(`${HELP[locale]}\n`);
    return 0;
  }
  if (command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (command === 'explain') return explainCommand(rest, io, locale);
  if (command !== 'lint') return usage(command ? (locale === 'en' ? `unknown command "${command}"` : `comando desconhecido "${command}"`) : (locale === 'en' ? 'missing command' : 'falta o comando'));
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (name: string) => {
      if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
      const v = rest[++i];
      if (v === undefined) throw new Error(name);
      return v;
    };
    try {
      if (a === '--format' || a.startsWith('--format=') || a === '-f') format = value('--format');
      else if (a === '--context' || a.startsWith('--context=')) contextDir = value('--context');
      else if (a === '--locale' || a.startsWith('--locale=')) {
        const l = value('--locale');
        if (l !== 'pt-BR' && l !== 'en') return usage(locale === 'en' ? `unknown locale "${l}" (pt-BR or en)` : `idioma desconhecido "${l}" (pt-BR ou en)`);
        locale = l;
      } else if (a === '--help' || a === '-h') {
        io.out(`${HELP[locale]}\n`);
        return 0;
      } else if (a.startsWith('-') && a !== '-') return usage(locale === 'en' ? `unknown option "${a}"` : `opção desconhecida "${a}"`);
      else files.push(a);
    } catch (e) {
      return usage(locale === 'en' ? `${(e as Error).message} needs a value` : `${(e as Error).message} precisa de um valor`);
    }
  }
  if (!['text', 'json', 'sarif'].includes(format)) return usage(locale === 'en' ? `unknown format "${format}" (text, json or sarif)` : `formato desconhecido "${format}" (text, json ou sarif)`);
  if (files.length === 0) return usage(locale === 'en' ? 'no file given (use - for standard input)' : 'nenhum arquivo informado (use - para a entrada padrão)');

  let context;
  try {
    context = contextDir === undefined ? undefined : readContextDir(contextDir).context;
  } catch {
    io.err(`estaleiro: ${contextDir}: ${locale === 'en' ? 'not a readable directory' : 'não é um diretório legível'}\n`);
    return 2;
  }
  const results: FileFindings[] = [];
  let fileError = false;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? io.readStdin() : io.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? (locale === 'en' ? 'no such file' : 'arquivo não encontrado')
        : code === 'EISDIR' ? (locale === 'en' ? 'is a directory' : 'é um diretório')
        : code === 'EACCES' ? (locale === 'en' ? 'permission denied' : 'permissão negada')
        : (e as Error).message;
      io.err(`estaleiro: ${file}: ${why}\n`);
      fileError = true;
      continue;
    }
    if (text.length > MAX_BYTES) {
      io.err(`estaleiro: ${file}: ${locale === 'en' ? 'larger than 20 MB, skipped' : 'maior que 20 MB, ignorado'}\n`);
      fileError = true;
      continue;
    }
    if (text.includes('\u0000')) {
      io.err(`estaleiro: ${file}: ${locale === 'en' ? 'looks binary (contains NUL bytes), skipped' : 'parece binário (tem bytes NUL), ignorado'}\n`);
      fileError = true;
      continue;
    }
    results.push({ file, findings: lint(text, { locale, baseUrl: SITE, context }) });
  }

  if (format === 'json') io.out(formatJson(results));
  else if (format === 'sarif') io.out(formatSarif(results, locale, VERSION, SITE));
  else {
    io.out(formatText(results));
    if (results.length) io.err(`${summary(results, locale)}\n`);
  }
  if (fileError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

const isMain = typeof process !== 'undefined' && process.argv[1] !== undefined &&
  /(?:^|[/\\])(?:main\.ts|estaleiro(?:\.mjs)?)$/.test(process.argv[1]);
if (isMain) {
  const code = run(process.argv.slice(2), {
    readFile: (p) => readFileSync(p, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
  });
  process.exitCode = code;
}
