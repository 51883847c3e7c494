/** Everything the playground shows about a text, computed in one place (the worker calls this). */
import { evaluateModel } from '../engine/checks/evaluate.ts';
import type { CheckSpec } from '../engine/checks/types.ts';
import { explainModel, openContext, type Insight } from '../engine/insight/index.ts';
import { lintModel } from '../engine/lint.ts';
import { buildModel } from '../engine/model.ts';
import type { Locale } from '../engine/types.ts';
import type { ContextRequest } from './build-context.ts';
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
  /** The Build view's facts, when asked for; `args` are the build arguments the file declares. */
  insight?: Insight;
  args?: string[];
}

export interface BuildOptions {
  /** The build context: with one, the findings check COPY sources against it. */
  context?: ContextRequest;
  changed?: string[];
  changedArgs?: string[];
  /** Compute the Build view's insight too (only while the view is open). */
  insight?: boolean;
}

/** The names every `ARG` of the file declares, in order, once each. */
export function declaredArgs(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*ARG[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gim)) names.add(m[1]!);
  return [...names];
}

export function analyse(text: string, locale: Locale, checks?: readonly CheckSpec[], build: BuildOptions = {}): Analysis {
  const model = buildModel(text);
  const texts = new Map(build.context?.files.map((f) => [f.name, f.content]));
  const context = build.context
    ? openContext({ files: build.context.files.map((f) => f.name), dockerignore: build.context.dockerignore, read: (p) => texts.get(p) })
    : undefined;
  const findings = lintModel(model, { locale, context });
  const result: Analysis = { findings, checklist: evaluateChecklist(model, findings, locale), commands: runCommands(model) };
  if (build.insight) {
    result.insight = explainModel(model, { context, changed: build.changed, changedArgs: build.changedArgs, locale });
    result.args = declaredArgs(text);
  }
  if (!checks) return result;
  const { checks: results, errors, solved } = evaluateModel(model, findings, checks, locale);
  return { ...result, exercise: { checks: results, errors, solved } };
}
