/**
 * Which steps miss the cache, after BuildKit's documented rules
 * (https://docs.docker.com/build/cache/invalidation/ and the Dockerfile reference, "Impact on
 * build caching"):
 * 1. COPY/ADD, and RUN with a bind mount of the context, miss when a file they read changed
 *    (a file .dockerignore excludes is never sent, so it changes nothing).
 * 2. Once a step misses, every later step of the stage runs again.
 * 3. A stage built FROM a stage that reran reruns entirely; a `COPY --from` or
 *    `RUN --mount=from=` of a stage that reran misses (BuildKit compares the copied files'
 *    checksums, so identical output could still hit: we say it reruns, the safe answer).
 * 4. Build arguments: a cache miss "occurs upon its first usage, not its declaration", and
 *    "all RUN instructions following an ARG instruction use the ARG variable implicitly (as an
 *    environment variable)". BuildKit's dockerfile2llb adds every declared ARG to the state's
 *    environment (`dispatchArg` → `AddEnv`), which every later RUN carries. So a changed ARG
 *    invalidates, in its stage, from the first step after its declaration that is a RUN or that
 *    expands `$NAME` (COPY/ADD paths, WORKDIR, USER, ENV…). Undeclared and predefined args
 *    (HTTP_PROXY…) change nothing; a global ARG only changes the FROM lines that expand it; an
 *    ENV of the same name takes over from the ARG; a stage built FROM another keeps its ARGs.
 * 5. `--mount=type=cache` and secret contents are not part of the key.
 */
import { Arg, Env, type Instruction } from 'dockerfile-ast';
import type { Model } from '../model.ts';
import type { BuildContext } from '../types.ts';
import { cleanPath, sourceReads } from './paths.ts';
import { excludedBy, type Step } from './steps.ts';
import type { RerunReason, StageInsight } from './types.ts';

export interface CacheQuestion {
  changed: readonly string[];
  changedArgs: readonly string[];
  context?: BuildContext;
}

/** Names an ARG declares (they enter the scope) or an ENV sets (they leave it: ENV wins over ARG). */
function scopeChange(ins: Instruction): { declares: string[]; shadows: string[] } {
  if (ins instanceof Arg) return { declares: ins.getProperties().map((p) => p.getName()).filter(Boolean), shadows: [] };
  if (ins instanceof Env) return { declares: [], shadows: ins.getProperties().map((p) => p.getName()).filter(Boolean) };
  return { declares: [], shadows: [] };
}

/** Does the text expand `$NAME` or `${NAME…}`? */
export function expands(text: string, name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return false; // not a variable name: nothing can expand it
  return new RegExp(`\\$(?:${name}(?![A-Za-z0-9_])|\\{${name}(?![A-Za-z0-9_]))`).test(text);
}

/** The changed file a context read picks up, if any. */
function changedFileRead(step: Step, changed: readonly string[], context?: BuildContext): RerunReason | undefined {
  for (const read of step.reads) {
    if (read.from !== 'context' || read.source.includes('$')) continue;
    const source = cleanPath(read.source);
    for (const file of changed) {
      if (context?.ignored(file) || excludedBy(read.exclude ?? [], read.source, file)) continue;
      // A changed directory changes what any source inside it reads.
      if (sourceReads(source, file) || (file !== '' && source.startsWith(`${file}/`))) return { code: 'file-changed', file, source: read.source };
    }
  }
  return undefined;
}

function stageRead(step: Step, dirty: ReadonlySet<number>): RerunReason | undefined {
  for (const read of step.reads) {
    if (read.from === 'stage' && read.stage !== undefined && dirty.has(read.stage))
      return { code: step.instruction === 'RUN' ? 'mounted-stage-changed' : 'copied-stage-changed', stage: read.stage };
  }
  return undefined;
}

function argUse(model: Model, step: Step, inScope: ReadonlySet<string>, changedArgs: readonly string[]): RerunReason | undefined {
  const [s, e] = model.offsets(step.ins);
  const text = model.text.slice(s, e);
  for (const arg of changedArgs) {
    if (!inScope.has(arg)) continue;
    if (expands(text, arg)) return { code: 'arg-changed', arg, used: 'expanded', line: step.line };
    if (step.instruction === 'RUN') return { code: 'arg-changed', arg, used: 'env', line: step.line };
  }
  return undefined;
}

/** The reason a stage starts over at its FROM, if any. */
function baseReason(model: Model, stage: StageInsight, dirty: ReadonlySet<number>, changedArgs: readonly string[]): RerunReason | undefined {
  const parent = stage.parents.find((p) => p.via === 'from');
  if (parent && dirty.has(parent.stage)) return { code: 'parent-stage-changed', stage: parent.stage };
  const written = model.stages[stage.index]!.from.getImage() ?? '';
  const arg = changedArgs.find((a) => model.globalArgs.has(a) && expands(written, a));
  return arg ? { code: 'base-arg-changed', arg } : undefined;
}

/** Marks `rerun` and `reason` on the steps of the needed stages, in dependency order. */
export function markReruns(model: Model, stages: StageInsight[], steps: Step[], q: CacheQuestion): void {
  const changed = q.changed.map((f) => cleanPath(f));
  const dirty = new Set<number>();
  // A stage built FROM another starts with its build arguments (dockerfile2llb copies `buildArgs`).
  const scopes = new Map<number, Set<string>>();
  const order = stages.filter((s) => s.needed).sort((a, b) => a.wave - b.wave || a.index - b.index);
  for (const stage of order) {
    const own = steps.filter((s) => s.stage === stage.index);
    let pending = baseReason(model, stage, dirty, q.changedArgs);
    let firstRerun: number | undefined;
    const parent = stage.parents.find((p) => p.via === 'from');
    const inScope = new Set<string>(parent ? scopes.get(parent.stage) : []);
    scopes.set(stage.index, inScope);
    for (const step of own) {
      if (step.kind === 'base') continue;
      if (!pending) pending = changedFileRead(step, changed, q.context) ?? stageRead(step, dirty) ?? argUse(model, step, inScope, q.changedArgs);
      const { declares, shadows } = scopeChange(step.ins);
      for (const a of declares) inScope.add(a);
      for (const a of shadows) inScope.delete(a);
      if (!pending || !step.layer) continue;
      step.rerun = true;
      step.reason = firstRerun === undefined ? pending : { code: 'after-miss', line: firstRerun };
      firstRerun ??= step.line;
    }
    if (pending) dirty.add(stage.index);
  }
}
