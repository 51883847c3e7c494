import { describe, expect, it } from 'vitest';
import { diffLines } from './diff.ts';

describe('diffLines', () => {
  it('marks lines only in one side', () => {
    expect(diffLines('FROM a\nRUN x\n', 'FROM a\nUSER 1\nRUN x\n')).toEqual([
      { kind: 'same', text: 'FROM a' }, { kind: 'added', text: 'USER 1' }, { kind: 'same', text: 'RUN x' },
    ]);
    expect(diffLines('FROM ubuntu:latest\n', 'FROM ubuntu:24.04\n').map((d) => d.kind)).toEqual(['removed', 'added']);
  });
  it('equal texts are all the same', () => {
    expect(diffLines('a\nb', 'a\nb\n').every((d) => d.kind === 'same')).toBe(true);
  });
});
