/** Messages between the playground page and its lint worker. */
import type { CheckResult, CheckSpec } from '../engine/checks/types.ts';
import type { Finding, Locale, TextEdit } from '../engine/types.ts';
import type { ChecklistItem } from './checklist.ts';
import type { RunCommands } from './commands.ts';

export type Request =
  /** `checks`: an exercise's checks, evaluated in the same pass as the lint (one parse, one lint). */
  | { kind: 'lint'; id: number; text: string; locale: Locale; checks?: CheckSpec[] }
  | { kind: 'format'; id: number; text: string }
  | { kind: 'fix-all'; id: number; text: string; locale: Locale };

export type Response =
  | { kind: 'lint'; id: number; findings: Finding[]; checklist: { items: ChecklistItem[]; score: number }; commands: RunCommands; ms: number; exercise?: ExerciseResult }
  | { kind: 'format'; id: number; edits: TextEdit[] }
  | { kind: 'fix-all'; id: number; text: string; applied: number }
  | { kind: 'error'; id: number; message: string };

/** An exercise's checks on the linted text; solved = every check passes and no error-severity finding. */
export interface ExerciseResult {
  checks: CheckResult[];
  errors: number;
  solved: boolean;
}
