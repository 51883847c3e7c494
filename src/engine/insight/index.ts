/**
 * The insight API, apart from `lint` so that a host that only lints never loads the
 * .dockerignore matcher. The playground's worker: `openContext` once per pass, then
 * `lintModel(model, { context })` and `explainModel(model, { context, changed, changedArgs, target })`.
 */
export { explain, explainModel } from './explain.ts';
export { openContext, readDockerignore } from './context.ts';
export { describeReason, describeStop, stageLabel } from './describe.ts';
export type { ContextRead, ExplainOptions, Insight, Pid1Kind, RerunReason, StageEdge, StageInsight, StepInsight, StepKind, StopInsight } from './types.ts';
export type { BuildContext, ContextInput } from '../types.ts';
