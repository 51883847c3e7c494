/** Applies a finding's fix (or several non-overlapping fixes) to the text. */
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

/**
 * Applies every fix whose edits do not overlap an earlier chosen fix's edits. Returns the new text
 * and how many fixes were applied. Run lint again afterwards: positions have moved.
 */
export function applyAllFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const chosen: TextEdit[] = [];
  const taken: [number, number][] = [];
  let applied = 0;
  for (const f of findings) {
    if (!f.fix) continue;
    const spans = f.fix.edits.map((e) => [
      lines.offsetAt({ line: e.line - 1, character: e.column - 1 }),
      lines.offsetAt({ line: e.endLine - 1, character: e.endColumn - 1 }),
    ] as [number, number]);
    if (spans.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e || (s === e && s === ts) ))) continue;
    taken.push(...spans);
    chosen.push(...f.fix.edits);
    applied++;
  }
  return { text: applyEdits(text, chosen), applied };
}
