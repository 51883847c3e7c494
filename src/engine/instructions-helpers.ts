/**
 * What the "instructions" rules share: the words of an instruction as Docker splits them (quotes
 * removed, exact offsets kept), the operands of COPY/ADD, archive and path classification, and a
 * fold over stages that hands each stage the state its parent stage ended with.
 */
import type { Instruction } from 'dockerfile-ast';
import { argumentsRange, execForm } from './define.ts';
import type { Model, Stage } from './model.ts';

export interface Operand {
  /** The word with surrounding/embedded quotes removed and continuations dropped. */
  value: string;
  /** Offsets of the word as written (quotes included). */
  start: number;
  end: number;
  /**
   * Offset of `value[0]` when `value` is a contiguous slice of the text (no escapes, inner quotes or
   * continuations), so `inner + i` is the offset of `value[i]`; undefined otherwise.
   */
  inner?: number;
}

/**
 * Splits `text[start, end)` on whitespace, honouring single and double quotes and dropping
 * `escape` + newline continuations (and comment lines after them). Linear, never throws.
 */
export function splitWords(model: Model, start: number, end: number): Operand[] {
  const { text, escape } = model;
  const out: Operand[] = [];
  let value = '';
  let wordStart = -1;
  let wordEnd = -1;
  let quote = '';
  let contiguous = true;
  let quoted = false;
  const flush = () => {
    if (wordStart >= 0) {
      const raw = text.slice(wordStart, wordEnd);
      let inner: number | undefined;
      if (contiguous && raw === value) inner = wordStart;
      else if (contiguous && quoted && raw.length === value.length + 2 && raw.slice(1, -1) === value) inner = wordStart + 1;
      out.push({ value, start: wordStart, end: wordEnd, inner });
    }
    value = '';
    wordStart = -1;
    contiguous = true;
    quoted = false;
  };
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch === escape && !quote.startsWith("'")) {
      // A continuation: escape, optional blanks, newline.
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j >= end || text[j] === '\n' || text[j] === '\r') {
        if (text[j] === '\r' && text[j + 1] === '\n') j++;
        j++;
        // Comment lines inside a continued instruction are dropped by Docker.
        for (;;) {
          let k = j;
          while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
          if (k < end && text[k] === '#') {
            while (k < end && text[k] !== '\n') k++;
            j = k + 1;
          } else break;
        }
        if (!quote) flush();
        else contiguous = false;
        i = j;
        continue;
      }
      // An escaped character.
      if (wordStart < 0) wordStart = i;
      if (i + 1 < end) {
        value += text[i + 1];
        i += 2;
      } else i++;
      wordEnd = i;
      contiguous = false;
      continue;
    }
    if (quote) {
      if (ch === quote) {
        quote = '';
        wordEnd = i + 1;
      } else {
        value += ch;
        wordEnd = i + 1;
      }
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      if (wordStart < 0) wordStart = i;
      else contiguous = false;
      if (quoted) contiguous = false;
      quoted = true;
      quote = ch;
      wordEnd = i + 1;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      flush();
      i++;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    else if (quoted) contiguous = false;
    value += ch;
    wordEnd = i + 1;
    i++;
  }
  flush();
  return out;
}

/** The words after the keyword (flags included for instructions without flag parsing). */
export function instructionWords(model: Model, ins: Instruction): Operand[] {
  const [start, end] = argumentsRange(model, ins);
  return splitWords(model, start, end);
}

interface WithHeredocs {
  getHeredocs(): { getStartRange(): { start: { line: number; character: number } } }[];
}

/**
 * The operands of COPY/ADD after the flags (sources then destination), from exec or shell form.
 * Heredoc bodies are left out; a heredoc source appears as its `<<NAME` word.
 */
export function operands(model: Model, ins: Instruction): Operand[] {
  const json = execForm(model, ins);
  if (json) return json.map((w) => ({ value: w.value, start: w.start, end: w.end, inner: model.text.slice(w.start, w.end) === w.value ? w.start : undefined }));
  const args = ins.getArguments();
  if (args.length === 0) return [];
  const start = model.offsets(args[0]!)[0];
  let end = model.offsets(ins)[1];
  const h = ins as unknown as Partial<WithHeredocs>;
  const heredocs = typeof h.getHeredocs === 'function' ? h.getHeredocs() : [];
  if (heredocs.length > 0) {
    const at = model.lines.offsetAt(heredocs[0]!.getStartRange().start);
    const nl = model.text.indexOf('\n', at);
    if (nl >= 0 && nl < end) end = nl;
  }
  return splitWords(model, start, end);
}

