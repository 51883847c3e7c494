/**
 * A small, error-tolerant reader of the shell scripts in RUN instructions. It finds the simple
 * commands (after `&&`, `||`, `;`, `|`, inside `$(…)`, after `then`/`do`…) with the exact
 * offsets of every word, which is what the rules need. It never throws and is linear in the input.
 */

export interface Word {
  /** The word with quotes and shell escapes removed (`$VAR` kept as written). */
  value: string;
  /** Offsets of the word in the document, quotes included. */
  start: number;
  end: number;
}

export interface Command {
  name: Word;
  args: Word[];
  /** `NAME=value` words written before the command. */
  assignments: Word[];
}

export interface Script {
  commands: Command[];
  /** Offsets of pipe operators (`|`, not `||`). */
  pipes: number[];
}

const KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '}', 'fi', 'done', 'esac', 'time']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

type Token = { kind: 'word'; word: Word } | { kind: 'sep'; op: string; at: number } | { kind: 'redirect' };

/**
 * Reads `text[start, end)` as a shell script. `escape` is the Dockerfile escape character:
 * `escape` + newline is a line continuation (as Docker joins lines), and comment lines inside a
 * continued instruction are skipped, as Docker does.
 */
export function parseShell(text: string, start: number, end: number, escape = '\\', heredoc = false): Script {
  const tokens: Token[] = [];
  let value = '';
  let wordStart = -1;
  let wordEnd = -1;
  let quote: '' | "'" | '"' = '';
  let pendingRedirect = false;
  /** After `<<` / `<<-`: the next word is a here-document delimiter. */
  let pendingHeredoc: { strip: boolean } | undefined;
  /** Here-documents opened on the current line: their bodies start at the next newline. */
  const heredocs: { delimiter: string; strip: boolean }[] = [];

  const flush = () => {
    if (wordStart >= 0) {
      if (pendingRedirect) {
        tokens.push({ kind: 'redirect' });
        pendingRedirect = false;
        if (pendingHeredoc) heredocs.push({ delimiter: value, strip: pendingHeredoc.strip });
        pendingHeredoc = undefined;
      } else tokens.push({ kind: 'word', word: { value, start: wordStart, end: wordEnd } });
    }
    value = '';
    wordStart = -1;
  };
  const sep = (op: string, at: number) => {
    flush();
    pendingRedirect = false;
    tokens.push({ kind: 'sep', op, at });
  };
  const add = (ch: string, at: number, width = 1) => {
    if (wordStart < 0) wordStart = at;
    value += ch;
    wordEnd = at + width;
  };

  /** If a Docker line continuation starts at i, returns the offset after it (and after skipped comment lines). */
  const continuation = (i: number): number => {
    if (heredoc || text[i] !== escape) return -1;
    let j = i + 1;
    while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] === '\r') j++;
    if (text[j] !== '\n' && j < end) return -1;
    j++;
    // Docker drops comment lines and empty lines inside a continued instruction.
    for (;;) {
      let k = j;
      while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
      if (text[k] === '#') {
        while (k < end && text[k] !== '\n') k++;
        j = k + 1;
      } else if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] === '\n')) {
        j = text[k] === '\r' ? k + 2 : k + 1;
      } else return j;
      if (j >= end) return end;
    }
  };

  let i = start;
  let parenDepth = 0;
  while (i < end) {
    const cont = continuation(i);
    if (cont >= 0) {
      i = cont;
      continue;
    }
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") {
        quote = '';
        wordEnd = i + 1;
      } else add(ch, i);
      i++;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') {
        quote = '';
        wordEnd = i + 1;
      } else if (ch === '\\' && i + 1 < end && '"\\$`'.includes(text[i + 1]!)) {
        add(text[i + 1]!, i, 2);
        i += 2;
        continue;
      } else add(ch, i);
      i++;
      continue;
    }
    switch (ch) {
      case "'":
      case '"':
        if (wordStart < 0) wordStart = i;
        wordEnd = i + 1;
        quote = ch;
        i++;
        continue;
      case '\\':
        if (i + 1 < end) {
          if (text[i + 1] === '\n') {
            i += 2;
            continue;
          }
          add(text[i + 1]!, i, 2);
          i += 2;
        } else i++;
        continue;
      case ' ':
      case '\t':
        flush();
        i++;
        continue;
      case '\r':
      case '\n':
        sep('\n', i);
        i++;
        if (ch === '\r' && text[i] === '\n') i++;
        if (heredocs.length > 0) i = skipHeredocBodies(text, i, end, heredocs.splice(0));
        continue;
      case '#':
        if (wordStart < 0) {
          while (i < end && text[i] !== '\n') i++;
          continue;
        }
        add(ch, i);
        i++;
        continue;
      case ';':
        sep(text[i + 1] === ';' ? ';;' : ';', i);
        i += text[i + 1] === ';' ? 2 : 1;
        continue;
      case '&':
        if (text[i + 1] === '&') {
          sep('&&', i);
          i += 2;
        } else if (text[i + 1] === '>') {
          flush();
          pendingRedirect = true;
          i += text[i + 2] === '>' ? 3 : 2;
        } else {
          sep('&', i);
          i++;
        }
        continue;
      case '|':
        if (text[i + 1] === '|') {
          sep('||', i);
          i += 2;
        } else {
          sep('|', i);
          i += text[i + 1] === '&' ? 2 : 1;
        }
        continue;
      case '(':
        sep('(', i);
        parenDepth++;
        i++;
        continue;
      case ')':
        sep(')', i);
        if (parenDepth > 0) parenDepth--;
        i++;
        continue;
      case '`':
        sep('`', i);
        i++;
        continue;
      case '$':
        if (text[i + 1] === '(' && text[i + 2] === '(') {
          // Arithmetic: keep as part of the word, up to the closing `))`.
          const close = text.indexOf('))', i + 3);
          const stop = close < 0 || close >= end ? end : close + 2;
          add(text.slice(i, stop), i, stop - i);
          i = stop;
        } else if (text[i + 1] === '(') {
          add('$', i);
          sep('(', i + 1);
          parenDepth++;
          i += 2;
        } else {
          add(ch, i);
          i++;
        }
        continue;
      case '>':
      case '<': {
        // `2>` / `<<<`: the digits before are a file descriptor, the next word a target.
        if (wordStart >= 0 && /^\d+$/.test(value)) {
          value = '';
          wordStart = -1;
        } else flush();
        let j = i + 1;
        while (j < end && (text[j] === '>' || text[j] === '<' || text[j] === '&' || text[j] === '|')) j++;
        // `<<EOF` and `<<-EOF` (not the here-string `<<<`): lines after this one are data.
        const op = text.slice(i, j);
        pendingHeredoc = undefined;
        if (op === '<<') {
          const strip = text[j] === '-';
          if (strip) j++;
          pendingHeredoc = { strip };
        }
        // `2>&1`: the target is a descriptor, part of this operator.
        if (text[j - 1] === '&') {
          while (j < end && /[0-9-]/.test(text[j]!)) j++;
        } else pendingRedirect = true;
        i = j;
        continue;
      }
      default:
        add(ch, i);
        i++;
    }
  }
  flush();
  return assemble(tokens);
}

