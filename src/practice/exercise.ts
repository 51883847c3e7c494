/**
 * An exercise: a task on a Dockerfile, checked live. One data file per exercise in
 * content/exercises/; this is their shape. Text is bilingual; the Dockerfiles are not.
 */
import type { CheckSpec } from '../engine/checks/types.ts';
import type { L10n } from '../engine/types.ts';

export interface ContextFile {
  /** Path in the build context, e.g. `main.py`. */
  name: string;
  content: string;
}

export interface Exercise {
  /** Unique, kebab-case; the anchor and storage key. */
  id: string;
  /** The guide page that holds it, without locale or extension: `steps/1-dockerfile`, `instructions/user`, `checklist`. */
  page: string;
  title: L10n;
  /** The task, one or two sentences (Markdown code spans allowed). */
  goal: L10n;
  /** Revealed one at a time, from a nudge to almost the answer. */
  hints: L10n[];
  /** Why the solution is right, shown once solved. */
  explanation: L10n;
  /** The Dockerfile the reader starts from. */
  start: string;
  /** The build context, read-only. */
  files: ContextFile[];
  /** Reference solutions: each passes every check with no error-severity finding. */
  solutions: string[];
  checks: CheckSpec[];
}

export function defineExercise(e: Exercise): Exercise {
  return e;
}

/** The group an exercise is listed under on the practice page. */
export type ExerciseGroup = 'step-1' | 'step-2' | 'step-3' | 'step-4' | 'step-5' | 'step-6' | 'instructions' | 'checklist';

export function groupOf(e: Exercise): ExerciseGroup {
  const step = /^steps\/(\d)-/.exec(e.page);
  if (step) return `step-${step[1]}` as ExerciseGroup;
  return e.page === 'checklist' ? 'checklist' : 'instructions';
}

export const GROUPS: readonly ExerciseGroup[] = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'instructions', 'checklist'];