/** Removes one pair of matching surrounding quotes. */
export function stripQuotes(s: string): string {
  const v = s.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/**
 * A path a static linter must accept as absolute (or cannot judge): `/x`, `$VAR…`, a Windows
 * drive (`C:`, `C:\x`, `c:/x`), or a rooted `\x` in a backtick-escaped (Windows) file.
 */
export function isAbsoluteLike(path: string, escape: string): boolean {
  if (path.startsWith('/') || path.startsWith('$')) return true;
  if (/^[A-Za-z]:/.test(path)) return true;
  return escape === '`' && path.startsWith('\\');
}

/** The last path segment (after `/`, or `\` too), for matching a copied file in later commands. */
export function basename(path: string): string {
  const trimmed = path.replace(/[/\\]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

/** hadolint's archive extensions plus zstd: an ADD of such a local file may be meant to extract. */
const ARCHIVE_EXTENSIONS = ['.tar', '.gz', '.bz2', '.xz', '.zst', '.tgz', '.tbz', '.tbz2', '.tb2', '.txz', '.tlz', '.tpz', '.taz',
  '.tz', '.z', '.lz', '.lzma', '.tzst'];

/** A local file ADD may extract (compressed or plain tar), by extension. */
export function looksLikeArchive(path: string): boolean {
  const p = path.toLowerCase();
  return ARCHIVE_EXTENSIONS.some((e) => p.endsWith(e));
}

/** A tar archive in a format ADD really unpacks (plain, gzip, bzip2, xz, zstd). */
export function isUnpackableTar(path: string): boolean {
  const p = path.toLowerCase();
  return /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz|tbz2|tb2|txz|tzst)$/.test(p);
}

/** A remote source ADD downloads: a URL with a scheme, a Git SSH address, or a `github.com/` ref. */
export function isRemoteSource(src: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(src) || /^git@/.test(src) || src.startsWith('github.com/');
}

/**
 * Folds the stages in file order. Each stage starts from a copy of the state its parent stage
 * ended with (or `init()`), then `visit` sees its instructions in order. Linear in the file.
 */
export function foldStages<S>(model: Model, init: () => S, copy: (s: S) => S, visit: (state: S, ins: Instruction, stage: Stage) => void): Map<Stage, S> {
  const ends = new Map<Stage, S>();
  for (const stage of model.stages) {
    const inherited = stage.parent ? ends.get(stage.parent) : undefined;
    const state = inherited ? copy(inherited) : init();
    for (const ins of stage.body) visit(state, ins, stage);
    ends.set(stage, state);
  }
  return ends;
}

/** The last USER instruction in effect for a stage (its own body, then its parent stages). */
export function lastUser(stage: Stage | undefined): Instruction | undefined {
  for (let s = stage; s; s = s.parent) {
    for (let k = s.body.length - 1; k >= 0; k--) if (s.body[k]!.getKeyword() === 'USER') return s.body[k];
  }
  return undefined;
}

/** Stage at the root of the `FROM <alias>` chain. */
export function rootStage(stage: Stage): Stage {
  let s = stage;
  for (let n = 0; s.parent && n < 10_000; n++) s = s.parent;
  return s;
}

export interface PortSpec {
  word: Operand;
  /** Offset in `word.value` where the container port starts (after the last `:`). */
  containerAt: number;
  /** Numeric parts (host and container ports, range bounds) with their positions in `word.value`. */
  numbers: { text: string; at: number; role: 'host' | 'container' }[];
  /** `lo-hi` ranges as index pairs into `numbers`. */
  ranges: [number, number][];
  /** The protocol after `/` and its position in `word.value`. */
  proto?: { text: string; at: number };
}

/**
 * Reads the words of an EXPOSE as `[ip:][host:]port[-port][/proto]`. Words holding a variable
 * (`$PORT`) are skipped: their value is unknown until build time.
 */
export function exposeSpecs(model: Model, ins: Instruction): PortSpec[] {
  const out: PortSpec[] = [];
  for (const word of instructionWords(model, ins)) {
    const v = word.value;
    if (!v || v.includes('$')) continue;
    const slash = v.indexOf('/');
    const body = slash >= 0 ? v.slice(0, slash) : v;
    const proto = slash >= 0 ? { text: v.slice(slash + 1), at: slash + 1 } : undefined;
    const colon = body.lastIndexOf(':');
    const containerAt = colon + 1;
    const spec: PortSpec = { word, containerAt, numbers: [], ranges: [], proto };
    const addPart = (part: string, at: number, role: 'host' | 'container') => {
      const m = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!m) return;
      const first = spec.numbers.push({ text: m[1]!, at, role }) - 1;
      if (m[2] !== undefined) {
        const second = spec.numbers.push({ text: m[2], at: at + m[1]!.length + 1, role }) - 1;
        spec.ranges.push([first, second]);
      }
    };
    addPart(body.slice(containerAt), containerAt, 'container');
    if (colon > 0) {
      // ip:host:container or host:container; the host port is the part before the last colon.
      const prev = body.lastIndexOf(':', colon - 1);
      const hostAt = prev + 1;
      const host = body.slice(hostAt, colon);
      if (host && !host.includes(']')) addPart(host, hostAt, 'host');
    }
    out.push(spec);
  }
  return out;
}

/** Offsets of `value[from, to)` of a word, or the whole word when the value is not contiguous. */
export function subRange(word: Operand, from: number, to: number): [number, number] {
  return word.inner === undefined ? [word.start, word.end] : [word.inner + from, word.inner + to];
}
