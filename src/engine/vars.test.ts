import { describe, expect, it } from 'vitest';
import { lint } from './lint.ts';
import { expandVariables, lexWord } from './vars.ts';

const vars = new Map<string, string | undefined>([['TAG', '3.22'], ['EMPTY', '']]);
const lex = (w: string, escape = '\\') => lexWord(w, vars, escape).value;

describe('lexWord (BuildKit shell.Lex.ProcessWord)', () => {
  it('removes double and single quotes', () => {
    expect(lex('alpine:"${TAG}"')).toBe('alpine:3.22');
    expect(lex('"alpine:$TAG"')).toBe('alpine:3.22');
    expect(lex("'alpine:3.22'")).toBe('alpine:3.22');
    expect(lex(`"a'b"`)).toBe("a'b");
    expect(lex(`'a"b'`)).toBe('a"b');
  });
  it('expands nothing inside single quotes', () => {
    expect(lex("alpine:'$TAG'")).toBe('alpine:$TAG');
  });
  it('takes the escape character literally with the next character outside quotes', () => {
    expect(lex('alpine:\\"$TAG\\"')).toBe('alpine:"3.22"');
    expect(lex('a\\$TAG')).toBe('a$TAG');
    expect(lex('a`$TAG', '`')).toBe('a$TAG');
    expect(lex('C:\\Windows', '`')).toBe('C:\\Windows');
  });
  it('inside double quotes, escapes only ", $ and the escape character', () => {
    expect(lex('"a\\"b"')).toBe('a"b');
    expect(lex('"a\\$TAG"')).toBe('a$TAG');
    expect(lex('"a\\\\b"')).toBe('a\\b');
    expect(lex('"C:\\Windows"')).toBe('C:\\Windows');
  });
  it('expands modifiers and reports unresolved names', () => {
    expect(lex('${EMPTY:-x}')).toBe('x');
    expect(lexWord('$NOPE', vars).unresolved).toEqual(['NOPE']);
  });
});

describe('quoted FROM references', () => {
  const rules = (text: string) => lint(text, { locale: 'en' }).filter((f) => f.severity !== 'info').map((f) => f.rule);
  it('accepts what BuildKit accepts', () => {
    expect(rules('FROM "alpine:3.22"\nUSER 10001\n')).toEqual([]);
    expect(rules("FROM alpine:'3.22' AS build\nFROM build\nUSER 10001\n")).toEqual([]);
  });
  it('still rejects a quoted stage name, which BuildKit checks as written', () => {
    expect(rules('FROM "alpine:3.22" AS "build"\nUSER 10001\n')).toContain('syntax-invalid-stage-name');
  });
  it('still rejects a reference that is invalid once unquoted', () => {
    expect(rules('FROM "alpine:3.22 x"\nUSER 10001\n').length).toBeGreaterThan(0);
  });
});

describe('the word after a modifier is lexed like the rest (BuildKit lex.go processStopOn)', () => {
  const vars = new Map<string, string | undefined>([['SET', 'x'], ['EMPTY', '']]);
  it('removes quotes inside ${A:+"word"} and ${A:-"word"}', () => {
    expect(expandVariables('exit-${SET:+"unsupported"}', vars).value).toBe('exit-unsupported');
    expect(expandVariables("${EMPTY:-'supported'}", vars).value).toBe('supported');
    expect(lexWord('img:${UNSET:-"1.0"}', vars).value).toBe('img:1.0');
  });
  it('keeps the word unchanged when it has no quotes, and leaves unused words alone', () => {
    expect(expandVariables('${SET:+@${SET}}', vars).value).toBe('@x');
    expect(expandVariables('${EMPTY:+"never"}', vars).value).toBe('');
  });
});
