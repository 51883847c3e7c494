import { describe, expect, it } from 'vitest';
import { alignContinuations, buildkitContinues } from './continuation.ts';
import { lint } from './lint.ts';
import { buildModel } from './model.ts';

/** Keyword and arguments of each instruction, as the engine sees them. */
const instructions = (text: string) => buildModel(text).instructions.map((i) => i.getKeyword());
const errors = (text: string) => lint(text, { locale: 'en' }).filter((f) => f.severity === 'error').map((f) => f.rule);

describe('buildkitContinues (BuildKit parser.go lineContinuationRegex)', () => {
  it('continues on a trailing escape, with or without blanks after it', () => {
    expect(buildkitContinues('RUN a \\', '\\')).toBe(true);
    expect(buildkitContinues('RUN a \\  \t', '\\')).toBe(true);
    expect(buildkitContinues('\\', '\\')).toBe(true);
    expect(buildkitContinues('RUN a `', '`')).toBe(true);
  });
  it('does not continue on an escaped escape, or on the other character', () => {
    expect(buildkitContinues('COPY x C:\\\\Windows\\\\', '\\')).toBe(false);
    expect(buildkitContinues('RUN a\\\\\\', '\\')).toBe(false);
    expect(buildkitContinues('COPY x C:\\Windows``', '`')).toBe(false);
    expect(buildkitContinues('COPY x C:\\Windows\\', '`')).toBe(false);
  });
});

describe('the engine sees the instructions BuildKit sees', () => {
  it('ends a COPY whose Windows path ends in an escaped backslash', () => {
    const text = 'FROM alpine:3.22\nCOPY a.txt b.txt C:\\\\Windows\\\\System32\\\\\nRUN echo hi\nUSER 10001\n';
    expect(instructions(text)).toEqual(['FROM', 'COPY', 'RUN', 'USER']);
    expect(errors(text)).toEqual([]);
  });
  it('ends a line ending in a doubled backtick under `# escape=``', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a.txt b.txt C:\\app``\nRUN echo hi\nUSER ContainerUser\n';
    expect(instructions(text)).toEqual(['FROM', 'COPY', 'RUN', 'USER']);
    expect(errors(text)).toEqual([]);
  });
  it('ends on three backslashes (BuildKit never treats an escape after an escape as continuation)', () => {
    expect(instructions('FROM alpine:3.22\nRUN echo a\\\\\\\nRUN echo b\n')).toEqual(['FROM', 'RUN', 'RUN']);
  });
  it('a backslash is not a continuation under `# escape=``', () => {
    expect(instructions('# escape=`\nFROM alpine:3.22\nCOPY x C:\\app\\\nRUN echo hi\n')).toEqual(['FROM', 'COPY', 'RUN']);
  });
  it('continues after an escaped blank, as BuildKit does (dockerfile-ast alone would stop)', () => {
    expect(instructions('FROM alpine:3.22\nRUN echo a\\ \\\n  b\nRUN x\n')).toEqual(['FROM', 'RUN', 'RUN']);
    expect(instructions('FROM alpine:3.22\nRUN echo \\\\ \\\n  b\nRUN x\n')).toEqual(['FROM', 'RUN', 'RUN']);
  });
  it('skips comment and empty lines inside a continuation', () => {
    expect(instructions('FROM alpine:3.22\nRUN echo a \\\n# note \\\n    # indented\n\n  b\nRUN x\n')).toEqual(['FROM', 'RUN', 'RUN']);
  });
  it('leaves here-document bodies alone', () => {
    const text = 'FROM alpine:3.22\nRUN <<EOF\necho C:\\\\\nEOF\nCOPY <<-"END" /x\n\tC:\\\\\n\tEND\nRUN x\n';
    expect(alignContinuations(text, '\\')).toBe(text);
    expect(instructions(text)).toEqual(['FROM', 'RUN', 'COPY', 'RUN']);
  });
  it('keeps ordinary continuations and the original text when nothing disagrees', () => {
    const text = 'FROM alpine:3.22\nRUN apk add --no-cache \\\n    curl \\\n  && echo done\n';
    expect(alignContinuations(text, '\\')).toBe(text);
    expect(instructions(text)).toEqual(['FROM', 'RUN']);
  });
  it('keeps length and line breaks, so ranges map to the original text', () => {
    const text = 'FROM alpine:3.22\r\nCOPY a b C:\\\\x\\\\  \r\nWORKDIR app\r\n';
    const aligned = alignContinuations(text, '\\');
    expect(aligned).not.toBe(text);
    expect(aligned.length).toBe(text.length);
    expect([...aligned].map((c, i) => (c === '\n' || c === '\r' ? i : -1))).toEqual([...text].map((c, i) => (c === '\n' || c === '\r' ? i : -1)));
    const f = lint(text, { locale: 'en' }).find((x) => x.rule === 'workdir-relative');
    expect(f).toMatchObject({ line: 3, column: 9 });
  });
});
