/**
 * estaleiro COMMAND [options] — the command-line entry. Each subcommand is one entry in COMMANDS,
 * loaded only when run; its options are parsed here, with the common ones, by args.ts.
 * Exit 0: nothing at the failure threshold; 1: something is; 2: usage, file or config problem.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../engine/types.ts';
import { describeUsageError, isUsageError, parseArgs, type OptionSpec } from './args.ts';
import type { Command, Context, Io } from './command.ts';

export const VERSION = '0.1.0';
export const SITE = 'https://estaleiro.dev';

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  lint: () => import('./lint-command.ts'),
  explain: () => import('./explain.ts'),
};

const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'locale', kind: 'value', choices: ['pt-BR', 'en'] },
  { name: 'help', short: 'h', kind: 'flag' },
];

const HELP = {
  'pt-BR': `Uso: estaleiro lint [opções] ARQUIVO...
       estaleiro explain [opções] ARQUIVO
  Valida Dockerfiles com as regras do guia Estaleiro, ou mostra o que o build e o stop vão fazer.
  \`estaleiro lint --help\` e \`estaleiro explain --help\` listam as opções.
  --version mostra a versão.`,
  en: `Usage: estaleiro lint [options] FILE...
       estaleiro explain [options] FILE
  Checks Dockerfiles against the Estaleiro guide's rules, or shows what build and stop will do.
  \`estaleiro lint --help\` and \`estaleiro explain --help\` list the options.
  --version prints the version.`,
};

function defaultLocale(env: Io['env']): Locale {
  const lang = env.ESTALEIRO_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^pt/i.test(lang) ? 'pt-BR' : 'en';
}

export async function run(argv: string[], io: Io): Promise<number> {
  let locale = defaultLocale(io.env);
  const [name, ...rest] = argv;
  const fail = (message: string, help: string) => {
    io.err(`estaleiro: ${message}\n${help}\n`);
    return 2;
  };
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) return fail(locale === 'en' ? 'missing command' : 'falta o comando', HELP[locale]);
    io.out(`${HELP[locale]}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return fail(locale === 'en' ? `unknown command "${name}"` : `comando desconhecido "${name}"`, HELP[locale]);
  const { command } = await load();
  const parsed = parseArgs(rest, [...COMMON_OPTIONS, ...command.options]);
  if (isUsageError(parsed)) return fail(describeUsageError(parsed, locale === 'en'), command.help[locale]);
  const chosen = parsed.values.get('locale');
  if (typeof chosen === 'string') locale = chosen as Locale;
  if (parsed.values.has('help')) {
    io.out(`${command.help[locale]}\n`);
    return 0;
  }
  const ctx: Context = { io, locale, version: VERSION, site: SITE, usage: (message) => fail(message, command.help[locale]) };
  return command.run(parsed, ctx);
}

export function processIo(): Io {
  return {
    readFile: (p) => readFileSync(p),
    readStdin: () => readFileSync(0),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

/** Runs the command line of this process and sets its exit code. */
export async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2), processIo());
  } catch (e) {
    process.stderr.write(`estaleiro: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}

if (typeof process !== 'undefined' && process.argv[1] !== undefined && /(?:^|[/\\])main\.ts$/.test(process.argv[1])) await main();