/**
 * Skips the bodies of here-documents that start at `from`, one after the other, each up to the
 * line holding just its delimiter (leading tabs removed for `<<-`). Returns where the script resumes.
 */
function skipHeredocBodies(text: string, from: number, end: number, docs: { delimiter: string; strip: boolean }[]): number {
  let p = from;
  for (const doc of docs) {
    while (p < end) {
      let nl = text.indexOf('\n', p);
      if (nl < 0 || nl > end) nl = end;
      let line = text.slice(p, nl);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (doc.strip) line = line.replace(/^\t+/, '');
      p = Math.min(nl + 1, end);
      if (line === doc.delimiter) break;
    }
  }
  return p;
}

function assemble(tokens: Token[]): Script {
  const commands: Command[] = [];
  const pipes: number[] = [];
  let words: Word[] = [];
  let skipRest = false;
  const finish = () => {
    if (!skipRest) {
      let k = 0;
      const assignments: Word[] = [];
      for (; k < words.length; k++) {
        const w = words[k]!;
        if (KEYWORDS.has(w.value)) continue;
        if (ASSIGNMENT.test(w.value)) {
          assignments.push(w);
          continue;
        }
        break;
      }
      const name = words[k];
      if (name && name.value !== 'for' && name.value !== 'case' && name.value !== 'function')
        commands.push({ name, args: words.slice(k + 1), assignments });
    }
    words = [];
    skipRest = false;
  };
  for (const t of tokens) {
    if (t.kind === 'word') words.push(t.word);
    else if (t.kind === 'sep') {
      if (t.op === '|') pipes.push(t.at);
      finish();
    }
  }
  finish();
  return { commands, pipes };
}

/** Splits an argument into flag names: `-yq` → y, q; `--opt=v` → opt. Returns [] for non-flags. */
export function flagNames(arg: string): string[] {
  if (arg.startsWith('--')) return arg.length > 2 ? [arg.slice(2).split('=')[0]!] : [];
  if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) return arg.slice(1).split('');
  return [];
}

/** True when the command has any of the given flags (short names without `-`, long without `--`). */
export function hasFlag(cmd: Command, ...names: string[]): boolean {
  for (const a of cmd.args) {
    if (a.value === '--') break;
    for (const f of flagNames(a.value)) if (names.includes(f)) return true;
  }
  return false;
}

/** The command's words that are not flags (a rough positional list; flag values count as positional). */
export function positional(cmd: Command): Word[] {
  return cmd.args.filter((a) => !a.value.startsWith('-'));
}

/** The basename of the command, so `/usr/bin/apt-get` is `apt-get`. */
export function commandName(cmd: Command): string {
  const v = cmd.name.value;
  const slash = v.lastIndexOf('/');
  return slash >= 0 ? v.slice(slash + 1) : v;
}

/** True if the command is `set` turning on pipefail (`set -o pipefail`, `set -euo pipefail`). */
export function setsPipefail(cmd: Command): boolean {
  if (commandName(cmd) !== 'set') return false;
  const args = cmd.args.map((a) => a.value);
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (/^-[a-zA-Z]*o[a-zA-Z]*$/.test(a) && args[k + 1] === 'pipefail') return true;
  }
  return false;
}
