/**
 * What `explain()` returns: the build as BuildKit would run it (stages, steps, cache) and what
 * `docker stop` does to the container. Plain data (structured-clone safe), so the playground's
 * worker can post it as is.
 */
import type { BuildContext, ContextInput, Locale } from '../types.ts';

export type { BuildContext, ContextInput };

export interface ExplainOptions {
  /** The build context: an opened one (`openContext`), or files + .dockerignore to open. */
  context?: BuildContext | ContextInput;
  /** Context paths that changed since the last build ('/'-separated or Windows '\\'). */
  changed?: readonly string[];
  /** Build arguments whose value changed (`--build-arg NAME=…` with a new value). */
  changedArgs?: readonly string[];
  /** The stage to build (`--target`); default the last stage. Name (any case) or index. */
  target?: string;
  /** Accepted for symmetry with lint; the result is language-neutral (`describeReason`/`describeStop` speak). */
  locale?: Locale;
}

/** How one stage depends on another. */
export interface StageEdge {
  /** Index of the stage depended on. */
  stage: number;
  via: 'from' | 'copy' | 'mount';
  /** 1-based line of the instruction that creates the dependency. */
  line: number;
}

export interface StageInsight {
  index: number;
  /** The alias after AS (lowercase), or null. */
  name: string | null;
  /** The FROM image as written, with global ARG defaults substituted. */
  image: string;
  line: number;
  /** Stages this one needs, in order of appearance. */
  parents: StageEdge[];
  /** Images (not stages) read by `COPY --from=image` or `RUN --mount=from=image`. */
  externalImages: string[];
  /** BuildKit builds this stage for the target (the target itself or something it depends on). */
  needed: boolean;
  isTarget: boolean;
  /** Needed stages build in waves: every stage of a wave can build in parallel. -1 when skipped. */
  wave: number;
}

export type StepKind = 'base' | 'layer' | 'config';

export interface StepInsight {
  /** 1-based first line of the instruction. */
  line: number;
  endLine: number;
  /** Keyword in upper case (`FROM`, `RUN`…). */
  instruction: string;
  /** The instruction's text (first line, trimmed, at most 120 characters). */
  text: string;
  stage: number;
  /** Adds a filesystem layer (RUN, COPY, ADD); false for FROM and configuration-only steps. */
  layer: boolean;
  kind: StepKind;
  /** What the step reads from the build context (COPY/ADD sources, `RUN --mount=type=bind`). */
  reads: ContextRead[];
  /** This step executes again (a layer step whose cache key changed, or that follows one). */
  rerun: boolean;
  /** Why it reruns; only when `rerun`. */
  reason?: RerunReason;
}

export interface ContextRead {
  /** The source as written. */
  source: string;
  /** Where it comes from: the build context, another stage, an image, a URL/Git, or the Dockerfile (heredoc). */
  from: 'context' | 'stage' | 'image' | 'remote' | 'inline';
  /** For `context`: the files it reads when a context was given (after .dockerignore). */
  files?: string[];
  /** For `stage`: the stage index. */
  stage?: number;
  /** `COPY --exclude` patterns, when given. */
  exclude?: string[];
}

export type RerunReason =
  | { code: 'file-changed'; file: string; source: string }
  /** `line`: the step that uses the argument (itself, or a configuration step before it such as `ENV X=$X`). */
  | { code: 'arg-changed'; arg: string; used: 'env' | 'expanded'; line: number }
  | { code: 'base-arg-changed'; arg: string }
  | { code: 'parent-stage-changed'; stage: number }
  | { code: 'copied-stage-changed'; stage: number }
  | { code: 'mounted-stage-changed'; stage: number }
  | { code: 'after-miss'; line: number };

export type Pid1Kind = 'app' | 'shell' | 'script' | 'init' | 'unknown';

export interface StopInsight {
  /** The stage whose image runs (the target). */
  stage: number;
  /** The command line PID 1 runs, as Docker builds it from ENTRYPOINT and CMD; null when inherited. */
  command: string[] | null;
  /** 1-based lines of the ENTRYPOINT and CMD in effect (null when inherited from the base image). */
  entrypointLine: number | null;
  cmdLine: number | null;
  pid1: { kind: Pid1Kind; program: string | null };
  /** For an entrypoint script: its path, whether its text was in the context, whether it ends with `exec`. */
  script?: { path: string; inContext: boolean; execs: boolean | null };
  /** The signal `docker stop` sends first. */
  signal: string;
  signalSource: 'STOPSIGNAL' | 'default';
  signalLine: number | null;
  /** Does the signal reach the application? `unknown` when the start command is inherited or unreadable. */
  reachesApp: 'yes' | 'no' | 'unknown';
  /** Seconds between the signal and SIGKILL (`docker stop -t`, `--stop-timeout`; 10 by default). */
  graceSeconds: number;
}

export interface Insight {
  stages: StageInsight[];
  /** The target stage's index, or -1 for a file with no stage (or an unknown `target`). */
  target: number;
  /** The needed stages by wave: the stages of one wave can build in parallel, after the waves before. */
  waves: number[][];
  steps: StepInsight[];
  stop: StopInsight | null;
  /** Facts about the context when one was given. */
  context: { files: number; ignored: number; dockerignore: boolean } | null;
}
