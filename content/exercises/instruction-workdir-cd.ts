import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'instruction-workdir-cd',
  page: 'instructions/workdir',
  title: { 'pt-BR': 'WORKDIR em vez de cd', en: 'WORKDIR instead of cd' },
  goal: {
    'pt-BR': 'O `cd` só vale dentro do próprio `RUN`, e o `WORKDIR` relativo depende do que veio antes. Use um `WORKDIR /app` absoluto e tire o `cd`.',
    en: '`cd` only lasts inside its own `RUN`, and a relative `WORKDIR` depends on what came before. Use an absolute `WORKDIR /app` and drop the `cd`.',
  },
  hints: [
    { 'pt-BR': 'O `WORKDIR` cria o diretório, então o `mkdir` também pode sair.', en: '`WORKDIR` creates the directory, so the `mkdir` can go too.' },
    { 'pt-BR': 'Comece com `WORKDIR /app` logo depois do `FROM`.', en: 'Start with `WORKDIR /app` right after `FROM`.' },
  ],
  explanation: {
    'pt-BR': 'Cada `RUN` começa num shell novo; o `cd` se perde no fim da linha. O `WORKDIR` absoluto vale para as instruções seguintes e para o contêiner, sem depender da imagem base.',
    en: 'Each `RUN` starts in a new shell; the `cd` is lost at the end of the line. An absolute `WORKDIR` applies to the following instructions and to the container, whatever the base image.',
  },
  start: 'FROM python:3.13-slim\nRUN mkdir -p /app && cd /app && python -m venv venv\nWORKDIR app\nCOPY . .\nUSER 10001\nCMD ["venv/bin/python", "main.py"]\n',
  files: APP_FILES,
  solutions: ['FROM python:3.13-slim\nWORKDIR /app\nRUN python -m venv venv\nCOPY . .\nUSER 10001\nCMD ["venv/bin/python", "main.py"]\n'],
  checks: [{ kind: 'rule-absent', rule: 'use-workdir' }, { kind: 'rule-absent', rule: 'workdir-relative' }, { kind: 'workdir', path: '/app' }],
});
