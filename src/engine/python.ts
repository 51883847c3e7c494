/** What the Python rules need to know about a stage: is a virtual environment in use, is `python` provided? */
import { Arg, Copy, Env, Run, type Instruction } from 'dockerfile-ast';
import { imageFacts, parseImageRef } from './images.ts';
import { stageChain, type Model, type Stage } from './model.ts';
import { commandName, type Command } from './shell.ts';

/** Instructions of the stage and its parents, in build order, up to (not including) `until`. */
export function instructionsBefore(stage: Stage, until?: Instruction): Instruction[] {
  const out: Instruction[] = [];
  for (const s of stageChain(stage)) {
    for (const ins of s.body) {
      if (ins === until) return out;
      out.push(ins);
    }
  }
  return out;
}

function envValues(ins: Instruction): Map<string, string> {
  const m = new Map<string, string>();
  // An ARG is in the environment of every later RUN too.
  if (ins instanceof Env || ins instanceof Arg) for (const p of ins.getProperties()) m.set(p.getName(), p.getValue() ?? '');
  return m;
}

/**
 * A Python other than the system's first on PATH: a virtual environment, conda/mamba, pyenv or a
 * Python built under /opt. Its `pip` is not the distribution's, so PEP 668 does not apply.
 */
const OTHER_PYTHON_ON_PATH = /venv|virtualenv|conda|mamba|miniforge|pyenv|\/opt\/python|\/usr\/local\/python/i;

/** `COPY --from=python:3.12-slim /usr/local /usr/local`: an official Python image's install, copied in. */
function copiesPythonInstall(model: Model, ins: Instruction): boolean {
  if (!(ins instanceof Copy)) return false;
  const from = ins.getFlags().find((f) => f.getName() === 'from')?.getValue();
  if (!from) return false;
  const stage = model.stages.find((st) => st.name === from.toLowerCase()) ?? (/^\d+$/.test(from) ? model.stages[Number(from)] : undefined);
  const family = stage ? stage.facts.family : imageFacts(parseImageRef(from)).family;
  if (family !== 'python') return false;
  const args = ins.getArguments().map((a) => a.getValue());
  const dest = args[args.length - 1] ?? '';
  return /^\/usr\/local(\/(bin|lib)?)?\/?$/.test(dest);
}

/** `rm …/EXTERNALLY-MANAGED`, `pip config set global.break-system-packages true`, `export PIP_BREAK_SYSTEM_PACKAGES=1`. */
export function breaksSystemPackages(c: Command): boolean {
  const name = commandName(c);
  const args = c.args.map((a) => a.value);
  if (name === 'rm' && args.some((a) => /EXTERNALLY-MANAGED$/.test(a))) return true;
  if (/^pip[0-9.]*$/.test(name) && args[0] === 'config' && args.includes('global.break-system-packages')) return true;
  if (name === 'export' && args.some((a) => /^PIP_BREAK_SYSTEM_PACKAGES=(1|true|yes|on)$/i.test(a))) return true;
  return false;
}

/** `apt-get install … python3-pip`: the distribution's own pip, the one PEP 668's marker stops. */
export function installsDistroPip(c: Command): boolean {
  if (!/^(apt-get|apt|aptitude)$/.test(commandName(c))) return false;
  const args = c.args.map((a) => a.value);
  return args.includes('install') && args.some((a) => /^python3?-pip(=.*)?$/.test(a));
}

/** Did an instruction of the stage or its parents, before `until`, install the distribution's pip? */
export function hasDistroPip(model: Model, stage: Stage, until?: Instruction): boolean {
  return instructionsBefore(stage, until).some((ins) => ins instanceof Run && model.script(ins).commands.some(installsDistroPip));
}

/** Does an earlier ENV put a virtual environment on PATH (or set VIRTUAL_ENV), or set PIP_BREAK_SYSTEM_PACKAGES? */
export function stageEnv(model: Model, stage: Stage, until?: Instruction): { venv: boolean; breakSystem: boolean } {
  let venv = false;
  let breakSystem = false;
  const venvDirs: string[] = [];
  for (const ins of instructionsBefore(stage, until)) {
    if (ins instanceof Run) {
      for (const c of model.script(ins).commands) {
        const dir = createdVenv(c);
        if (dir) venvDirs.push(dir);
        if (breaksSystemPackages(c)) breakSystem = true;
      }
    }
    if (copiesPythonInstall(model, ins)) venv = true;
    for (const [k, v] of envValues(ins)) {
      if (k === 'VIRTUAL_ENV' || k === 'UV_PROJECT_ENVIRONMENT' || k === 'CONDA_PREFIX') venv = true;
      if (k === 'PATH' && (OTHER_PYTHON_ON_PATH.test(v) || venvDirs.some((d) => v.includes(`${d}/bin`)))) venv = true;
      if (k === 'PIP_BREAK_SYSTEM_PACKAGES' && /^(1|true|yes|on)$/i.test(v)) breakSystem = true;
    }
  }
  return { venv, breakSystem };
}

/** `python3 -m venv DIR`, `virtualenv DIR`, `uv venv DIR`: the directory created, if any. */
export function createdVenv(c: Command): string | undefined {
  const name = commandName(c);
  const args = c.args.map((a) => a.value);
  const positional = (from: number) => args.slice(from).find((a) => !a.startsWith('-'));
  if (/^python[0-9.]*$/.test(name)) {
    const m = args.indexOf('-m');
    if (m >= 0 && args[m + 1] === 'venv') return positional(m + 2) ?? '.venv';
  }
  if (name === 'virtualenv') return positional(0) ?? '.venv';
  if (name === 'uv' && args[0] === 'venv') return positional(1) ?? '.venv';
  return undefined;
}

/** Is `python` (not only `python3`) provided in this stage before `until`? */
export function providesPython(model: Model, stage: Stage, until?: Instruction): boolean {
  if (stage.facts.family !== 'ubuntu' && stage.facts.family !== 'debian') return true;
  if (stageEnv(model, stage, until).venv) return true;
  for (const ins of instructionsBefore(stage, until)) {
    if (!(ins instanceof Run)) continue;
    for (const c of model.script(ins).commands) {
      const args = c.args.map((a) => a.value);
      if (args.includes('python-is-python3') || args.includes('python-is-python2')) return true;
      // Debian ≤ 10 and Ubuntu ≤ 18.04: the `python` package is Python 2, as `python`.
      if (/^(apt-get|apt)$/.test(commandName(c)) && args.includes('install') && args.some((a) => /^python(=.*)?$/.test(a))) return true;
      if (commandName(c) === 'ln' && args.some((a) => /(^|\/)python$/.test(a))) return true;
      if (commandName(c) === 'update-alternatives' && args.some((a) => /(^|\/)python$/.test(a))) return true;
    }
  }
  return false;
}
