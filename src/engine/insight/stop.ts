/**
 * What `docker stop` does to a container of the target stage's image. Docker sends the image's
 * STOPSIGNAL (SIGTERM by default) to PID 1, waits the grace period (10 s by default, `docker stop
 * -t`, `--stop-timeout`) and then sends SIGKILL. PID 1 is the first word of the command Docker
 * builds from ENTRYPOINT and CMD (Dockerfile reference, "Understand how CMD and ENTRYPOINT
 * interact"): a shell-form instruction runs under `/bin/sh -c` (or the SHELL in effect), which
 * "does not pass signals"; a shell-form ENTRYPOINT ignores CMD; setting ENTRYPOINT resets a CMD
 * inherited from the base. An init (tini, dumb-init) forwards the signal to its child; an
 * entrypoint script passes it on only if it ends by `exec`-ing the application.
 */
import type { Instruction } from 'dockerfile-ast';
import { execForm } from '../define.ts';
import { stageChain, type Model, type Stage } from '../model.ts';
import type { BuildContext } from '../types.ts';
import type { Step } from './steps.ts';
import type { Pid1Kind, StopInsight } from './types.ts';

const INITS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit', 'init', 's6-svscan', 'runit', 'supervisord']);
const FORWARDING_INITS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'cmd', 'cmd.exe', 'powershell', 'pwsh', 'powershell.exe']);

interface Start {
  words: string[];
  line: number;
  /** Shell form: the text after the keyword. */
  shellText?: string;
}

const base = (w: string) => w.slice(Math.max(w.lastIndexOf('/'), w.lastIndexOf('\\')) + 1);

function shellWords(model: Model, stage: Stage, before: Instruction): string[] {
  let shell = /windows|nanoserver|servercore/i.test(stageChain(stage)[0]!.image) ? ['cmd', '/S', '/C'] : ['/bin/sh', '-c'];
  for (const s of stageChain(stage)) {
    for (const ins of s.body) {
      if (s === stage && model.offsets(ins)[0] >= model.offsets(before)[0]) break;
      if (ins.getKeyword().toUpperCase() === 'SHELL') shell = execForm(model, ins)?.map((w) => w.value) ?? shell;
    }
  }
  return shell;
}

function startOf(model: Model, stage: Stage, ins: Instruction): Start {
  const line = ins.getRange().start.line + 1;
  const exec = execForm(model, ins);
  if (exec) return { words: exec.map((w) => w.value), line };
  const args = ins.getArguments();
  const text = args.length ? model.text.slice(model.offsets(args[0]!)[0], model.offsets(args[args.length - 1]!)[1]) : '';
  return { words: [...shellWords(model, stage, ins), text], line, shellText: text };
}

/** ENTRYPOINT and CMD in effect for the stage, following its FROM-stage chain (each with the SHELL of its own stage). */
function startCommand(model: Model, stage: Stage): { entrypoint?: Start; cmd?: Start } {
  let entrypoint: Start | undefined;
  let cmd: Start | undefined;
  for (const s of stageChain(stage)) {
    let cmdInStage = false;
    for (const ins of s.body) {
      const k = ins.getKeyword().toUpperCase();
      if (k === 'CMD') {
        cmd = startOf(model, s, ins);
        cmdInStage = true;
      } else if (k === 'ENTRYPOINT') {
        entrypoint = startOf(model, s, ins);
        // BuildKit: an ENTRYPOINT clears the CMD unless this stage set one (`dispatchEntrypoint`: `d.cmd.IsSet`).
        if (!cmdInStage) cmd = undefined;
      }
    }
  }
  return { entrypoint, cmd };
}

/** Does the script's last command `exec` something (`exec "$@"`, `exec gunicorn …`)? */
export function endsWithExec(script: string): boolean {
  const lines = script.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  while (lines.length && /^(fi|done|esac|\}|;;)$/.test(lines[lines.length - 1]!)) lines.pop();
  const last = lines[lines.length - 1] ?? '';
  return /^exec\s+\S/.test(last) || /(?:^|[;&|]\s*)exec\s+\S/.test(last);
}

/** The context file a COPY of the stage chain brought in under this image path's name. */
function scriptInContext(path: string, stage: Stage, steps: Step[], context?: BuildContext): string | undefined {
  if (!context) return undefined;
  const name = base(path);
  const chain = new Set(stageChain(stage).map((s) => s.index));
  for (const step of steps) {
    if (!chain.has(step.stage)) continue;
    for (const read of step.reads) for (const f of read.files ?? []) if (base(f) === name) return f;
  }
  return undefined;
}

/** `start.sh`, `/docker-entrypoint.sh`, `./entrypoint`: a shell script rather than the application. */
function isScript(word: string): boolean {
  return /\.(sh|bash)$/i.test(word) || /entrypoint/i.test(base(word));
}

