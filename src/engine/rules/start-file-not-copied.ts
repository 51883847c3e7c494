import { Add, Copy, Onbuild, Run, type Instruction } from 'dockerfile-ast';
import { defineRule, execForm, t, type TextWord } from '../define.ts';
import type { Model, Stage } from '../model.ts';
import type { BuildContext } from '../types.ts';
import { instructionsBefore } from '../python.ts';
import { stageChain } from '../run-helpers.ts';
import { commandName } from '../shell.ts';

const INTERPRETERS = /^(python[0-9.]*|node|nodejs|deno|bun|ruby|perl|php|bash|sh|ash|dash|zsh|java|Rscript|lua|tsx|ts-node)$/;
const SCRIPT = /\.(py|js|mjs|cjs|ts|rb|pl|php|sh|jar|lua|r)$/i;

/** The relative script file an exec-form start command runs, if any. */
function scriptArgument(words: TextWord[]): TextWord | undefined {
  const first = words[0];
  if (!first) return undefined;
  if (/^\.\.?\//.test(first.value)) return first;
  const base = first.value.split('/').pop() ?? '';
  if (!INTERPRETERS.test(base)) return undefined;
  for (const w of words.slice(1)) {
    if (w.value.startsWith('-')) {
      // `python3 -m module`, `node -e code`, `java -jar x.jar`: the next word is not a file (except -jar).
      if (['-m', '-c', '-e', '--eval', '-p', '--print'].includes(w.value)) return undefined;
      continue;
    }
    return w;
  }
  return undefined;
}

function isRelativeFile(v: string): boolean {
  // `C:\app\main.py` and `\app\main.py` are absolute Windows paths.
  if (/^[A-Za-z]:[\\/]/.test(v) || v.startsWith('\\')) return false;
  return !v.startsWith('/') && !v.includes('$') && !v.startsWith('~') && (SCRIPT.test(v) || /^\.\.?[\\/]/.test(v));
}

/**
 * Images that bring a runtime but no application: only there can we be sure the file is missing.
 * An application image (`FROM ghost:5`, `FROM gitea/gitea`) already holds its own start files.
 */
const RUNTIME_IMAGES = new Set(['node', 'python', 'pypy', 'ruby', 'php', 'golang', 'openjdk', 'eclipse-temurin', 'amazoncorretto',
  'ibm-semeru-runtimes', 'sapmachine', 'bun', 'deno', 'perl', 'rust', 'erlang', 'elixir', 'buildpack-deps', 'busybox', 'ubuntu',
  'debian', 'alpine', 'fedora', 'centos', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'ubi', 'ubi-minimal', 'ubi8',
  'ubi9', 'ubi10', 'r-base', 'julia', 'swift', 'dart', 'maven', 'gradle', 'runtime', 'aspnet', 'sdk', 'servercore', 'nanoserver',
  'server', 'windows']);

function startsFromRuntime(stage: Stage): boolean {
  const root = stageChain(stage)[0]!;
  if (root.facts.family !== 'unknown') return true;
  const repo = root.ref.repository;
  return RUNTIME_IMAGES.has(repo.slice(repo.lastIndexOf('/') + 1));
}

/** A source path that could be, or hold, a file named `base`. */
function sourceMatches(src: string, base: string): boolean {
  const last = src.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  if (src === '.' || src === './' || src.endsWith('/') || /[*?[]/.test(src) || src.includes('$')) return true;
  if (last === base) return true;
  if (!last.includes('.')) return true; // a directory (or an extension-less file): give it the benefit of the doubt
  return /^https?:\/\/|^git@/.test(src);
}

/** The stage of this Dockerfile a `COPY --from=` names (by name or index), if any. */
function sourceStage(model: Model, ins: Copy | Add): Stage | undefined {
  const from = ins.getFlags().find((f) => f.getName() === 'from')?.getValue();
  if (!from) return undefined;
  const named = model.stages.find((st) => st.name === from.toLowerCase());
  return named ?? (/^\d+$/.test(from) ? model.stages[Number(from)] : undefined);
}

const ARCHIVE = /\.(tar|tgz|tbz2?|txz|tzst)$|\.tar\.(gz|bz2|xz|zst|lz4|z)$/i;
const REMOTE = /^https?:\/\/|^git@/;

/** Could one source of a COPY/ADD be, or hold, `base`? With a context, by the files it really sends. */
function sourceCouldHold(ins: Copy | Add, src: string, base: string, context: BuildContext | undefined): boolean {
  const fromContext = !ins.getFlags().some((f) => f.getName() === 'from');
  if (context && fromContext && !src.includes('$') && !src.startsWith('<<') && !REMOTE.test(src))
    return context.resolve(src).sent.some((f) => f.slice(f.lastIndexOf('/') + 1) === base);
  // ADD extracts a local archive: anything may come out of it.
  if (ins instanceof Add && ARCHIVE.test(src.replace(/[\\/]+$/, ''))) return true;
  return sourceMatches(src, base);
}

/**
 * Could this COPY/ADD have brought `file` into the image? A `COPY --from=<stage>` brings only what
 * that stage has: a file no instruction of that stage (or of the stages it builds on) could have
 * put there is not in this stage either.
 */
function couldBring(model: Model, ins: Copy | Add, file: string, depth: number, context: BuildContext | undefined): boolean {
  const base = file.split(/[\\/]/).pop()!;
  const words = execForm(model, ins)?.map((w) => w.value) ?? ins.getArguments().map((a) => a.getValue());
  const heredocs = ins instanceof Copy ? ins.getHeredocs() : [];
  if (heredocs.some((h) => h.getName() === base)) return true;
  if (!words.slice(0, -1).some((src) => sourceCouldHold(ins, src, base, context))) return false;
  const from = ins instanceof Copy ? sourceStage(model, ins) : undefined;
  return from === undefined || stageCouldHave(model, from, file, depth + 1, context);
}

/** Could `stage` hold `file` when it ends (its own instructions and its parents')? */
function stageCouldHave(model: Model, stage: Stage, file: string, depth: number, context: BuildContext | undefined): boolean {
  // An application image may hold anything; a long chain of stages is not worth following.
  if (!startsFromRuntime(stage) || depth > 8) return true;
  return brought(model, instructionsBefore(stage), file, depth, context);
}

function brought(model: Model, before: Instruction[], file: string, depth: number, context: BuildContext | undefined): boolean {
  const base = file.split(/[\\/]/).pop()!;
  // An `ONBUILD COPY . /app` brings the files in when the image is built upon.
  return before.map((i) => (i instanceof Onbuild ? i.getTriggerInstruction() ?? i : i))
    .some((i) => ((i instanceof Copy || i instanceof Add) && couldBring(model, i, file, depth, context)) || mentioned(model, i, base));
}

function mentioned(model: Model, ins: Instruction, base: string): boolean {
  if (!(ins instanceof Run)) return false;
  const [s, e] = model.offsets(ins);
  if (model.text.slice(s, e).includes(base)) return true;
  return model.script(ins).commands.some((c) => /^(git|curl|wget|tar|unzip|bsdtar|7z|svn|hg|rsync|scp)$/.test(commandName(c)));
}

export default defineRule({
  id: 'start-file-not-copied',
  severity: 'error',
  instructions: ['CMD', 'ENTRYPOINT'],
  refs: {},
  docs: {
    title: t('O arquivo de início nunca foi copiado', 'The start file was never copied'),
    description: t(
      '`CMD` ou `ENTRYPOINT` na forma exec rodam um arquivo relativo (`main.py`, `server.js`, `./start.sh`) que nenhum `COPY`/`ADD` do estágio pode ter trazido. Sem contexto de build, `COPY . .`, a cópia de um diretório, um arquivo compactado extraído pelo `ADD` ou um `ONBUILD COPY` contam como trazer; com um contexto (`--context`), valem os arquivos que cada `COPY` realmente envia, depois do `.dockerignore`; um `COPY --from=<estágio>` só traz o que aquele estágio (ou os estágios em que ele se baseia) pode ter recebido. Só vale para estágios sobre imagens de runtime ou de sistema (`python`, `node`, `debian`…): uma imagem de aplicação pode já ter o arquivo.',
      'An exec-form `CMD` or `ENTRYPOINT` runs a relative file (`main.py`, `server.js`, `./start.sh`) that no `COPY`/`ADD` of the stage can have brought in. Without a build context, `COPY . .`, copying a directory, an archive that `ADD` extracts or an `ONBUILD COPY` counts as bringing it; with one (`--context`), the files each `COPY` really sends count, after `.dockerignore`; a `COPY --from=<stage>` brings only what that stage (or the stages it builds on) can have received. Only for stages built on a runtime or OS image (`python`, `node`, `debian`…): an application image may already hold the file.'),
    rationale: t(
      'O build passa, mas o contêiner morre ao iniciar com "No such file or directory". O guia original comete esse erro: copia só o `requirements.txt` e depois manda rodar `main.py`.',
      'The build passes, but the container dies on start with "No such file or directory". The original guide makes this mistake: it copies only `requirements.txt`, then runs `main.py`.'),
    howToFix: t(
      'Copie o código depois das dependências (`COPY . .`, com um `.dockerignore`), para a camada de dependências continuar em cache.',
      'Copy the source after the dependencies (`COPY . .`, with a `.dockerignore`), so the dependency layer stays cached.'),
  },
  messages: {
    'pt-BR': { default: '`{file}` nunca foi copiado para a imagem neste estágio: o contêiner vai falhar ao iniciar.' },
    en: { default: '`{file}` is never copied into the image in this stage: the container will fail to start.' },
  },
  examples: {
    bad: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM node:24-bookworm-slim\nWORKDIR /app\nCOPY package.json .\nUSER 10001\nCMD ["node", "server.js"]\n',
    ],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY src/ ./\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "-m", "http.server"]\n',
      'FROM python:3.13-slim AS build\nWORKDIR /app\nCOPY . .\nFROM python:3.13-slim\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
  },
  check({ model, report, context }) {
    for (const stage of model.stages) {
      if (!startsFromRuntime(stage)) continue;
      for (const ins of stage.body) {
        const keyword = ins.getKeyword();
        if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
        const words = execForm(model, ins);
        if (!words) continue;
        const script = scriptArgument(words);
        if (!script || !isRelativeFile(script.value)) continue;
        if (!brought(model, instructionsBefore(stage, ins), script.value, 0, context)) report({ start: script.start, end: script.end, instruction: ins, data: { file: script.value } });
      }
    }
  },
});
