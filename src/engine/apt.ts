/** Recognises apt-get/apt commands in RUN scripts. */
import { commandName, type Command } from './shell.ts';

/** The apt subcommand (`update`, `install`…) of an `apt-get`/`apt`/`aptitude` command, skipping options. */
export function aptAction(c: Command): { tool: string; action: string; index: number } | undefined {
  const tool = commandName(c);
  if (tool !== 'apt-get' && tool !== 'apt' && tool !== 'aptitude') return undefined;
  for (let i = 0; i < c.args.length; i++) {
    const v = c.args[i]!.value;
    if (v === '-o' || v === '-c' || v === '-t' || v === '--target-release' || v === '--option') {
      i++;
      continue;
    }
    if (v.startsWith('-')) continue;
    return { tool, action: v, index: i };
  }
  return undefined;
}

export const isAptUpdate = (c: Command) => aptAction(c)?.action === 'update';
export const isAptInstall = (c: Command) => aptAction(c)?.action === 'install';
