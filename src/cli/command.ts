/** What a subcommand is: its options (parsed by args.ts with the common ones), its help, its run. */
import type { Locale } from '../engine/types.ts';
import type { OptionSpec, Parsed } from './args.ts';

export interface Io {
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  out(s: string): void;
  err(s: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
}

export interface Context {
  io: Io;
  locale: Locale;
  version: string;
  site: string;
  /** Prints the message and the command's help on stderr; returns exit code 2. */
  usage(message: string): number;
}

export interface Command {
  options: readonly OptionSpec[];
  help: Record<Locale, string>;
  run(parsed: Parsed, ctx: Context): Promise<number>;
}
