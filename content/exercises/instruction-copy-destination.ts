import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'instruction-copy-destination',
  page: 'instructions/copy',
  title: { 'pt-BR': 'Vários arquivos, um diretório', en: 'Several files, one directory' },
  goal: {
    'pt-BR': 'O Docker recusa este `COPY`: com mais de uma origem, o destino precisa ser um diretório. Corrija para que `main.py` e `requirements.txt` caiam em `/app`.',
    en: 'Docker refuses this `COPY`: with more than one source, the destination must be a directory. Fix it so `main.py` and `requirements.txt` land in `/app`.',
  },
  hints: [
    { 'pt-BR': 'Para o Docker, um destino é diretório quando termina em `/`.', en: 'To Docker, a destination is a directory when it ends in `/`.' },
    { 'pt-BR': '`COPY main.py requirements.txt /app/` (ou `./`, já que o `WORKDIR` é `/app`).', en: '`COPY main.py requirements.txt /app/` (or `./`, since `WORKDIR` is `/app`).' },
  ],
  explanation: {
    'pt-BR': 'Com várias origens (ou um curinga), o destino tem que terminar em `/`. A barra deixa a intenção clara até com uma origem só: sem ela, `COPY main.py /app` cria um arquivo chamado `/app` se o diretório não existir.',
    en: 'With several sources (or a wildcard), the destination has to end in `/`. The slash makes the intent clear even with a single source: without it, `COPY main.py /app` creates a file named `/app` if the directory does not exist.',
  },
  start: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py requirements.txt /app\nUSER 10001\nCMD ["python", "main.py"]\n',
  files: APP_FILES,
  solutions: [
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py requirements.txt /app/\nUSER 10001\nCMD ["python", "main.py"]\n',
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py requirements.txt ./\nUSER 10001\nCMD ["python", "main.py"]\n',
  ],
  checks: [
    { kind: 'rule-absent', rule: 'syntax-copy-destination-not-directory' },
    { kind: 'copies', file: 'main.py' },
    { kind: 'copies', file: 'requirements.txt' },
  ],
});
