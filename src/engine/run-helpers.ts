/**
 * What the "run" and "packages" rules share: reading the commands of every RUN, subcommands and
 * operands of package managers, `--mount` cache targets, which stages end up in the final image,
 * and small fix builders. Everything here is linear in the input and never throws.
 */
import { Run, type Instruction } from 'dockerfile-ast';
import type { Model, Stage } from './model.ts';
import { commandName, flagNames, type Command, type Script, type Word } from './shell.ts';
import type { OffsetEdit } from './types.ts';

const MEMO = new WeakMap<Model, Map<string, unknown>>();

/** A value computed once per model (the model is built once per lint). */
function memo<T>(model: Model, key: string, make: () => T): T {
  let m = MEMO.get(model);
  if (!m) MEMO.set(model, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

export interface ScriptRun {
  run: Run;
  stage?: Stage;
  script: Script;
  /** The script's commands with wrappers unwrapped (`sudo apt-get …` → `apt-get …`), in order. */
  commands: Command[];
}

/** Wrappers that run the command after their own options, with the options that take a value. */
const WRAPPERS: Record<string, ReadonlySet<string>> = {
  sudo: new Set(['-u', '--user', '-g', '--group', '-h', '--host', '-p', '--prompt', '-C', '--close-from', '-U', '--other-user', '-r', '--role', '-t', '--type', '-D', '--chdir', '-T', '--command-timeout']),
  doas: new Set(['-u', '-C']),
  env: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']),
  exec: new Set(['-a']),
  nohup: new Set(),
  nice: new Set(['-n', '--adjustment']),
  command: new Set(),
  xargs: new Set(['-I', '-n', '--max-args', '-P', '--max-procs', '-L', '--max-lines', '-d', '--delimiter', '-s', '--max-chars', '-a', '--arg-file', '-E', '-e']),
};
/** Wrappers whose first operand is a user, not the command (`gosu app cmd`). */
const USER_WRAPPERS = new Set(['gosu', 'su-exec']);

/** The command a wrapper runs (`sudo -E apt-get install x` → `apt-get install x`), or the command itself. */
export function unwrap(c: Command): Command {
  let cmd = c;
  for (let depth = 0; depth < 4; depth++) {
    const name = commandName(cmd);
    const valued = WRAPPERS[name];
    let k = 0;
    if (valued) {
      // `command -v x` only looks a name up.
      if (name === 'command' && cmd.args.some((a) => a.value === '-v' || a.value === '-V')) return cmd;
      while (k < cmd.args.length) {
        const v = cmd.args[k]!.value;
        if (v === '--') {
          k++;
          break;
        }
        if (v.startsWith('-') && v.length > 1) k += valued.has(v) ? 2 : 1;
        else if ((name === 'env' || name === 'sudo') && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) k++;
        else break;
      }
    } else if (USER_WRAPPERS.has(name)) k = 1;
    else return cmd;
    const inner = cmd.args[k];
    if (!inner) return cmd;
    cmd = { name: inner, args: cmd.args.slice(k + 1), assignments: [] };
  }
  return cmd;
}

/** Every RUN (ONBUILD triggers included) whose shell script has at least one command. */
export function shellRuns(model: Model): ScriptRun[] {
  return memo(model, 'shellRuns', () => {
    const out: ScriptRun[] = [];
    for (const { run, stage } of model.runs) {
      const script = model.script(run);
      if (script.commands.length > 0) out.push({ run, stage, script, commands: script.commands.map(unwrap) });
    }
    return out;
  });
}

export interface NamedCommand {
  run: Run;
  stage?: Stage;
  command: Command;
  /** Index of the command in `commands`. */
  index: number;
  commands: Command[];
}

/** Every command of every RUN by basename, in document order, built once per lint. */
export function commandIndex(model: Model): Map<string, (NamedCommand & { seq: number })[]> {
  return memo(model, 'commandIndex', () => {
    const map = new Map<string, (NamedCommand & { seq: number })[]>();
    let seq = 0;
    for (const { run, stage, commands } of shellRuns(model)) {
      commands.forEach((command, index) => {
        const name = commandName(command);
        let list = map.get(name);
        if (!list) map.set(name, (list = []));
        list.push({ run, stage, command, index, commands, seq: seq++ });
      });
    }
    return map;
  });
}

/** The commands with a given basename (wrappers unwrapped), across every RUN, in document order. */
export function commandsMatching(model: Model, test: (name: string) => boolean): NamedCommand[] {
  return commandsNamed(model, [...commandIndex(model).keys()].filter(test));
}

/** The commands with one of the given basenames (wrappers unwrapped), across every RUN, in document order. */
export function commandsNamed(model: Model, names: Iterable<string>): NamedCommand[] {
  const index = commandIndex(model);
  const unique = [...new Set(names)];
  if (unique.length === 1) return index.get(unique[0]!) ?? [];
  const out: (NamedCommand & { seq: number })[] = [];
  for (const name of unique) out.push(...(index.get(name) ?? []));
  return out.sort((a, b) => a.seq - b.seq);
}

/** True for an `ONBUILD RUN` trigger: it runs in the images built FROM this one. */
export function isTrigger(model: Model, run: Run): boolean {
  return model.stageOf(run) === undefined;
}

/**
 * Does this RUN leave its files in the final image? True for the final stage and the stages it
 * builds on through `FROM <alias>` (their layers are the final image's layers), and for ONBUILD
 * triggers (they run in a child image). A builder stage that the final stage only copies files
 * from (`COPY --from`) does not ship its caches, so size rules stay quiet there.
 */
export function inFinalImage(model: Model, stage: Stage | undefined, run?: Run): boolean {
  if (!stage) return true;
  if (run && isTrigger(model, run)) return true;
  for (let s = model.finalStage; s; s = s.parent) if (s === stage) return true;
  return false;
}

export interface Mount {
  type: string;
  target: string;
}

const MOUNTS = new WeakMap<Run, Mount[]>();

/** The `--mount` flags of a RUN, with their type (default `bind`) and target. */
export function runMounts(run: Run): Mount[] {
  let out = MOUNTS.get(run);
  if (out) return out;
  out = [];
  for (const flag of run.getFlags()) {
    if (flag.getName() !== 'mount') continue;
    let type = 'bind';
    let target = '';
    for (const part of (flag.getValue() ?? '').split(',')) {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const value = eq < 0 ? '' : part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') target = value;
    }
    out.push({ type, target });
  }
  MOUNTS.set(run, out);
  return out;
}

export interface RunFacts {
  /** Exec form (`RUN ["…"]`). */
  exec: boolean;
  /** The RUN has at least one heredoc. */
  heredoc: boolean;
  /** `RUN <<EOF` or `RUN <<EOF bash`: a heredoc body is the script. */
  heredocScript: boolean;
  /** What runs that script, split into words: the shebang of `RUN <<EOF`, or `bash` in `RUN <<EOF bash`. */
  shebang?: string[];
  /** The flags as written, sorted (to compare two RUNs). */
  flagsKey: string;
}

const FACTS = new WeakMap<Run, RunFacts>();

/** Does the text after the keyword (`RUN`) start with a flag, skipping spaces and line continuations? */
function startsWithFlag(raw: string, escape: string): boolean {
  let i = 0;
  while (i < raw.length && !/\s/.test(raw[i]!)) i++;
  for (;;) {
    if (i < raw.length && /\s/.test(raw[i]!)) i++;
    else if (raw[i] === escape && (raw[i + 1] === '\n' || (raw[i + 1] === '\r' && raw[i + 2] === '\n'))) i += 2;
    else break;
  }
  return raw.startsWith('--', i);
}

/**
 * The shape of a RUN, read once per lint: dockerfile-ast recomputes arguments, flags and heredocs
 * on every call, so the raw text is checked first and the parser only asked when it matters.
 */
export function runFacts(model: Model, run: Run): RunFacts {
  let facts = FACTS.get(run);
  if (facts) return facts;
  const [start, end] = model.offsets(run);
  const raw = model.text.slice(start, end);
  const exec = run.getOpeningBracket() !== null;
  const heredocs = raw.includes('<<') && !exec ? run.getHeredocs() : [];
  let heredocScript = false;
  let shebang: string[] | undefined;
  if (heredocs.length > 0) {
    // `RUN <<EOF` (shebang or default shell) or `RUN <<EOF bash` (the shell named after it).
    shebang = model.heredocInterpreter(run);
    heredocScript = shebang !== undefined || run.getArguments()[0]?.getValue().startsWith('<<') === true;
  }
  const flagsKey = startsWithFlag(raw, model.escape) ? run.getFlags().map((f) => model.text.slice(...model.offsets(f))).sort().join('\u0000') : '';
  facts = { exec, heredoc: heredocs.length > 0, heredocScript, shebang, flagsKey };
  FACTS.set(run, facts);
  return facts;
}

/** Offset where the script of a shell-form RUN starts (its first argument), or undefined. */
export function scriptStart(model: Model, run: Run): number | undefined {
  const first = run.getArguments()[0];
  return first ? model.offsets(first)[0] : undefined;
}

function normalizePath(p: string): string {
  let s = p;
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/**
 * True when a cache or tmpfs mount of the RUN holds `path`: the mount target is the path, one of
 * its parents, or lies inside it. A relative `path` (like `.cache/pip`) matches any target that
 * contains it.
 */
export function cacheMountHolds(run: Run, ...paths: string[]): boolean {
  for (const m of runMounts(run)) {
    if (m.type !== 'cache' && m.type !== 'tmpfs') continue;
    const target = normalizePath(m.target);
    if (!target) continue;
    for (const p of paths) {
      const path = normalizePath(p);
      if (target.includes(path)) return true;
      if (path.startsWith('/') && (path === target || path.startsWith(target === '/' ? '/' : `${target}/`))) return true;
    }
  }
  return false;
}

/** True when the word is written in the file exactly as its value (no quotes, escapes or continuations). */
export function isPlain(model: Model, w: Word): boolean {
  return model.text.slice(w.start, w.end) === w.value;
}

/** An edit inserting `text` right after a word, or undefined when the word is quoted or escaped. */
export function insertAfter(model: Model, w: Word, text: string): OffsetEdit[] | undefined {
  return isPlain(model, w) ? [{ start: w.end, end: w.end, text }] : undefined;
}

/**
 * The first non-option argument of a command (its subcommand), skipping the values of options
 * listed in `valued` (written as in the command line: `-o`, `--option`).
 */
export function subcommand(c: Command, valued: ReadonlySet<string> = new Set()): { word: Word; index: number } | undefined {
  for (let i = 0; i < c.args.length; i++) {
    const v = c.args[i]!.value;
    if (v === '--') return c.args[i + 1] ? { word: c.args[i + 1]!, index: i + 1 } : undefined;
    if (v.startsWith('-') && v.length > 1) {
      if (valued.has(v)) i++;
      continue;
    }
    return { word: c.args[i]!, index: i };
  }
  return undefined;
}

/**
 * The non-option arguments after `from` (an index into `c.args`), skipping the values of options
 * in `valued`. Stops at `--` (what follows belongs to another program).
 */
export function operands(c: Command, from: number, valued: ReadonlySet<string> = new Set()): Word[] {
  const out: Word[] = [];
  for (let i = from; i < c.args.length; i++) {
    const v = c.args[i]!.value;
    if (v === '--') break;
    if (v.startsWith('-') && v.length > 1) {
      if (valued.has(v)) i++;
      continue;
    }
    out.push(c.args[i]!);
  }
  return out;
}

/** True when any argument in `[from, to)` is one of the flags (short names without `-`, long without `--`). */
export function hasFlagIn(c: Command, names: readonly string[], from = 0, to = c.args.length): boolean {
  for (let i = from; i < Math.min(to, c.args.length); i++) {
    const v = c.args[i]!.value;
    if (v === '--') break;
    for (const f of flagNames(v)) if (names.includes(f)) return true;
  }
  return false;
}

/** True when the word holds a shell expansion we cannot resolve (`$PKGS`, `$(cat list)`, globs stay literal). */
export const hasExpansion = (w: Word): boolean => w.value.includes('$') || w.value.includes('`');

/** Is a later command in the script `rm` removing a path that starts with one of `prefixes`? */
export function removesLater(commands: readonly Command[], after: number, prefixes: readonly string[]): boolean {
  for (let k = after + 1; k < commands.length; k++) {
    const c = commands[k]!;
    if (commandName(c) !== 'rm') continue;
    if (c.args.some((a) => prefixes.some((p) => a.value.includes(p)))) return true;
  }
  return false;
}

/** The stages from the root of the FROM chain down to `stage`. */
export { stageChain } from './model.ts';

const startOf = (model: Model, ins: Instruction) => model.offsets(ins)[0];

interface StageEvent<T> {
  at: number;
  value: T;
}

/** For each stage, what `pick` finds in its own body, in order, with offsets. Memoised by `key`. */
function stageEvents<T>(model: Model, key: string, pick: (ins: Instruction) => T | undefined): Map<Stage, StageEvent<T>[]> {
  return memo(model, key, () => {
    const map = new Map<Stage, StageEvent<T>[]>();
    for (const stage of model.stages) {
      const list: StageEvent<T>[] = [];
      for (const ins of stage.body) {
        const value = pick(ins);
        if (value !== undefined) list.push({ at: startOf(model, ins), value });
      }
      map.set(stage, list);
    }
    return map;
  });
}

/** The last event before offset `at` in the stage, else the last one of the nearest stage it builds on. */
function lastBefore<T>(events: Map<Stage, StageEvent<T>[]>, stage: Stage, at: number): T | undefined {
  const own = events.get(stage) ?? [];
  let lo = 0;
  let hi = own.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (own[mid]!.at < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0) return own[found]!.value;
  const seen = new Set<Stage>([stage]);
  for (let s = stage.parent; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    const list = events.get(s);
    if (list && list.length > 0) return list[list.length - 1]!.value;
  }
  return undefined;
}

/** The last SHELL instruction in effect at `ins` (in the stage or the stages it builds on). */
export function shellInEffect(model: Model, stage: Stage | undefined, ins: Instruction): Instruction | undefined {
  if (!stage) return undefined;
  const events = stageEvents(model, 'shell', (i) => (i.getKeyword() === 'SHELL' ? i : undefined));
  return lastBefore(events, stage, startOf(model, ins));
}

interface PropertyLike {
  getName(): string;
  getValue(): string | null;
}

/**
 * The value a variable has for a RUN from earlier `ENV` or `ARG` instructions of the stage (and
 * the stages it builds on), or undefined when nothing sets it.
 */
export function envBefore(model: Model, stage: Stage | undefined, ins: Instruction, name: string): string | undefined {
  if (!stage) return undefined;
  const events = stageEvents(model, `env:${name}`, (i) => {
    const keyword = i.getKeyword();
    if (keyword !== 'ENV' && keyword !== 'ARG') return undefined;
    const props = i as unknown as { getProperties?: () => PropertyLike[]; getProperty?: () => PropertyLike | null };
    const list = props.getProperties ? props.getProperties() : props.getProperty ? [props.getProperty()].filter((p): p is PropertyLike => p !== null) : [];
    let value: string | undefined;
    for (const p of list) {
      if (p.getName() !== name) continue;
      const v = p.getValue();
      if (v !== null || keyword === 'ENV') value = v ?? '';
    }
    return value;
  });
  return lastBefore(events, stage, startOf(model, ins));
}

/** Does an earlier RUN of the stage chain (or an earlier command of this RUN) mention `needle`? */
export function mentionedBefore(model: Model, stage: Stage | undefined, run: Run, commands: readonly Command[], index: number, needle: string): boolean {
  for (let k = 0; k < index; k++) if (commands[k]!.args.some((a) => a.value.includes(needle))) return true;
  if (!stage) return false;
  const events = stageEvents(model, `mention:${needle}`, (i) =>
    i instanceof Run && model.script(i).commands.some((c) => c.args.some((a) => a.value.includes(needle))) ? true : undefined);
  return lastBefore(events, stage, startOf(model, run)) === true;
}

/** The value of an option written `-u 1000`, `-u1000`, `--uid 1000` or `--uid=1000`, with the words it spans. */
export function optionValue(c: Command, short: string, long: string): { value: string; start: number; end: number } | undefined {
  for (let i = 0; i < c.args.length; i++) {
    const a = c.args[i]!;
    const v = a.value;
    if (v === '--') break;
    if (v === `--${long}` || (v.startsWith('-') && !v.startsWith('--') && v.endsWith(short) && flagNames(v).at(-1) === short && /^-[A-Za-z]+$/.test(v))) {
      const next = c.args[i + 1];
      return next ? { value: next.value, start: a.start, end: next.end } : undefined;
    }
    if (v.startsWith(`--${long}=`)) return { value: v.slice(long.length + 3), start: a.start, end: a.end };
    if (v.startsWith(`-${short}`) && !v.startsWith('--') && v.length > 2) return { value: v.slice(2), start: a.start, end: a.end };
  }
  return undefined;
}

/** Line break style of the file, for fixes that insert whole lines. */
export function newline(model: Model): string {
  return memo(model, 'newline', () => (model.text.includes('\r\n') ? '\r\n' : '\n'));
}

/** The indentation of the line where `offset` is. */
export function indentAt(model: Model, offset: number): string {
  const { line } = model.lines.positionAt(offset);
  const start = model.lines.starts[line] ?? 0;
  let end = start;
  while (end < model.text.length && (model.text[end] === ' ' || model.text[end] === '\t')) end++;
  return model.text.slice(start, Math.min(end, offset));
}

/** `apt-get install` / `apt install` commands (aptitude is left alone), with the `install` word. */
export function aptInstalls(model: Model): (NamedCommand & { tool: string; action: Word })[] {
  return memo(model, 'aptInstalls', () => {
    const out: (NamedCommand & { tool: string; action: Word })[] = [];
    for (const c of commandsNamed(model, ['apt-get', 'apt'])) {
      const a = aptActionWord(c.command);
      if (a && a.word.value === 'install') out.push({ ...c, tool: commandName(c.command), action: a.word });
    }
    return out;
  });
}

/** apt options that take a value as the next word. */
export const APT_VALUED = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture']);

/** The subcommand word of an apt-get/apt/aptitude command. */
export function aptActionWord(c: Command): { word: Word; index: number } | undefined {
  const tool = commandName(c);
  if (tool !== 'apt-get' && tool !== 'apt' && tool !== 'aptitude') return undefined;
  return subcommand(c, APT_VALUED);
}

/** A report's fix inserting `text` after a word, or undefined when the word is quoted or escaped. */
export function insertFix(model: Model, w: Word, text: string): { edits: OffsetEdit[] } | undefined {
  const edits = insertAfter(model, w, text);
  return edits ? { edits } : undefined;
}

/** A report range covering the word as written, quotes included. */
export function wordRange(w: Word): { start: number; end: number } {
  return { start: w.start, end: w.end };
}

/** apk options that take a value as the next word. */
export const APK_VALUED = new Set(['-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir',
  '-t', '--virtual', '--timeout', '--cache-max-age', '--progress-fd', '--wait']);

/** `apk add` commands, with the `add` word and where it is. */
export function apkAdds(model: Model): { run: Run; stage?: Stage; command: Command; index: number; commands: Command[]; action: Word; actionIndex: number }[] {
  return memo(model, 'apkAdds', () => readApkAdds(model));
}

function readApkAdds(model: Model): { run: Run; stage?: Stage; command: Command; index: number; commands: Command[]; action: Word; actionIndex: number }[] {
  const out: { run: Run; stage?: Stage; command: Command; index: number; commands: Command[]; action: Word; actionIndex: number }[] = [];
  for (const { run, stage, command, index, commands } of commandsNamed(model, ['apk'])) {
    const sub = subcommand(command, APK_VALUED);
    if (sub?.word.value === 'add') out.push({ run, stage, command, index, commands, action: sub.word, actionIndex: sub.index });
  }
  return out;
}

/** yum/dnf/microdnf options that take a value as the next word. */
export const RPM_VALUED = new Set(['-c', '--config', '--installroot', '--releasever', '-d', '--debuglevel', '-e', '--errorlevel',
  '--setopt', '-x', '--exclude', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--downloaddir', '--destdir', '--color',
  '--forcearch', '--rpmverbosity', '-R', '--randomwait', '--enableplugin', '--disableplugin', '--comment', '--use-host-config']);

export interface ToolCommand {
  run: Run;
  stage?: Stage;
  command: Command;
  /** Index of the command in `commands`. */
  index: number;
  commands: Command[];
  tool: string;
  /** The subcommand word (`install`), after `group`/`module` when present, and its index in `command.args`. */
  action: Word;
  actionIndex: number;
  /** `group` or `module` when the action follows one of them. */
  scope?: string;
  /** Index of the first subcommand word (`group` in `group install`). */
  firstIndex: number;
}

/** Commands of the given package managers, with their subcommand (`dnf module install x` → scope `module`, action `install`). */
export function toolCommands(model: Model, tools: readonly string[], valued: ReadonlySet<string>): ToolCommand[] {
  return memo(model, `tools:${[...tools].sort().join(',')}`, () => readToolCommands(model, tools, valued));
}

function readToolCommands(model: Model, tools: readonly string[], valued: ReadonlySet<string>): ToolCommand[] {
  const out: ToolCommand[] = [];
  for (const { run, stage, command, index, commands } of commandsNamed(model, tools)) {
    const sub = subcommand(command, valued);
    if (!sub) continue;
    let action = sub.word;
    let actionIndex = sub.index;
    let scope: string | undefined;
    if (['group', 'groups', 'module'].includes(sub.word.value)) {
      const next = operands(command, sub.index + 1, valued)[0];
      if (next) {
        scope = sub.word.value === 'module' ? 'module' : 'group';
        action = next;
        actionIndex = command.args.indexOf(next);
      }
    }
    out.push({ run, stage, command, index, commands, tool: commandName(command), action, actionIndex, scope, firstIndex: sub.index });
  }
  return out;
}

/** The `tool action` text of a command, e.g. `dnf install` or `yum group install`. */
export function actionLabel(t: ToolCommand): string {
  return `${t.tool} ${t.scope ? `${t.scope} ` : ''}${t.action.value}`;
}

/** The range from the command name to the end of its subcommand word. */
export function actionRange(model: Model, t: ToolCommand): { start: number; end: number } {
  return { start: t.command.name.start, end: t.action.end };
}

/** RPM package arguments in `name-version` form: the part after the last `-` starts with a digit. */
export function rpmVersioned(v: string): boolean {
  const dash = v.lastIndexOf('-');
  return dash > 0 && /^[0-9]/.test(v.slice(dash + 1));
}

/** Transaction subcommands of yum/dnf that ask for confirmation. */
const RPM_PROMPTS = new Set(['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'upgrade', 'up', 'update',
  'upgrade-minimal', 'up-min', 'remove', 'rm', 'erase', 'downgrade', 'distro-sync', 'dsync', 'autoremove', 'groupremove', 'groupupdate', 'swap']);
/** Subcommands that download packages into the cache. */
const RPM_FILLS_CACHE = new Set(['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'upgrade', 'up', 'update',
  'upgrade-minimal', 'up-min', 'downgrade', 'distro-sync', 'dsync', 'groupupdate', 'swap']);

/** yum/dnf commands that would stop at a confirmation prompt (no `-y`/`--assumeyes`). */
export function rpmWithoutYes(model: Model, tools: readonly string[]): ToolCommand[] {
  return toolCommands(model, tools, RPM_VALUED).filter((t) => RPM_PROMPTS.has(t.action.value) && !hasFlagIn(t.command, ['y', 'assumeyes']));
}

/**
 * yum/dnf commands that fill the package cache with no `clean all` (or `rm -rf` of the cache) after
 * them in the same RUN, in stages that ship: at most one per RUN, the first one after the last clean.
 */
export function rpmWithoutClean(model: Model, tools: readonly string[], cacheDirs: readonly string[]): ToolCommand[] {
  const out: ToolCommand[] = [];
  const all = toolCommands(model, [...tools, 'yum', 'dnf', 'dnf5', 'microdnf'], RPM_VALUED);
  const byRun = new Map<Run, ToolCommand[]>();
  for (const t of all) {
    let list = byRun.get(t.run);
    if (!list) byRun.set(t.run, (list = []));
    list.push(t);
  }
  for (const [run, list] of byRun) {
    const first = list[0]!;
    if (!inFinalImage(model, first.stage, run)) continue;
    if (cacheMountHolds(run, ...cacheDirs)) continue;
    const byIndex = new Map(list.map((x) => [x.index, x]));
    let pending: ToolCommand | undefined;
    for (let k = 0; k < first.commands.length; k++) {
      const c = first.commands[k]!;
      const t = byIndex.get(k);
      if (t && tools.includes(t.tool) && RPM_FILLS_CACHE.has(t.action.value)) pending = pending ?? t;
      const cleans = (t && t.action.value === 'clean' && operands(t.command, t.actionIndex + 1, RPM_VALUED).some((w) => w.value === 'all')) ||
        (commandName(c) === 'rm' && c.args.some((a) => cacheDirs.some((d) => d.startsWith('/') && a.value.includes(d))));
      if (cleans) pending = undefined;
    }
    if (pending) out.push(pending);
  }
  return out;
}

/** Package words of yum/dnf `install` commands that carry no version. */
export function rpmUnpinned(model: Model, tools: readonly string[]): { t: ToolCommand; word: Word }[] {
  const out: { t: ToolCommand; word: Word }[] = [];
  for (const t of toolCommands(model, tools, RPM_VALUED)) {
    const a = t.action.value;
    if (t.scope === 'group' || (a !== 'install' && a !== 'in' && a !== 'localinstall' && a !== 'reinstall')) continue;
    for (const w of operands(t.command, t.actionIndex + 1, RPM_VALUED)) {
      const v = w.value;
      if (!v || hasExpansion(w) || v.includes('/') || v.startsWith('@') || /\.rpm$/i.test(v) || /[<>=]/.test(v)) continue;
      if (t.scope === 'module' ? v.includes(':') : rpmVersioned(v)) continue;
      out.push({ t, word: w });
    }
  }
  return out;
}

/** zypper options (global and of its subcommands) that take a value as the next word. */
export const ZYPPER_VALUED = new Set(['--root', '-R', '--reposd-path', '-D', '--cache-dir', '-C', '--raw-cache-dir', '--solv-cache-dir',
  '--pkg-cache-dir', '-c', '--config', '--userdata', '-t', '--type', '-r', '--repo', '--from', '--download']);

/** zypper commands with their subcommand. */
export function zypperCommands(model: Model): ToolCommand[] {
  return toolCommands(model, ['zypper'], ZYPPER_VALUED);
}
