import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_2, APP_FILES } from './running-example.ts';

const START = `${AFTER_STEP_2}\nWORKDIR /app\nCMD ["python", "main.py"]\n`;

export default defineExercise({
  id: 'step-4-minimal-fix',
  page: 'steps/4-start-command',
  title: { 'pt-BR': 'O contêiner que não inicia', en: 'The container that never starts' },
  goal: {
    'pt-BR': 'Este contêiner sai na hora por dois motivos: o comando `python` não existe no Ubuntu e o `main.py` não está na imagem. Faça a correção mínima dos dois.',
    en: 'This container exits at once for two reasons: Ubuntu has no `python` command and `main.py` is not in the image. Make the minimal fix for both.',
  },
  hints: [
    { 'pt-BR': 'No Ubuntu, o interpretador se chama `python3`.', en: 'On Ubuntu, the interpreter is called `python3`.' },
    { 'pt-BR': 'Copie o arquivo antes do `CMD`: `COPY main.py .` (o `WORKDIR /app` já está lá).', en: 'Copy the file before the `CMD`: `COPY main.py .` (`WORKDIR /app` is already there).' },
  ],
  explanation: {
    'pt-BR': 'Sem `python` no `PATH`, o `docker run` termina com código 127; sem o arquivo, o Python reclama de `No such file or directory`. A versão de produção ainda troca o servidor de desenvolvimento pelo gunicorn.',
    en: 'With no `python` on `PATH`, `docker run` ends with exit code 127; without the file, Python complains `No such file or directory`. The production version also swaps the development server for gunicorn.',
  },
  start: START,
  files: APP_FILES,
  solutions: [START.replace('CMD ["python", "main.py"]', 'COPY main.py .\nCMD ["python3", "main.py"]')],
  checks: [
    { kind: 'rule-absent', rule: 'python-not-found' },
    { kind: 'rule-absent', rule: 'start-file-not-copied' },
    { kind: 'copies', file: 'main.py' },
    { kind: 'exec-start', program: 'python3' },
  ],
});
