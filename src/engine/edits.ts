/** Applies text edits (a finding's fix) to a text. Pure and small: the playground page imports it. */
import { LineIndex } from './text.ts';
import type { Finding, TextEdit } from './types.ts';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const offsetEdits = edits
    .map((e) => ({
      start: lines.offsetAt({ line: e.line - 1, character: e.column - 1 }),
      end: lines.offsetAt({ line: e.endLine - 1, character: e.endColumn - 1 }),
      text: e.text,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of offsetEdits) {
    if (e.end > limit) continue; // overlaps an edit already applied: skip it
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

export function applyFix(text: string, finding: Finding): string {
  return finding.fix ? applyEdits(text, finding.fix.edits) : text;
}

