/** Applying fixes: which fixes go together, and fixing everything that can be fixed. */
export { applyEdits, applyFix } from './edits.ts';
import { applyEdits } from './edits.ts';
import { LineIndex } from './text.ts';
import { lint } from './lint.ts';
import type { Finding, LintOptions } from './types.ts';

/** The fixes of `findings` that can be applied together: no overlapping edits, one per rule. */
export function compatibleFixes(text: string, findings: readonly Finding[]): Finding[] {
  const lines = new LineIndex(text);
  const taken: [number, number][] = [];
  const rules = new Set<string>();
  const chosen: Finding[] = [];
  for (const f of findings) {
    if (!f.fix || rules.has(f.rule)) continue;
    const spans = f.fix.edits.map((e) => [
      lines.offsetAt({ line: e.line - 1, character: e.column - 1 }),
      lines.offsetAt({ line: e.endLine - 1, character: e.endColumn - 1 }),
    ] as [number, number]);
    if (spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e) || s === ts))) continue;
    taken.push(...spans);
    rules.add(f.rule);
    chosen.push(f);
  }
  return chosen;
}

/**
 * Applies every fix that can be applied safely, in rounds: each round applies at most one fix per
 * rule (two fixes of one rule may each be right alone and redundant together, such as two SHELL
 * lines for two piped RUNs), then lints again, until nothing fixable is left.
 */
export function fixAll(text: string, options: LintOptions = {}, maxRounds = 20): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let round = 0; round < maxRounds; round++) {
    const chosen = compatibleFixes(current, lint(current, options));
    if (chosen.length === 0) break;
    current = applyEdits(current, chosen.flatMap((f) => f.fix!.edits));
    applied += chosen.length;
  }
  return { text: current, applied };
}
