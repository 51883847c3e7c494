/** Messages between the playground page and its lint worker. */
import type { Finding, Locale, TextEdit } from '../engine/types.ts';
import type { ChecklistItem } from './checklist.ts';
import type { RunCommands } from './commands.ts';

export type Request =
  | { kind: 'lint'; id: number; text: string; locale: Locale }
  | { kind: 'format'; id: number; text: string }
  | { kind: 'fix-all'; id: number; text: string; locale: Locale };

export type Response =
  | { kind: 'lint'; id: number; findings: Finding[]; checklist: { items: ChecklistItem[]; score: number }; commands: RunCommands; ms: number }
  | { kind: 'format'; id: number; edits: TextEdit[] }
  | { kind: 'fix-all'; id: number; text: string; applied: number }
  | { kind: 'error'; id: number; message: string };
