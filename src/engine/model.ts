/**
 * The parsed Dockerfile plus what rules keep asking: stages and how they relate, the shell
 * commands of each RUN, the ARGs in scope, offsets of every node. Built once per lint.
 */
import './buffer-shim.ts';
import './ast-arguments.ts';
import { Add, Copy, DockerfileParser, From, Healthcheck, Onbuild, Run, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { imageFacts, parseImageRef, type ImageFacts, type ImageRef } from './images.ts';
import { alignContinuations } from './continuation.ts';
import { evaluateGlobalArgs } from './arg-decls.ts';
import { parseShell, type Script } from './shell.ts';
import { LineIndex } from './text.ts';
import { lexWord, PREDEFINED_ARGS } from './vars.ts';

export interface Stage {
  index: number;
  from: From;
  /** The alias after AS, lowercased as BuildKit does; undefined without AS. */
  name?: string;
  /** Instructions after FROM up to the next FROM. */
  body: Instruction[];
  /** The FROM image with global ARG defaults substituted. */
  image: string;
  /** Variables in the FROM image that no global ARG defines. */
  unresolved: string[];
  ref: ImageRef;
  /** The stage this one builds on (`FROM <alias>`). */
  parent?: Stage;
  /** Facts of the first real image at the root of this stage's parent chain. */
  facts: ImageFacts;
  isFinal: boolean;
  /** The final stage, or a stage the final stage depends on through FROM or COPY --from. */
  reachesFinal: boolean;
}

export interface Model {
  text: string;
  /**
   * The text dockerfile-ast parsed: `text` itself, or the same length with an escape character
   * changed where dockerfile-ast would otherwise join lines differently from BuildKit.
   */
  parsedText: string;
  lines: LineIndex;
  dockerfile: Dockerfile;
  escape: string;
  instructions: Instruction[];
  stages: Stage[];
  finalStage?: Stage;
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Map<string, string | undefined>;
  /** Start/end offsets of a node with a `getRange()`. */
  offsets(node: { getRange(): { start: { line: number; character: number }; end: { line: number; character: number } } }): [number, number];
  stageOf(instruction: Instruction): Stage | undefined;
  /** The shell commands of a RUN (or of an ONBUILD RUN trigger); empty for exec form. */
  script(run: Run): Script;
  /**
   * The program that runs a heredoc script: the shebang of `RUN <<EOF`, or the shell of
   * `RUN <<EOF bash`; undefined when the default shell runs it (or the RUN has no heredoc script).
   */
  heredocInterpreter(run: Run): string[] | undefined;
  /** Every RUN, including ONBUILD triggers, with its stage. */
  runs: { run: Run; stage?: Stage }[];
}

/**
 * dockerfile-utils' validator parses the text again. Both use the same dockerfile-ast module, so a
 * one-entry memo on `DockerfileParser.parse` lets the validator reuse our parse of the same text.
 */
const originalParse = DockerfileParser.parse.bind(DockerfileParser);
let memo: { text: string; dockerfile: Dockerfile } | undefined;
DockerfileParser.parse = (content: string) => {
  if (memo && memo.text === content) return memo.dockerfile;
  const dockerfile = originalParse(content);
  memo = { text: content, dockerfile };
  return dockerfile;
};

export function parseDockerfile(text: string): Dockerfile {
  return DockerfileParser.parse(text);
}

export function buildModel(text: string): Model {
  let dockerfile = parseDockerfile(text);
  const escape = dockerfile.getEscapeCharacter();
  // Where dockerfile-ast would join lines differently from BuildKit, parse a same-length text
  // that makes it join them as BuildKit does (offsets and positions are unchanged).
  const parsedText = alignContinuations(text, escape);
  if (parsedText !== text) dockerfile = parseDockerfile(parsedText);
  const lines = new LineIndex(text);
  const instructions = dockerfile.getInstructions();
  const offsets: Model['offsets'] = (node) => {
    const r = node.getRange();
    return [lines.offsetAt(r.start), lines.offsetAt(r.end)];
  };

  const { values: globalArgs } = evaluateGlobalArgs(instructions, text, escape, offsets, (p) => lines.offsetAt(p), new Map(PREDEFINED_ARGS.map((n) => [n, undefined])));
  const stages: Stage[] = [];
  const stageByInstruction = new Map<Instruction, Stage>();
  let current: Stage | undefined;
  for (const ins of instructions) {
    if (ins instanceof From) {
      // As written: dockerfile-ast's getImage() has already dropped escape characters.
      const imageRange = ins.getImageRange();
      const written = imageRange ? text.slice(lines.offsetAt(imageRange.start), lines.offsetAt(imageRange.end)) : (ins.getImage() ?? '');
      const { value, unresolved } = lexWord(written, globalArgs, escape);
      const nameRaw = ins.getBuildStage() ?? undefined;
      const ref = parseImageRef(value);
      const parent = stages.find((s) => s.name !== undefined && s.name === value.toLowerCase());
      current = {
        index: stages.length,
        from: ins,
        name: nameRaw?.toLowerCase(),
        body: [],
        image: value,
        unresolved: unresolved.filter((u) => !PREDEFINED_ARGS.includes(u)),
        ref,
        parent,
        facts: parent ? parent.facts : imageFacts(ref),
        isFinal: false,
        reachesFinal: false,
      };
      stages.push(current);
      stageByInstruction.set(ins, current);
    } else if (current) {
      current.body.push(ins);
      stageByInstruction.set(ins, current);
    }
  }

  const finalStage = stages[stages.length - 1];
  if (finalStage) {
    finalStage.isFinal = true;
    const byName = new Map<string, Stage>();
    for (const s of stages) if (s.name) byName.set(s.name, s);
    const visit = (s: Stage) => {
      if (s.reachesFinal) return;
      s.reachesFinal = true;
      if (s.parent) visit(s.parent);
      for (const ins of s.body) {
        const from = (ins instanceof Copy || ins instanceof Add) ? ins.getFlags().find((f) => f.getName() === 'from')?.getValue() : undefined;
        const mounts = ins instanceof Run ? ins.getFlags().filter((f) => f.getName() === 'mount') : [];
        const refs = [from, ...mounts.map((m) => /(?:^|,)from=([^,]+)/.exec(m.getValue() ?? '')?.[1])];
        for (const r of refs) {
          if (!r) continue;
          const target = byName.get(r.toLowerCase()) ?? (/^\d+$/.test(r) ? stages[Number(r)] : undefined);
          if (target && target !== s) visit(target);
        }
      }
    };
    visit(finalStage);
  }

  const scripts = new Map<Run, Script>();
  const interpreters = new Map<Run, string[] | undefined>();

  /**
   * A `RUN` with heredocs, read the way BuildKit runs it. `RUN <<EOF` alone: the body is the
   * script, run by the shell or by its shebang's program. `RUN <<EOF cmd args` (or `RUN python3
   * <<EOF`): the first line is the shell script and each body is the stdin of a command, so a
   * body is shell only when that command is itself a shell (`RUN <<EOF bash`).
   */
  const heredocRun = (run: Run): { script: Script; interpreter?: string[] } => {
    const heredocs = run.getHeredocs();
    const firstArg = run.getArguments()[0]!;
    const start = lines.offsetAt(firstArg.getRange().start);
    // The instruction's own line(s) end where the first heredoc body starts.
    let headerEnd = lines.offsetAt(run.getRange().end);
    const first = heredocs[0]!;
    const bodyStart = first.getContentRange()?.start ?? first.getDelimiterRange()?.start;
    if (bodyStart) headerEnd = Math.min(headerEnd, Math.max(start, lines.offsetAt({ line: bodyStart.line, character: 0 }) - 1));
    const header = parseShell(text, start, headerEnd, escape);
    const bodies = (): Script => {
      const all: Script = { commands: [], pipes: [] };
      for (const h of heredocs) {
        const r = h.getContentRange();
        if (!r) continue;
        const part = parseShell(text, lines.offsetAt(r.start), lines.offsetAt(r.end), escape, true);
        all.commands.push(...part.commands);
        all.pipes.push(...part.pipes);
      }
      return all;
    };
    if (firstArg.getValue().startsWith('<<') && header.commands.length === 0) {
      // `RUN <<EOF`: the body is the script; a shebang names its interpreter.
      const r = first.getContentRange();
      const at = r ? lines.offsetAt(r.start) : -1;
      let bang: string[] | undefined;
      if (at >= 0 && text.startsWith('#!', at)) {
        const nl = text.indexOf('\n', at);
        bang = text.slice(at + 2, nl < 0 ? text.length : nl).trim().split(/\s+/).filter(Boolean);
      }
      if (bang && !isShell(bang)) return { script: { commands: [], pipes: [] }, interpreter: bang };
      return { script: bodies(), interpreter: bang };
    }
    const only = header.commands.length === 1 ? header.commands[0]! : undefined;
    const words = only ? [only.name.value, ...only.args.map((a) => a.value)] : undefined;
    if (words && isShell(words) && !readsScriptFile(words)) {
      const body = bodies();
      return { script: { commands: [...header.commands, ...body.commands], pipes: [...header.pipes, ...body.pipes] }, interpreter: words };
    }
    return { script: header };
  };

  const script = (run: Run): Script => {
    let s = scripts.get(run);
    if (s) return s;
    s = { commands: [], pipes: [] };
    if (run.getOpeningBracket() === null) {
      const args = run.getArguments();
      const firstArg = args[0];
      if (firstArg && run.getHeredocs().length > 0) {
        const h = heredocRun(run);
        s = h.script;
        interpreters.set(run, h.interpreter);
      } else if (firstArg) {
        s = parseShell(text, lines.offsetAt(firstArg.getRange().start), lines.offsetAt(run.getRange().end), escape);
      }
    }
    scripts.set(run, s);
    return s;
  };
  const heredocInterpreter = (run: Run): string[] | undefined => {
    script(run);
    return interpreters.get(run);
  };

  const runs: Model['runs'] = [];
  for (const ins of instructions) {
    if (ins instanceof Run) runs.push({ run: ins, stage: stageByInstruction.get(ins) });
    else if (ins instanceof Onbuild) {
      const trigger = ins.getTriggerInstruction();
      if (trigger instanceof Run) runs.push({ run: trigger, stage: stageByInstruction.get(ins) });
    }
  }

  return {
    text,
    parsedText,
    lines,
    dockerfile,
    escape,
    instructions,
    stages,
    finalStage,
    globalArgs,
    offsets,
    stageOf: (ins) => stageByInstruction.get(ins),
    script,
    heredocInterpreter,
    runs,
  };
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

/** `bash`, `/bin/sh -e`, `/usr/bin/env bash`: a POSIX-style shell (possibly behind `env`). */
function isShell(words: string[]): boolean {
  const base = (w: string) => w.slice(w.lastIndexOf('/') + 1);
  let k = 0;
  if (base(words[0] ?? '') === 'env') {
    k = 1;
    while (k < words.length && words[k]!.startsWith('-')) k++;
  }
  return SHELLS.has(base(words[k] ?? ''));
}

/** `bash script.sh` or `sh -c '…'`: the shell reads its commands from elsewhere, not from stdin. */
function readsScriptFile(words: string[]): boolean {
  let k = words.findIndex((w) => SHELLS.has(w.slice(w.lastIndexOf('/') + 1)));
  for (k++; k < words.length; k++) {
    const w = words[k]!;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(w)) return true;
    if (/^[-+][a-zA-Z]*o$/.test(w)) {
      k++; // `-o pipefail`, `-eo pipefail`: the next word is the option's name
      continue;
    }
    if (w === '-s' || w.startsWith('-') || w.startsWith('+')) continue;
    return true;
  }
  return false;
}

/** A stage and the stages it is built on (`FROM <alias>`), root first. Parents are always earlier stages. */
export function stageChain(stage: Stage): Stage[] {
  const list: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.parent) list.unshift(s);
  return list;
}

/** The instructions of a stage and of the stages it is built on, in build order. */
export function chainBody(stage: Stage): Instruction[] {
  return stageChain(stage).flatMap((s) => s.body);
}

/** Does the stage, or a stage it is built on, have an instruction with this keyword? */
export function chainHas(stage: Stage, keyword: string): boolean {
  return stageChain(stage).some((s) => s.body.some((i) => i.getKeyword() === keyword));
}

export { Add, Copy, From, Healthcheck, Run };
