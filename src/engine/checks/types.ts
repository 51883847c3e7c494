/**
 * Checks: what an exercise asks of a Dockerfile, as data. A check is a rule of the engine
 * ("rule X raises nothing", "rule X is raised") or a named predicate over the parsed model.
 * Specs are plain JSON so they travel to the Web Worker with the text.
 */
import type { Model } from '../model.ts';
import type { Finding, L10n, Locale } from '../types.ts';

export type CheckSpec = CheckBody & {
  /** Overrides the check's default sentence. */
  label?: L10n;
};

export type CheckBody =
  /** Rule `rule` reports nothing, in the whole file or only in the final stage. */
  | { kind: 'rule-absent'; rule: string; scope?: 'file' | 'final' }
  /** Rule `rule` reports something (exercises that ask the reader to make a problem visible). */
  | { kind: 'rule-raised'; rule: string }
  | { kind: 'non-root' }
  /** The start command (ENTRYPOINT, else CMD) is in exec form; runs `program` when given; `via` which instruction. */
  | { kind: 'exec-start'; program?: string; via?: 'CMD' | 'ENTRYPOINT' }
  /** A HEALTHCHECK with a command; its interval (default 30s) at most `maxInterval` (a Docker duration). */
  | { kind: 'healthcheck'; maxInterval?: string }
  | { kind: 'multi-stage' }
  | { kind: 'deps-first' }
  /** Editing context file `changed` does not rerun a RUN that installs dependencies (build insight's cache rules). */
  | { kind: 'no-rerun'; changed: string }
  /** Every base image pinned to a version (not `latest`) or a digest; `digest: true` asks for a digest on the final stage. */
  | { kind: 'pinned-base'; digest?: boolean }
  | { kind: 'no-secrets' }
  /** The final stage sets an absolute WORKDIR (this one, when given). */
  | { kind: 'workdir'; path?: string }
  /** A COPY/ADD of the final image brings `file` from the build context (directly or as part of `.`). */
  | { kind: 'copies'; file: string }
  /** apt-get installs every package listed, in the final image. */
  | { kind: 'apt-installs'; packages: readonly string[] }
  | { kind: 'expose'; port: number }
  /** The final image carries these `org.opencontainers.image.*` labels (default: title and source). */
  | { kind: 'oci-labels'; keys?: string[] }
  /** A parser directive at the top of the file (`# syntax=…`, `# check=…`), with this value when given. */
  | { kind: 'directive'; name: 'syntax' | 'check' | 'escape'; value?: string };

export type CheckKind = CheckBody['kind'];

/** What a predicate sees: the model and the findings of one lint of the same text. */
export interface CheckContext {
  model: Model;
  findings: readonly Finding[];
}

/** `true` when the check passes; otherwise what is missing, in both languages. */
export type Verdict = true | L10n;

export interface CheckDefinition<S extends CheckBody = CheckBody> {
  kind: S['kind'];
  /** The sentence the reader sees for this check (what is asked). */
  label(spec: S): L10n;
  /** Page that explains it, root-relative without locale, e.g. `/instructions/user/`. */
  page(spec: S): string;
  evaluate(ctx: CheckContext, spec: S): Verdict;
}

export interface CheckResult {
  id: string;
  passed: boolean;
  /** The check's sentence. */
  label: string;
  /** When failed, what is missing; when passed, the sentence again. */
  message: string;
  /** Root-relative link with locale prefix, e.g. `/en/instructions/user/`. */
  link: string;
}

export interface Evaluation {
  checks: CheckResult[];
  /** Findings of error severity (Docker would reject the file or the container cannot work). */
  errors: number;
  /** Every check passes and there is no error-severity finding. */
  solved: boolean;
  findings: Finding[];
}

export type { Locale };
