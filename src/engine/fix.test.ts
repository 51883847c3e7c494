import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll } from './fix.ts';
import { lint } from './lint.ts';
import { ORIGINAL_GUIDE } from '../playground/templates.ts';

describe('applyEdits', () => {
  it('applies edits from the end so positions stay valid, and skips overlapping ones', () => {
    const text = 'abc\ndef\n';
    expect(applyEdits(text, [
      { line: 1, column: 1, endLine: 1, endColumn: 2, text: 'A' },
      { line: 2, column: 3, endLine: 2, endColumn: 4, text: 'F' },
      { line: 2, column: 2, endLine: 2, endColumn: 4, text: 'X' },
    ])).toBe('Abc\ndeF\n');
  });
});

describe('fixAll', () => {
  it('leaves nothing fixable in the original guide and adds no new kind of finding', () => {
    const before = lint(ORIGINAL_GUIDE, { locale: 'en' });
    const { text, applied } = fixAll(ORIGINAL_GUIDE, { locale: 'en' });
    const after = lint(text, { locale: 'en' });
    expect(applied).toBeGreaterThan(2);
    expect(after.filter((f) => f.fix)).toEqual([]);
    const kinds = new Set(before.map((f) => f.rule));
    expect(after.filter((f) => !kinds.has(f.rule)).map((f) => f.rule)).toEqual([]);
    expect(text).toContain('python3');
  });

  it('inserts one SHELL line for two piped RUNs, not two', () => {
    const text = 'FROM ubuntu:24.04\nRUN wget -qO- https://example.com/a | tar -x\nRUN wget -qO- https://example.com/b | tar -x\nUSER 10001\n';
    const { text: fixed } = fixAll(text, { locale: 'en' });
    expect(fixed.match(/SHELL \[/g)).toHaveLength(1);
    expect(lint(fixed).filter((f) => f.rule === 'pipefail')).toEqual([]);
  });
});
