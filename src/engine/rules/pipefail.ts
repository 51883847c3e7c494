import type { Run } from 'dockerfile-ast';
import { defineRule, execForm, t } from '../define.ts';
import type { Model, Stage } from '../model.ts';
import { indentAt, isTrigger, newline, runFacts, shellInEffect, shellRuns, stageChain } from '../run-helpers.ts';
import { setsPipefail } from '../shell.ts';
import { dashHasPipefail } from '../images.ts';
import type { OffsetEdit } from '../types.ts';

/** How the script of a RUN is interpreted, as far as pipefail goes. */
type Interpreter =
  | { kind: 'skip' } // not a POSIX shell (PowerShell, cmd, Python…): pipes mean something else
  | { kind: 'pipefail' } // the shell runs with pipefail already on
  | { kind: 'capable' } // a shell where `set -o pipefail` works (bash, ash, zsh, ksh)
  | { kind: 'dash' } // dash before 0.5.12-7 (Debian ≤ 12, Ubuntu ≤ 24.10): no pipefail at all
  | { kind: 'unknown' }; // /bin/sh of an image we do not know

const CAPABLE = new Set(['bash', 'zsh', 'ksh', 'ksh93', 'mksh', 'ash']);
const NOT_POSIX = new Set(['pwsh', 'powershell', 'cmd']);

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1).replace(/\.exe$/i, '').toLowerCase();

function rootRef(stage: Stage) {
  return stageChain(stage)[0]!.ref;
}

function isWindows(stage: Stage): boolean {
  const ref = rootRef(stage);
  return /windows|nanoserver|servercore/i.test(`${ref.repository}:${ref.tag ?? ''}`);
}

/**
 * What `/bin/sh` is in this stage's base image, as far as pipefail goes: busybox ash or a dash
 * with pipefail (`capable`), an older dash without it (`dash`), or unknown.
 */
function binSh(stage: Stage | undefined): 'ash' | 'dash' | 'old-dash' | 'unknown' {
  if (!stage) return 'unknown';
  const ref = rootRef(stage);
  const family = stage.facts.family;
  if (family === 'alpine' || /alpine/i.test(ref.tag ?? '')) return 'ash';
  const dash = dashHasPipefail(ref, family);
  return dash === undefined ? 'unknown' : dash ? 'dash' : 'old-dash';
}

/** The interpreter kind of the image's `/bin/sh`. */
function shKind(stage: Stage | undefined): Interpreter['kind'] {
  const sh = binSh(stage);
  return sh === 'ash' || sh === 'dash' ? 'capable' : sh === 'old-dash' ? 'dash' : 'unknown';
}

/** Does an argument list (SHELL or shebang) turn pipefail on? `-o pipefail`, `-eo pipefail`, `-euxo pipefail`. */
function turnsOn(args: string[]): boolean {
  for (let k = 0; k + 1 < args.length; k++) if (/^-[a-zA-Z]*o$/.test(args[k]!) && args[k + 1] === 'pipefail') return true;
  return false;
}

/** Classifies a program and its arguments (from SHELL or a shebang). */
function classify(program: string, args: string[], stage: Stage | undefined): Interpreter {
  let name = basename(program);
  if (name === 'env' && args.length > 0) {
    const i = args.findIndex((a) => !a.startsWith('-'));
    if (i < 0) return { kind: 'skip' };
    name = basename(args[i]!);
    args = args.slice(i + 1);
  }
  if (NOT_POSIX.has(name)) return { kind: 'skip' };
  let kind: Interpreter['kind'];
  if (CAPABLE.has(name)) kind = 'capable';
  else if (name === 'sh') {
    kind = shKind(stage);
  } else if (name === 'dash') kind = 'dash';
  else return { kind: 'skip' };
  if (kind === 'capable' && turnsOn(args)) return { kind: 'pipefail' };
  return { kind };
}

function interpreter(model: Model, run: Run, stage: Stage | undefined, bang: string[] | undefined): Interpreter {
  if (stage && isWindows(stage)) return { kind: 'skip' };
  if (bang) return bang.length > 0 ? classify(bang[0]!, bang.slice(1), stage) : { kind: 'skip' };
  const shell = shellInEffect(model, stage, run);
  if (shell) {
    const exec = execForm(model, shell);
    if (!exec || exec.length === 0) return { kind: 'skip' };
    return classify(exec[0]!.value, exec.slice(1).map((w) => w.value), stage);
  }
  return { kind: shKind(stage) };
}

/** `# hadolint shell=powershell` declares the base image's shell for the whole file. */
function declaredShell(model: Model): string | undefined {
  // Read the raw text: on the first line the pragma parses as a parser directive, not a comment.
  const m = /^[ \t]*#[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*([^\s#]+)/m.exec(model.text);
  return m ? basename(m[1]!) : undefined;
}

/** Inserting `SHELL [...] -o pipefail` before the RUN, for images whose shells we know. */
function shellFix(model: Model, run: Run, stage: Stage | undefined): { edits: OffsetEdit[]; data: Record<string, string> } | undefined {
  if (!stage || isTrigger(model, run)) return undefined;
  const current = shellInEffect(model, stage, run);
  if (current) {
    const exec = execForm(model, current);
    if (!exec?.[0] || !['sh', 'bash', 'ash', 'dash'].includes(basename(exec[0].value))) return undefined;
  }
  const sh = binSh(stage);
  if (sh === 'unknown') return undefined;
  const program = sh === 'ash' ? '/bin/ash' : '/bin/bash';
  const line = `SHELL ["${program}", "-o", "pipefail", "-c"]`;
  const start = model.offsets(run)[0];
  return { edits: [{ start, end: start, text: `${line}${newline(model)}${indentAt(model, start)}` }], data: { shell: program } };
}

