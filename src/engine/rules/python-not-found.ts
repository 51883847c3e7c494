import { Copy, Env, Run, type Instruction } from 'dockerfile-ast';
import { defineRule, execForm, t, type TextWord } from '../define.ts';
import type { Model, Stage } from '../model.ts';
import { createdVenv, instructionsBefore, providesPython } from '../python.ts';
import { commandName } from '../shell.ts';
import type { Report } from '../types.ts';

/**
 * A virtual environment made in another stage and copied in (`COPY --from=build /venv /venv`),
 * whose `bin` an ENV puts on PATH before `until`: its `bin/python` is the `python` found.
 */
function copiedVenvOnPath(model: Model, stage: Stage, until: Instruction): boolean {
  const dests: string[] = [];
  for (const ins of instructionsBefore(stage, until)) {
    if (ins instanceof Copy) {
      const from = ins.getFlags().find((f) => f.getName() === 'from')?.getValue()?.toLowerCase();
      const source = from === undefined ? undefined : model.stages.find((st) => st.name === from) ?? (/^\d+$/.test(from) ? model.stages[Number(from)] : undefined);
      if (!source) continue;
      const venvs = instructionsBefore(source).flatMap((i) => (i instanceof Run ? model.script(i).commands.map(createdVenv) : []))
        .filter((d): d is string => d !== undefined).map((d) => d.replace(/\/+$/, ''));
      const args = ins.getArguments().map((a) => a.getValue().replace(/\/+$/, ''));
      if (args.length >= 2 && args.slice(0, -1).some((a) => venvs.includes(a))) dests.push(args[args.length - 1]!);
    }
    if (ins instanceof Env) {
      const path = ins.getProperties().find((p) => p.getName() === 'PATH')?.getValue() ?? '';
      if (dests.some((d) => path.split(':').includes(`${d}/bin`))) return true;
    }
  }
  return false;
}

/** `["sh", "-c", "python app.py"]`: the `python` the shell string starts with. */
function shellStringPython(model: Model, words: TextWord[]): TextWord | undefined {
  const shell = words[0]?.value.split('/').pop() ?? '';
  if (!/^(sh|bash|ash|dash)$/.test(shell) || words[1]?.value !== '-c') return undefined;
  const script = words[2];
  // The raw text between the quotes (dockerfile-ast's decoded value drops spaces); no escapes.
  const raw = script ? model.text.slice(script.start, script.end) : '';
  const m = /^(\s*(?:exec\s+)?)python(?=\s|$)/.exec(raw);
  if (!script || !m || raw.includes('\\')) return undefined;
  return { value: 'python', start: script.start + m[1]!.length, end: script.start + m[1]!.length + 'python'.length };
}

export default defineRule({
  id: 'python-not-found',
  severity: 'error',
  instructions: ['CMD', 'ENTRYPOINT', 'RUN'],
  refs: {},
  docs: {
    title: t('`python` não existe no Ubuntu/Debian', '`python` does not exist on Ubuntu/Debian'),
    description: t(
      '`CMD`, `ENTRYPOINT` ou `RUN` chamam `python` (e não `python3`; também dentro de `["sh", "-c", "python …"]`) num estágio Ubuntu ou Debian onde nada fornece esse comando: nem o pacote `python-is-python3` (ou `python` no Debian ≤ 10), nem um ambiente virtual no `PATH` (criado no estágio ou copiado de outro), nem conda, pyenv, `ln -s`/`update-alternatives` para `python`, nem uma imagem oficial `python`.',
      '`CMD`, `ENTRYPOINT` or `RUN` call `python` (not `python3`; also inside `["sh", "-c", "python …"]`) in an Ubuntu or Debian stage where nothing provides that command: no `python-is-python3` package (or `python` on Debian ≤ 10), no virtual environment on `PATH` (made in the stage or copied from another), no conda, pyenv, `ln -s`/`update-alternatives` to `python`, no official `python` image.'),
    rationale: t(
      'O Ubuntu e o Debian instalam o Python 3 como `python3`; o comando `python` não existe. O build até passa, mas o contêiner morre ao iniciar com `executable file not found in $PATH` — exatamente o que acontece com o passo 4 do guia original.',
      'Ubuntu and Debian install Python 3 as `python3`; there is no `python` command. The build may pass, but the container dies on start with `executable file not found in $PATH`: exactly what happens with the original guide\'s step 4.'),
    howToFix: t('Troque `python` por `python3` (a correção automática faz isso), ou use o `python` de um ambiente virtual no `PATH`.', 'Replace `python` with `python3` (the automatic fix does it), or use a virtual environment\'s `python` on `PATH`.'),
  },
  messages: {
    'pt-BR': { default: '`python` não existe nesta imagem ({family}): use `python3`.' },
    en: { default: '`python` does not exist in this image ({family}): use `python3`.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por python3' }, en: { default: 'Replace with python3' } },
  examples: {
    bad: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
    good: [
      'FROM ubuntu:24.04\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python3", "main.py"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python-is-python3 && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM debian:bookworm-slim\nENV PATH="/opt/venv/bin:$PATH"\nWORKDIR /app\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const family = stage.facts.family;
      if (family !== 'ubuntu' && family !== 'debian') continue;
      for (const ins of stage.body) {
        const keyword = ins.getKeyword();
        const words: { value: string; start: number; end: number }[] = [];
        if (ins instanceof Run) {
          for (const c of model.script(ins).commands) {
            // `apt-get install python-is-python3 && python …` or a venv made earlier in the same RUN.
            const args = c.args.map((a) => a.value);
            if (args.includes('python-is-python3') || args.includes('python-is-python2') || createdVenv(c) !== undefined) break;
            if (commandName(c) === 'python' && !c.name.value.includes('/')) words.push(c.name);
          }
        } else if (keyword === 'CMD' || keyword === 'ENTRYPOINT') {
          const exec = execForm(model, ins);
          const first = exec ? exec[0] : undefined;
          const inShell = exec ? shellStringPython(model, exec) : undefined;
          if (first?.value === 'python') words.push(first);
          else if (inShell) words.push(inShell);
          else if (!exec) {
            const arg = ins.getArguments()[0];
            if (arg?.getValue() === 'python') {
              const [s, e] = model.offsets(arg);
              words.push({ value: 'python', start: s, end: e });
            }
          }
        } else continue;
        for (const w of words) {
          if (providesPython(model, stage, ins) || copiedVenvOnPath(model, stage, ins)) break;
          const r: Report = { start: w.start, end: w.end, instruction: ins, data: { family: stage.image }, fix: { edits: [{ start: w.start, end: w.end, text: 'python3' }] } };
          report(r);
        }
      }
    }
  },
});
