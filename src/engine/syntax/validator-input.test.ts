/** The validator's input: its exponential stage-name regex never sees a long failing name. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model.ts';
import { strictLint } from '../testing.ts';
import { validatorInput } from './validator-input.ts';

const stageErrors = (text: string) => strictLint(text).filter((f) => f.rule === 'syntax-invalid-stage-name').map((f) => `${f.line}:${f.column} ${f.message}`);

describe('validatorInput', () => {
  it('leaves valid names, short failures at the first character, and other instructions alone', () => {
    for (const text of ['FROM alpine:3.22 AS build-1.x_y\n', 'FROM alpine:3.22 AS 1build\n', 'FROM alpine:3.22 AS $NAME\n', 'FROM alpine:3.22\nLABEL a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z="!"\n'])
      expect(validatorInput(buildModel(text)), text).toBe(text);
  });

  it('swaps one letter of a failing name for `!`, keeping length, quotes and words', () => {
    const text = 'FROM alpine:3.22 AS org.opencontainers.image.source="x"\n';
    expect(validatorInput(buildModel(text))).toBe('FROM alpine:3.22 AS !rg.opencontainers.image.source="x"\n');
    const upper = 'FROM alpine:3.22 AS Org.opencontainers.image.source=x\n';
    expect(validatorInput(buildModel(upper))).toBe('FROM alpine:3.22 AS !rg.opencontainers.image.source=x\n');
    // A quoted name fails at its quote, without backtracking.
    const quoted = "FROM alpine:3.22 AS 'org.opencontainers.image.source=x'\n";
    expect(validatorInput(buildModel(quoted))).toBe(quoted);
  });

  // Each of these took longer than the hang guard before (40 s for the first, 2^60 steps for the last).
  it('lets the lint report a long invalid stage name at once, with the name as written', () => {
    const label = 'org.opencontainers.image.source="https://github.com/exemplo/meu-app"';
    expect(stageErrors(`FROM ubuntu:24.04 AS ${label}\n`)).toEqual([
      `1:22 \`${label}\` is not a valid stage name: start with a letter and use only letters, digits, \`-\`, \`_\` and \`.\`.`]);
    const long = `${'a.'.repeat(30)}!`;
    expect(stageErrors(`FROM ubuntu:24.04 AS ${long}\nRUN true\n`)).toHaveLength(1);
  });
});