export default defineRule({
  id: 'pipefail',
  severity: 'warning',
  instructions: ['RUN', 'SHELL'],
  refs: { hadolint: ['DL4006'] },
  docs: {
    title: t('Pipe no RUN sem `pipefail`', 'Pipe in RUN without `pipefail`'),
    description: t(
      'Um `RUN` usa `|` sem que `pipefail` esteja ligado: nem por um `SHELL` com `-o pipefail` (bash, ash, zsh, ksh) no estágio ou nos estágios em que ele se baseia, nem por `set -o pipefail` no próprio script antes do pipe (o hadolint não aceita este último; o Estaleiro aceita). Também aponta `set -o pipefail` quando o `/bin/sh` é um dash antigo (Debian ≤ 12, Ubuntu ≤ 24.10, imagens oficiais baseadas no bookworm), que não tem essa opção: o dash só ganhou `pipefail` na versão 0.5.12-7 (Debian 13, Ubuntu 25.04). Não vale para `SHELL` PowerShell/cmd nem imagens Windows.',
      'A `RUN` uses `|` without `pipefail` on: neither a `SHELL` with `-o pipefail` (bash, ash, zsh, ksh) in the stage or the stages it builds on, nor `set -o pipefail` in the script before the pipe (hadolint does not accept the latter; Estaleiro does). It also flags `set -o pipefail` when `/bin/sh` is an older dash (Debian ≤ 12, Ubuntu ≤ 24.10, official images based on bookworm), which has no such option: dash only gained `pipefail` in 0.5.12-7 (Debian 13, Ubuntu 25.04). Not raised for PowerShell/cmd `SHELL` or Windows images.'),
    rationale: t(
      'Um pipe devolve o status do último comando. Em `RUN curl -fsSL https://exemplo/install.sh | sh`, se o download falhar o `sh` recebe nada, termina com sucesso, e o build segue com uma imagem sem o que deveria instalar. O erro só aparece em produção. Com `pipefail`, qualquer falha no pipe derruba o `RUN`. No Debian 12 e no Ubuntu 24.04, o `/bin/sh` é um dash que não aceita `-o pipefail`: ali é preciso usar o bash.',
      'A pipe returns the status of its last command. In `RUN curl -fsSL https://example/install.sh | sh`, if the download fails `sh` gets nothing, exits successfully, and the build goes on with an image missing what it was meant to install. The error only shows in production. With `pipefail`, any failure in the pipe fails the `RUN`. On Debian 12 and Ubuntu 24.04, `/bin/sh` is a dash that rejects `-o pipefail`: there you need bash.'),
    howToFix: t(
      'Antes do `RUN`, declare `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (Debian, Ubuntu, `python`) ou `SHELL ["/bin/ash", "-o", "pipefail", "-c"]` (Alpine). A correção automática insere essa linha quando conhece a imagem base. Com bash ou ash, `set -o pipefail &&` no início do script também serve.',
      'Before the `RUN`, declare `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (Debian, Ubuntu, `python`) or `SHELL ["/bin/ash", "-o", "pipefail", "-c"]` (Alpine). The automatic fix inserts that line when it knows the base image. With bash or ash, `set -o pipefail &&` at the start of the script works too.'),
  },
  messages: {
    'pt-BR': {
      default: 'Pipe sem `pipefail`: se um comando antes do `|` falhar, o `RUN` passa assim mesmo.',
      dash: '`set -o pipefail` falha aqui: o `/bin/sh` desta imagem é um dash anterior à 0.5.12-7, sem `pipefail`. Use `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
    },
    en: {
      default: 'Pipe without `pipefail`: if a command before the `|` fails, the `RUN` still succeeds.',
      dash: '`set -o pipefail` fails here: this image\'s `/bin/sh` is a dash older than 0.5.12-7, without `pipefail`. Use `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
    },
  },
  fixTitles: { 'pt-BR': { default: 'Declarar SHELL {shell} com pipefail' }, en: { default: 'Declare SHELL {shell} with pipefail' } },
  examples: {
    bad: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSL https://example.com/install.sh | bash\nUSER 10001\n',
      'FROM python:3.13-slim-bookworm\nRUN set -o pipefail && pip freeze | tee /requirements.lock\nUSER 10001\n',
    ],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/install.sh | bash\nUSER 10001\n',
      'FROM alpine:3.22\nRUN set -o pipefail && wget -qO- https://example.com/app.tar.gz | tar -xz -C /opt\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    const declared = declaredShell(model);
    if (declared && !CAPABLE.has(declared) && declared !== 'sh' && declared !== 'dash') return;
    for (const { run, stage, script } of shellRuns(model)) {
      if (script.pipes.length === 0) continue;
      const facts = runFacts(model, run);
      const bang = facts.heredocScript ? facts.shebang : undefined;
      const how = interpreter(model, run, stage, bang);
      if (how.kind === 'skip' || how.kind === 'pipefail') continue;
      const firstPipe = script.pipes[0]!;
      const set = script.commands.find((c) => setsPipefail(c) && c.name.start < firstPipe);
      const fix = bang ? undefined : shellFix(model, run, stage);
      if (set) {
        if (how.kind !== 'dash') continue;
        const last = set.args[set.args.length - 1]!;
        report({ start: set.name.start, end: last.end, instruction: run, messageId: 'dash', fix });
        continue;
      }
      report({ start: firstPipe, end: firstPipe + 1, instruction: run, fix });
    }
  },
});
