/** Checks for exercises: `evaluateChecks(text, checks, locale)` and the vocabulary of check specs. */
export { CHECK_KINDS, CHECKS, definitionOf } from './registry.ts';
export { checkId, evaluateChecks, evaluateModel } from './evaluate.ts';
export type { CheckBody, CheckKind, CheckResult, CheckSpec, Evaluation } from './types.ts';
