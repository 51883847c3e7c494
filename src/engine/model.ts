/**
 * The parsed Dockerfile plus what rules keep asking: stages and how they relate, the shell
 * commands of each RUN, the ARGs in scope, offsets of every node. Built once per lint.
 */
import './buffer-shim.ts';
import { Add, Arg, Copy, DockerfileParser, From, Healthcheck, Onbuild, Run, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { imageFacts, parseImageRef, type ImageFacts, type ImageRef } from './images.ts';
import { parseShell, type Script } from './shell.ts';
import { LineIndex } from './text.ts';
import { expandVariables, PREDEFINED_ARGS } from './vars.ts';

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
  const dockerfile = parseDockerfile(text);
  const lines = new LineIndex(text);
  const instructions = dockerfile.getInstructions();
  const escape = dockerfile.getEscapeCharacter();
  const offsets: Model['offsets'] = (node) => {
    const r = node.getRange();
    return [lines.offsetAt(r.start), lines.offsetAt(r.end)];
  };

  const globalArgs = new Map<string, string | undefined>();
  for (const name of PREDEFINED_ARGS) globalArgs.set(name, undefined);
  const stages: Stage[] = [];
  const stageByInstruction = new Map<Instruction, Stage>();
  let current: Stage | undefined;
  for (const ins of instructions) {
    if (ins instanceof From) {
      const written = ins.getImage() ?? '';
      const { value, unresolved } = expandVariables(written, globalArgs);
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
    } else if (ins instanceof Arg) {
      const p = ins.getProperty();
      if (p?.getName()) globalArgs.set(p.getName(), p.getValue() ?? undefined);
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
  const script = (run: Run): Script => {
    let s = scripts.get(run);
    if (s) return s;
    s = { commands: [], pipes: [] };
    if (run.getOpeningBracket() === null) {
      const heredocs = run.getHeredocs();
      const args = run.getArguments();
      const firstArg = args[0];
      if (heredocs.length > 0 && firstArg?.getValue().startsWith('<<')) {
        // `RUN <<EOF`: the heredoc body is the script.
        for (const h of heredocs) {
          const r = h.getContentRange();
          if (!r) continue;
          const part = parseShell(text, lines.offsetAt(r.start), lines.offsetAt(r.end), escape, true);
          s.commands.push(...part.commands);
          s.pipes.push(...part.pipes);
        }
      } else if (firstArg) {
        const start = lines.offsetAt(firstArg.getRange().start);
        let end = lines.offsetAt(run.getRange().end);
        // With a heredoc fed to a command (`RUN python3 <<EOF`), stop at the end of the first line.
        if (heredocs.length > 0) {
          const nl = text.indexOf('\n', start);
          if (nl >= 0 && nl < end) end = nl;
        }
        s = parseShell(text, start, end, escape);
      }
    }
    scripts.set(run, s);
    return s;
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
    runs,
  };
}

export { Add, Copy, From, Healthcheck, Run };
