import { describe, expect, it } from 'vitest';
import { hasFlag, parseShell, setsPipefail } from './shell.ts';

const cmds = (s: string, escape = '\\') =>
  parseShell(s, 0, s.length, escape).commands.map((c) => [c.name.value, ...c.args.map((a) => a.value)].join(' '));

describe('parseShell', () => {
  it('splits commands on operators and keeps exact word offsets', () => {
    const s = 'apt-get update && apt-get install -y curl; echo "a b" | tee x';
    const script = parseShell(s, 0, s.length);
    expect(script.commands.map((c) => c.name.value)).toEqual(['apt-get', 'apt-get', 'echo', 'tee']);
    const curl = script.commands[1]!.args[2]!;
    expect(s.slice(curl.start, curl.end)).toBe('curl');
    expect(script.commands[2]!.args[0]!.value).toBe('a b');
    expect(script.pipes).toEqual([s.indexOf('|')]);
  });

  it('joins Docker line continuations and skips comment lines inside them', () => {
    expect(cmds('apt-get update \\\n  # comment | here\n  && apt-get install -y x')).toEqual(['apt-get update', 'apt-get install -y x']);
  });

  it('understands a backtick escape character', () => {
    expect(cmds('echo a `\n  && echo b', '`')).toEqual(['echo a', 'echo b']);
  });

  it('finds commands inside $(…), after keywords and after assignments', () => {
    expect(cmds('X=$(cat f) && if true; then FOO=1 pip install x; fi')).toEqual(['cat f', 'true', 'pip install x']);
  });

  it('drops redirection targets and fd numbers', () => {
    expect(cmds('echo hi > /tmp/x 2>&1 && cat < in')).toEqual(['echo hi', 'cat']);
  });

  it('does not count || as a pipe', () => {
    expect(parseShell('a || b', 0, 6).pipes).toEqual([]);
  });

  it('skips the bodies of here-documents inside a script (a `RUN <<EOF` body)', () => {
    const heredoc = (s: string) => parseShell(s, 0, s.length, '\\', true).commands.map((c) => c.name.value);
    expect(heredoc("cat > /start <<'X'\nsudo python app.py | tee log\nX\nchmod +x /start\n")).toEqual(['cat', 'chmod']);
    expect(heredoc('cat <<-END >/motd\n\tpython\n\tEND\necho ok')).toEqual(['cat', 'echo']);
    expect(heredoc('cat <<A; cat <<"B"\na\nA\nb\nB\nls')).toEqual(['cat', 'cat', 'ls']);
    expect(heredoc('cat <<A\r\nx\r\nA\r\nls\r\n')).toEqual(['cat', 'ls']);
    // A here-string is not a here-document; an unterminated one swallows the rest.
    expect(heredoc('grep x <<< "$v"\nls')).toEqual(['grep', 'ls']);
    expect(heredoc('cat <<EOF\npython')).toEqual(['cat']);
    expect(parseShell("cat <<'X'\na | b\nX\n", 0, 17, '\\', true).pipes).toEqual([]);
  });

  it('never throws on unbalanced quotes or parentheses', () => {
    for (const s of ['echo "unterminated', "echo 'x", '$(((', ')))', '\\', '$(']) expect(() => parseShell(s, 0, s.length)).not.toThrow();
  });

  it('reads flags and pipefail', () => {
    const [a] = parseShell('apt-get install -qy x', 0, 21).commands;
    expect(hasFlag(a!, 'y')).toBe(true);
    const [b] = parseShell('set -euxo pipefail', 0, 18).commands;
    expect(setsPipefail(b!)).toBe(true);
    const [c] = parseShell('set -e', 0, 6).commands;
    expect(setsPipefail(c!)).toBe(false);
  });
});

describe('word ranges', () => {
  it('include the quotes of a quoted word', () => {
    const s = `echo "a b" 'c'`;
    const [c] = parseShell(s, 0, s.length).commands;
    expect(c!.args.map((a) => s.slice(a.start, a.end))).toEqual(['"a b"', "'c'"]);
  });
});
