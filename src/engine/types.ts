/** The engine's public vocabulary. Nothing here knows about a browser, Node or an editor. */
import type { Instruction } from 'dockerfile-ast';
import type { Model, Stage } from './model.ts';

export type Locale = 'pt-BR' | 'en';
export const LOCALES: readonly Locale[] = ['pt-BR', 'en'];
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Text in both languages. */
export type L10n = Record<Locale, string>;

export interface Refs {
  hadolint?: string[];
  buildkit?: string[];
}

/** A replacement of the text between two offsets (0-based, UTF-16 code units). */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** A text edit as findings carry it: 1-based, end exclusive, like the finding's range. */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  url: string;
  refs: Refs;
  fix?: Fix;
}

export interface LintOptions {
  locale?: Locale;
  /** Prefix for rule page URLs, e.g. `https://estaleiro.dev`; default is root-relative. */
  baseUrl?: string;
  /** Rule ids to leave out entirely. */
  disable?: readonly string[];
  /**
   * The build context, opened with `openContext` (so a lint without one never loads the
   * .dockerignore matcher). With it, COPY/ADD sources are checked against the real files.
   */
  context?: BuildContext;
}

/** A build context as a host gives it: the file tree and the .dockerignore text. */
export interface ContextInput {
  /** Every file, relative to the context root, '/'-separated (`src/app.py`); a trailing '/' marks an empty directory. */
  files: readonly string[];
  /** The .dockerignore text, if the context has one. */
  dockerignore?: string;
  /** Text of a file when the host has it (used to read entrypoint scripts); undefined when unknown. */
  read?: (path: string) => string | undefined;
}

/** A build context ready to answer: what is sent to the builder and what a COPY source reads. */
export interface BuildContext {
  /** Every file of the tree, normalised and sorted, before .dockerignore. */
  readonly files: readonly string[];
  /** The files sent to the builder (not excluded by .dockerignore). */
  readonly sent: readonly string[];
  readonly hasDockerignore: boolean;
  /** The .dockerignore has `!` exceptions (BuildKit then skips its CopyIgnoredFile check). */
  readonly hasExceptions: boolean;
  /** Does .dockerignore exclude this path (or a directory above it)? */
  ignored(path: string): boolean;
  /**
   * The files a COPY/ADD source names (relative to the context root; wildcards allowed):
   * `all` before .dockerignore, `sent` after it.
   */
  resolve(source: string): { all: string[]; sent: string[] };
  read(path: string): string | undefined;
}

/** Which instruction a rule belongs to, for the rule index (`*` for the whole file). */
export type InstructionKeyword =
  | 'FROM' | 'RUN' | 'COPY' | 'ADD' | 'ENTRYPOINT' | 'CMD' | 'VOLUME' | 'ENV' | 'LABEL' | 'STOPSIGNAL'
  | 'HEALTHCHECK' | 'WORKDIR' | 'USER' | 'ARG' | 'ONBUILD' | 'SHELL' | 'EXPOSE' | 'MAINTAINER' | '*';

export interface RuleDocs {
  /** Short name shown in lists. */
  title: L10n;
  /** What the rule catches, one or two sentences (Markdown allowed). */
  description: L10n;
  /** Why it matters in production (Markdown allowed). */
  rationale: L10n;
  /** What the fix does, when the rule has one, or how to fix it by hand. */
  howToFix: L10n;
}

export interface RuleExamples {
  /** Dockerfiles that must raise this rule. */
  bad: string[];
  /** Dockerfiles that must not raise it (near misses count). */
  good: string[];
  /** The build context the examples are linted with (rules that need one). */
  context?: ContextInput;
}

export interface Report {
  /** Offsets of the offending text. */
  start: number;
  end: number;
  /** Key into the rule's messages; default `default`. */
  messageId?: string;
  data?: Record<string, string | number>;
  fix?: { edits: OffsetEdit[]; titleId?: string; data?: Record<string, string | number> };
  /** The instruction the finding belongs to (for suppression comments). */
  instruction?: Instruction;
  /** This finding's own refs, when narrower than the rule's (the rule page lists them all). */
  refs?: Refs;
}

export interface RuleContext {
  model: Model;
  /** The build context, when the host gave one. */
  context?: BuildContext;
  report(r: Report): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  instructions: InstructionKeyword[];
  refs: Refs;
  docs: RuleDocs;
  /** Messages by locale and message id; `{name}` placeholders are filled from `data`. */
  messages: Record<Locale, Record<string, string>>;
  /** Fix titles by locale and id (default `default`); present when the rule can fix. */
  fixTitles?: Record<Locale, Record<string, string>>;
  examples: RuleExamples;
  check(ctx: RuleContext): void;
}

export type { Stage };
