/** Everything the playground shows about a text, computed in one place (the worker calls this). */
import { lintModel } from '../engine/lint.ts';
import { buildModel } from '../engine/model.ts';
import type { Locale } from '../engine/types.ts';
import { evaluateChecklist } from './checklist.ts';
import { runCommands } from './commands.ts';

export function analyse(text: string, locale: Locale) {
  const model = buildModel(text);
  const findings = lintModel(model, { locale });
  return { findings, checklist: evaluateChecklist(model, findings, locale), commands: runCommands(model) };
}
