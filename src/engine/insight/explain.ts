/**
 * explain(text, options) → Insight: what `docker build` does with the Dockerfile (stages it
 * builds, steps and layers, what reruns after a change) and what `docker stop` does to the
 * container. Pure; the playground's worker calls `explainModel` on the model `lintModel` used.
 */
import { buildModel, type Model } from '../model.ts';
import { asContext } from './context.ts';
import { markReruns } from './cache.ts';
import { stageGraph, targetStage } from './stages.ts';
import { buildSteps } from './steps.ts';
import { stopInsight } from './stop.ts';
import type { ExplainOptions, Insight, StepInsight } from './types.ts';

export function explain(text: string, options: ExplainOptions = {}): Insight {
  return explainModel(buildModel(text), options);
}

export function explainModel(model: Model, options: ExplainOptions = {}): Insight {
  const context = options.context ? asContext(options.context) : undefined;
  const target = targetStage(model, options.target);
  const stages = stageGraph(model, target);
  const steps = buildSteps(model, context);
  markReruns(model, stages, steps, { changed: options.changed ?? [], changedArgs: options.changedArgs ?? [], context });
  const waves: number[][] = [];
  for (const s of stages) if (s.needed) (waves[s.wave] ??= []).push(s.index);
  return {
    stages,
    target: target ? target.index : -1,
    waves,
    steps: steps.map(({ ins: _ins, ...step }): StepInsight => step),
    stop: target ? stopInsight(model, target, steps, context) : null,
    context: context ? { files: context.files.length, ignored: context.files.length - context.sent.length, dockerignore: context.hasDockerignore } : null,
  };
}
