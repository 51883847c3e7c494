/** Everything the playground shows about a text, computed in one place (the worker calls this). */
import { evaluateModel } from '../engine/checks/evaluate.ts';
import type { CheckSpec } from '../engine/checks/types.ts';
import { lintModel } from '../engine/lint.ts';
import { buildModel } from '../engine/model.ts';
import type { Locale } from '../engine/types.ts';
import { evaluateChecklist } from './checklist.ts';
import { runCommands, type RunCommands } from './commands.ts';
import type { ChecklistItem } from './checklist.ts';
import type { ExerciseResult } from './protocol.ts';
import type { Finding } from '../engine/types.ts';

export interface Analysis {
  findings: Finding[];
  checklist: { items: ChecklistItem[]; score: number };
  commands: RunCommands;
  exercise?: ExerciseResult;
}

export function analyse(text: string, locale: Locale, checks?: readonly CheckSpec[]): Analysis {
  const model = buildModel(text);
  const findings = lintModel(model, { locale });
  const result: Analysis = { findings, checklist: evaluateChecklist(model, findings, locale), commands: runCommands(model) };
  if (!checks) return result;
  const { checks: results, errors, solved } = evaluateModel(model, findings, checks, locale);
  return { ...result, exercise: { checks: results, errors, solved } };
}
