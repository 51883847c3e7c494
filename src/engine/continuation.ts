/**
 * Line continuation as BuildKit's parser does it, imposed on dockerfile-ast.
 *
 * BuildKit (frontend/dockerfile/parser/parser.go) continues a line when it matches
 * `([^E])E[ \t]*$|^E[ \t]*$` (E the escape character): a line ending in an escaped escape
 * character (`C:\\Windows\\`, or ``` `` ``` with `# escape=``) is not continued. Inside a
 * continuation, comment lines (`#` after optional whitespace) and empty lines are skipped, and
 * here-document bodies are read raw. dockerfile-ast decides differently in two places: it joins
 * any line ending in E, and it loses a continuation after an escaped blank (`a\ \`). Where the
 * two disagree, `alignContinuations` changes one escape character into `/` so dockerfile-ast
 * joins the lines BuildKit joins. The result has the original's length and line breaks, so every
 * offset and position still maps to the original text.
 */

const SPACE = new Set([' ', '\t']);

function trimEnd(line: string): number {
  let end = line.length;
  while (end > 0 && (SPACE.has(line[end - 1]!) || line[end - 1] === '\r')) end--;
  return end;
}

/** BuildKit: does this physical line continue onto the next? */
export function buildkitContinues(line: string, escape: string): boolean {
  const end = trimEnd(line);
  if (end === 0 || line[end - 1] !== escape) return false;
  return end === 1 || line[end - 2] !== escape;
}

/**
 * dockerfile-ast's argument scanner (Parser.processArguments) over one line: after an escape
 * character followed by blanks it skips the next non-blank character.
 * Returns whether it continues, and the escape it last acted on before the end.
 */
function astScan(line: string, escape: string): { continues: boolean; blankEscape: number } {
  const end = line.endsWith('\r') ? line.length - 1 : line.length;
  let blankEscape = -1;
  for (let i = 0; i < end; i++) {
    if (line[i] !== escape) continue;
    if (i + 1 >= end) return { continues: true, blankEscape };
    if (!SPACE.has(line[i + 1]!)) continue;
    let j = i + 2;
    while (j < end && SPACE.has(line[j]!)) j++;
    if (j >= end) return { continues: true, blankEscape };
    blankEscape = i;
    i = j; // the character at j is skipped
  }
  return { continues: false, blankEscape };
}

const COMMENT = /^[ \t\r\f\v]*#/;
const BLANK = /^[ \t\r\f\v]*$/;
const HEREDOC = /(?:^|[ \t])\d*<<(-?)[ \t]*(["']?)([^\s<"']+)\2/g;
const HEREDOC_KEYWORDS = /^(?:ONBUILD[ \t]+)?(RUN|COPY|ADD)\b/i;

/** The text dockerfile-ast must parse to see BuildKit's instructions (the text itself when they agree). */
export function alignContinuations(text: string, escape: string): string {
  // Fast path: disagreements need an escape at a line end.
  if (!new RegExp(`\\${escape}[ \\t]*\\r?(\\n|$)`).test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  let inside = false;
  let logical = '';
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    if (COMMENT.test(line) || (inside && BLANK.test(line))) continue;
    if (!inside && BLANK.test(line)) continue;
    const continues = buildkitContinues(line, escape);
    for (let guard = 0; guard < 4; guard++) {
      const ast = astScan(line, escape);
      if (ast.continues === continues) break;
      // BuildKit ends here but dockerfile-ast would join: the final escape becomes `/`;
      // BuildKit joins but dockerfile-ast skipped the final escape: the blank escape becomes `/`.
      const at = ast.continues ? trimEnd(line) - 1 : ast.blankEscape;
      if (at < 0) break;
      line = `${line.slice(0, at)}/${line.slice(at + 1)}`;
      changed = true;
    }
    lines[n] = line;
    logical = inside ? logical + line : line.trimStart();
    inside = continues;
    if (!inside) n = skipHeredocs(lines, n, logical);
  }
  return changed ? lines.join('\n') : text;
}

/** After an instruction ending on line `n`, the last line of its here-document bodies (BuildKit reads them raw). */
function skipHeredocs(lines: string[], n: number, logical: string): number {
  if (!logical.includes('<<') || !HEREDOC_KEYWORDS.test(logical)) return n;
  for (const m of logical.matchAll(HEREDOC)) {
    const chomp = m[1] === '-';
    const name = m[3]!;
    while (++n < lines.length) {
      let candidate = lines[n]!.replace(/\r$/, '');
      if (chomp) candidate = candidate.replace(/^\t+/, '');
      if (candidate === name) break;
    }
  }
  return n;
}
