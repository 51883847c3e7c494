/**
 * Every instruction of every stage as a build step: FROM (the base), the steps that add a
 * filesystem layer (RUN, COPY, ADD — Docker's best practices: "only RUN, COPY and ADD create
 * layers") and the configuration-only ones, with what each reads from the build context.
 */
import { Add, Copy, Run, type Instruction } from 'dockerfile-ast';
import { copySourceWords } from '../context-sources.ts';
import { dockerignoreMatcher } from './context.ts';
import { cleanPath } from './paths.ts';
import type { Model, Stage } from '../model.ts';
import type { BuildContext } from '../types.ts';
import { stageNamed } from './stages.ts';
import type { ContextRead, StepInsight } from './types.ts';

const LAYER = new Set(['RUN', 'COPY', 'ADD']);
const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)|\.git(?:#.*)?$/;

export interface Step extends StepInsight {
  ins: Instruction;
}

function flagValue(ins: Copy | Add, name: string): string | undefined {
  return ins.getFlags().find((f) => f.getName() === name)?.getValue() ?? undefined;
}

/** The sources of a COPY/ADD; a heredoc (`<<EOF`) is inline text. */
function copySources(model: Model, ins: Copy | Add): { source: string; inline: boolean }[] {
  return copySourceWords(model, ins).map((w) => ({ source: w.value, inline: w.value.startsWith('<<') }));
}

/**
 * `COPY --exclude=PATTERN` (Dockerfile 1.7+): files matching a pattern, relative to the source,
 * are left out, with .dockerignore's pattern syntax.
 */
export function excludedBy(patterns: readonly string[], source: string, file: string): boolean {
  if (patterns.length === 0) return false;
  const s = cleanPath(source);
  const rel = s === '' ? file : file.startsWith(`${s}/`) ? file.slice(s.length + 1) : file.slice(file.lastIndexOf('/') + 1);
  const key = patterns.join('\n');
  let m = excludeMatchers.get(key);
  if (!m) {
    if (excludeMatchers.size > 64) excludeMatchers.clear();
    excludeMatchers.set(key, (m = dockerignoreMatcher(key)));
  }
  return m.ignores(rel);
}

const excludeMatchers = new Map<string, ReturnType<typeof dockerignoreMatcher>>();

function copyReads(model: Model, stage: Stage, ins: Copy | Add, context?: BuildContext): ContextRead[] {
  const exclude = ins.getFlags().filter((f) => f.getName() === 'exclude').map((f) => f.getValue() ?? '').filter(Boolean);
  const from = flagValue(ins, 'from');
  const fromStage = from ? stageNamed(model, from, stage) : undefined;
  return copySources(model, ins).map(({ source, inline }): ContextRead => {
    if (inline) return { source, from: 'inline' };
    if (from) return fromStage ? { source, from: 'stage', stage: fromStage.index } : { source, from: 'image' };
    if (ins instanceof Add && REMOTE.test(source)) return { source, from: 'remote' };
    const read: ContextRead = { source, from: 'context', ...(exclude.length ? { exclude } : {}) };
    if (context && !source.includes('$')) read.files = context.resolve(source).sent.filter((f) => !excludedBy(exclude, source, f));
    return read;
  });
}

/** A `--mount` flag as key=value options (type defaults to bind). */
export function mountOptions(value: string): Map<string, string> {
  const options = new Map<string, string>([['type', 'bind']]);
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? 'true' : part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
    options.set(key === 'src' ? 'source' : key, key === 'type' ? v.toLowerCase() : v);
  }
  return options;
}

/**
 * What a RUN reads through `--mount`: a bind mount without `from` reads the context (its files are
 * part of the cache key); `from=` reads a stage or an image. Cache, secret, ssh and tmpfs mounts
 * without `from` are not part of the cache key.
 */
function runReads(model: Model, stage: Stage, run: Run, context?: BuildContext): ContextRead[] {
  const reads: ContextRead[] = [];
  for (const flag of run.getFlags()) {
    if (flag.getName() !== 'mount') continue;
    const o = mountOptions(flag.getValue() ?? '');
    const from = o.get('from');
    const source = o.get('source') ?? '.';
    if (from) {
      const s = stageNamed(model, from, stage);
      reads.push(s ? { source, from: 'stage', stage: s.index } : { source, from: 'image' });
    } else if (o.get('type') === 'bind') {
      const read: ContextRead = { source, from: 'context' };
      if (context && !source.includes('$')) read.files = context.resolve(source).sent;
      reads.push(read);
    }
  }
  return reads;
}

function firstLine(model: Model, ins: Instruction): string {
  const [s, e] = model.offsets(ins);
  const text = model.text.slice(s, e).split(/\r?\n/)[0]!.trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export function buildSteps(model: Model, context?: BuildContext): Step[] {
  const steps: Step[] = [];
  for (const stage of model.stages) {
    for (const ins of [stage.from, ...stage.body]) {
      const keyword = ins.getKeyword().toUpperCase();
      const r = ins.getRange();
      const kind = ins === stage.from ? 'base' : LAYER.has(keyword) ? 'layer' : 'config';
      const reads = ins instanceof Copy || ins instanceof Add ? copyReads(model, stage, ins, context)
        : ins instanceof Run ? runReads(model, stage, ins, context) : [];
      steps.push({ ins, line: r.start.line + 1, endLine: r.end.line + 1, instruction: keyword, text: firstLine(model, ins),
        stage: stage.index, layer: kind === 'layer', kind, reads, rerun: false });
    }
  }
  return steps;
}
