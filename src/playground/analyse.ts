/** Everything the playground shows about a text, computed in one place (the worker calls this). */
import type { CheckSpec } from '../engine/checks/types.ts';
import type { Insight } from '../engine/insight/index.ts';
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

/** The insight module: the worker loads it only once a request has a context or asks for insight. */
export type InsightEngine = Pick<typeof import('../engine/insight/index.ts'), 'openContext' | 'explainModel'>;

/** The exercises' check evaluator: the worker loads it only for requests that carry checks. */
export type ChecksEngine = Pick<typeof import('../engine/checks/evaluate.ts'), 'evaluateModel'>;

/** Does this request need the insight module? */
export const needsInsight = (build: BuildOptions) => !!build.context || !!build.insight;

export function analyse(text: string, locale: Locale, checks?: readonly CheckSpec[], build: BuildOptions = {}, engine?: InsightEngine, checker?: ChecksEngine): Analysis {
  if (needsInsight(build) && !engine) throw new Error('analyse: a build context or insight needs the insight engine');
  if (checks && !checker) throw new Error('analyse: checks need the checks engine');
  const model = buildModel(text);
  const texts = new Map(build.context?.files.map((f) => [f.name, f.content]));
  const context = build.context && engine
    ? engine.openContext({ files: build.context.files.map((f) => f.name), dockerignore: build.context.dockerignore, read: (p) => texts.get(p) })
    : undefined;
  const findings = lintModel(model, { locale, context });
  const result: Analysis = { findings, checklist: evaluateChecklist(model, findings, locale), commands: runCommands(model) };
  if (build.insight && engine) {
    result.insight = engine.explainModel(model, { context, changed: build.changed, changedArgs: build.changedArgs, locale });
    result.args = declaredArgs(text);
  }
  if (!checks || !checker) return result;
  const { checks: results, errors, solved } = checker.evaluateModel(model, findings, checks, locale);
  return { ...result, exercise: { checks: results, errors, solved } };
}
