import { Run } from 'dockerfile-ast';
import { defineRule, execForm, t } from '../define.ts';
import { createdVenv, providesPython } from '../python.ts';
import { commandName } from '../shell.ts';
import type { Report } from '../types.ts';

export default defineRule({
  id: 'python-not-found',
  severity: 'error',
  instructions: ['CMD', 'ENTRYPOINT', 'RUN'],
  refs: {},
  docs: {
    title: t('`python` não existe no Ubuntu/Debian', '`python` does not exist on Ubuntu/Debian'),
    description: t(
      '`CMD`, `ENTRYPOINT` ou `RUN` chamam `python` (e não `python3`) num estágio Ubuntu ou Debian onde nada fornece esse comando: nem o pacote `python-is-python3`, nem um ambiente virtual no `PATH`, nem uma imagem oficial `python`.',
      '`CMD`, `ENTRYPOINT` or `RUN` call `python` (not `python3`) in an Ubuntu or Debian stage where nothing provides that command: no `python-is-python3` package, no virtual environment on `PATH`, no official `python` image.'),
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
          if (first?.value === 'python') words.push(first);
          else if (!exec) {
            const arg = ins.getArguments()[0];
            if (arg?.getValue() === 'python') {
              const [s, e] = model.offsets(arg);
              words.push({ value: 'python', start: s, end: e });
            }
          }
        } else continue;
        for (const w of words) {
          if (providesPython(model, stage, ins)) break;
          const r: Report = { start: w.start, end: w.end, instruction: ins, data: { family: stage.image }, fix: { edits: [{ start: w.start, end: w.end, text: 'python3' }] } };
          report(r);
        }
      }
    }
  },
});
