/** Kept arguments behave exactly like dockerfile-ast's own: same values every call, never shared. */
import { describe, expect, it } from 'vitest';
import { buildModel } from './model.ts';

describe('instruction arguments, kept per instance', () => {
  it('gives the same arguments on every call, with flags removed once, in fresh arrays', () => {
    const model = buildModel('FROM alpine:3.22\nCOPY --chown=10001 --chmod=0644 a b /dst/\nUSER 10001\n');
    const copy = model.instructions[1]!;
    const values = () => copy.getArguments().map((a) => a.getValue());
    expect(values()).toEqual(['a', 'b', '/dst/']);
    // ModifiableInstruction shifts its flags off the array it gets: a shared array would lose `a` here.
    expect(values()).toEqual(['a', 'b', '/dst/']);
    const first = copy.getArguments();
    first.pop();
    expect(copy.getArguments()).toHaveLength(3);
    expect(copy.getArguments()).not.toBe(copy.getArguments());
  });

  it('keeps each parse apart: an edited text gets its own arguments', () => {
    const a = buildModel('FROM alpine:3.22\nRUN echo one\n').instructions[1]!;
    const b = buildModel('FROM alpine:3.22\nRUN echo two\n').instructions[1]!;
    expect(a.getArguments().map((x) => x.getValue())).toEqual(['echo', 'one']);
    expect(b.getArguments().map((x) => x.getValue())).toEqual(['echo', 'two']);
  });
});
