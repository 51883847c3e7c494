/** Everything the playground shows about a text, computed in one place (the worker calls this). */
import { lint } from '../engine/lint.ts';
import type { Locale } from '../engine/types.ts';
import { evaluateChecklist } from './checklist.ts';
import { runCommands } from './commands.ts';

export function analyse(text: string, locale: Locale) {
  const findings = lint(text, { locale });
  return { findings, checklist: evaluateChecklist(text, findings, locale), commands: runCommands(text) };
}