interface Pid1 {
  kind: Pid1Kind;
  reaches: StopInsight['reachesApp'];
  script?: NonNullable<StopInsight['script']>;
}

/** Who a command line makes PID 1, and whether the stop signal reaches the application. */
function analyse(words: string[], readScript: (path: string) => NonNullable<StopInsight['script']>): Pid1 {
  const program = words[0];
  if (!program) return { kind: 'unknown', reaches: 'unknown' };
  const b = base(program).toLowerCase();
  if (INITS.has(b)) {
    if (!FORWARDING_INITS.has(b)) return { kind: 'init', reaches: 'unknown' };
    // tini signals its child only (unless -g); dumb-init signals the child's whole process group.
    let k = 1;
    while (k < words.length && words[k]!.startsWith('-')) k++;
    const child = analyse(words.slice(k), readScript);
    const group = b === 'dumb-init' || words.slice(1, k).some((w) => /^-[a-zA-Z]*g/.test(w));
    const reaches = child.kind === 'unknown' ? 'unknown' : group || child.reaches === 'yes' ? 'yes' : child.reaches;
    return { kind: 'init', reaches, ...(child.script ? { script: child.script } : {}) };
  }
  if (SHELLS.has(b)) {
    const windows = /^(cmd|cmd\.exe)$/.test(b);
    const posix = !windows && !/^(powershell|pwsh)/.test(b);
    const c = words.findIndex((w, i) => i > 0 && (windows ? /^\/[Cc]$/.test(w) : /^-[a-zA-Z]*c$/.test(w) || (/^(powershell|pwsh)/.test(b) && /^-(c|command)$/i.test(w))));
    const body = c >= 0 ? (windows ? words.slice(c + 1).join(' ') : words[c + 1] ?? '').trim() : '';
    if (c < 0) {
      const file = words.slice(1).find((w) => !w.startsWith('-'));
      if (file) {
        const script = readScript(file);
        return { kind: 'script', reaches: script.execs === null ? 'unknown' : script.execs ? 'yes' : 'no', script };
      }
    }
    // `exec` is a POSIX shell builtin: cmd and PowerShell have no way to hand over their process.
    if (posix && /^exec\s+\S/.test(body)) return { kind: 'app', reaches: 'yes' };
    return { kind: 'shell', reaches: 'no' };
  }
  if (isScript(program)) {
    const script = readScript(program);
    return { kind: 'script', reaches: script.execs === null ? 'unknown' : script.execs ? 'yes' : 'no', script };
  }
  return { kind: 'app', reaches: 'yes' };
}

export function stopInsight(model: Model, target: Stage, steps: Step[], context?: BuildContext): StopInsight {
  const { entrypoint, cmd } = startCommand(model, target);
  // A shell-form ENTRYPOINT ignores CMD; an exec-form one gets CMD (either form) as arguments.
  const command = entrypoint ? (entrypoint.shellText !== undefined ? entrypoint.words : [...entrypoint.words, ...(cmd?.words ?? [])]) : cmd?.words ?? null;
  const readScript = (path: string): NonNullable<StopInsight['script']> => {
    const file = scriptInContext(path, target, steps, context);
    const text = file !== undefined ? context?.read(file) : undefined;
    return { path, inContext: file !== undefined, execs: text === undefined ? null : endsWithExec(text) };
  };
  const pid1 = command ? analyse(command, readScript) : { kind: 'unknown' as const, reaches: 'unknown' as const };
  const program = command?.[0] ?? null;
  const { kind, reaches, script } = pid1 as Pid1;
  const signal = stopSignal(model, target);
  return {
    stage: target.index,
    command,
    entrypointLine: entrypoint?.line ?? null,
    cmdLine: entrypoint?.shellText !== undefined ? null : cmd?.line ?? null,
    pid1: { kind, program },
    ...(script ? { script } : {}),
    ...signal,
    reachesApp: reaches,
    graceSeconds: 10,
  };
}

function stopSignal(model: Model, stage: Stage): Pick<StopInsight, 'signal' | 'signalSource' | 'signalLine'> {
  let found: Pick<StopInsight, 'signal' | 'signalSource' | 'signalLine'> = { signal: 'SIGTERM', signalSource: 'default', signalLine: null };
  for (const s of stageChain(stage)) {
    for (const ins of s.body) {
      if (ins.getKeyword().toUpperCase() !== 'STOPSIGNAL') continue;
      const v = ins.getArguments()[0]?.getValue() ?? '';
      const signal = /^\d+$/.test(v) ? v : `SIG${v.toUpperCase().replace(/^SIG/, '')}`;
      found = { signal, signalSource: 'STOPSIGNAL', signalLine: ins.getRange().start.line + 1 };
    }
  }
  return found;
}
