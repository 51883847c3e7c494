/** Helpers for writing rules: `defineRule` and small utilities rules share. */
import type { Instruction } from 'dockerfile-ast';
import type { Model } from './model.ts';
import type { L10n, Rule } from './types.ts';

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Shorthand for text in both languages. */
export const t = (pt: string, en: string): L10n => ({ 'pt-BR': pt, en });

/** Offsets of an LSP-style range (as dockerfile-ast gives for images, names, flags). */
export function spanOf(model: Model, range: { start: { line: number; character: number }; end: { line: number; character: number } }): { start: number; end: number } {
  return { start: model.lines.offsetAt(range.start), end: model.lines.offsetAt(range.end) };
}

/** Offsets of the instruction's keyword (e.g. the `FROM` in `FROM alpine`). */
export function keywordRange(model: Model, ins: Instruction): [number, number] {
  const r = ins.getInstructionRange();
  return [model.lines.offsetAt(r.start), model.lines.offsetAt(r.end)];
}

/** Offsets of everything after the keyword (all arguments, flags included). */
export function argumentsRange(model: Model, ins: Instruction): [number, number] {
  const [, kwEnd] = keywordRange(model, ins);
  const [, end] = model.offsets(ins);
  let start = kwEnd;
  while (start < end && /\s/.test(model.text[start]!)) start++;
  return [start, Math.max(start, end)];
}

export interface TextWord {
  value: string;
  start: number;
  end: number;
}

interface JSONish {
  getOpeningBracket(): unknown;
  getJSONStrings(): { getJSONValue(): string; getRange(): { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

/**
 * A JSON string literal's value. dockerfile-ast's `getJSONValue()` drops the spaces inside the
 * string (`"exec python main.py"` → `execpythonmain.py`) and keeps escapes as written.
 */
function jsonString(raw: string): string | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The elements of an exec-form (JSON) instruction, each with the range of its text inside the
 * quotes; `null` when the instruction is in shell form (or is not a JSON instruction).
 */
export function execForm(model: Model, ins: Instruction): TextWord[] | null {
  const j = ins as unknown as Partial<JSONish>;
  if (typeof j.getOpeningBracket !== 'function' || !j.getOpeningBracket() || typeof j.getJSONStrings !== 'function') return null;
  return j.getJSONStrings().map((s) => {
    const r = s.getRange();
    const start = model.lines.offsetAt(r.start);
    const end = model.lines.offsetAt(r.end);
    return { value: jsonString(model.text.slice(start, end)) ?? s.getJSONValue(), start: start + 1, end: end - 1 };
  });
}
