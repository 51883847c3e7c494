/** Messages between the playground page and its lint worker. */
import type { CheckResult, CheckSpec } from '../engine/checks/types.ts';
import type { Insight } from '../engine/insight/types.ts';
import type { Finding, Locale, TextEdit } from '../engine/types.ts';
import type { BuildOptions } from './analyse.ts';
import type { ChecklistItem } from './checklist.ts';
import type { RunCommands } from './commands.ts';

export type Request =
  /** `checks`: an exercise's checks, evaluated in the same pass as the lint (one parse, one lint); the
   *  build options (context, what changed, insight) are answered from that same pass too. */
  | ({ kind: 'lint'; id: number; text: string; locale: Locale; checks?: CheckSpec[] } & BuildOptions)
  | { kind: 'format'; id: number; text: string }
  | { kind: 'fix-all'; id: number; text: string; locale: Locale };

export type Response =
  | { kind: 'lint'; id: number; findings: Finding[]; checklist: { items: ChecklistItem[]; score: number }; commands: RunCommands; ms: number; exercise?: ExerciseResult;
      insight?: Insight; args?: string[] }
  | { kind: 'format'; id: number; edits: TextEdit[] }
  | { kind: 'fix-all'; id: number; text: string; applied: number }
  | { kind: 'error'; id: number; message: string };

/** An exercise's checks on the linted text; solved = every check passes and no error-severity finding. */
export interface ExerciseResult {
  checks: CheckResult[];
  errors: number;
  solved: boolean;
}
