import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const HEAD = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\n';

export default defineExercise({
  id: 'instruction-entrypoint-defaults',
  page: 'instructions/entrypoint',
  title: { 'pt-BR': 'ENTRYPOINT com argumentos padrão', en: 'ENTRYPOINT with default arguments' },
  goal: {
    'pt-BR': 'Faça do gunicorn o programa fixo da imagem (`ENTRYPOINT`, forma exec) e deixe no `CMD` só os argumentos padrão, que o `docker run` pode trocar.',
    en: 'Make gunicorn the image\'s fixed program (`ENTRYPOINT`, exec form) and leave only the default arguments in `CMD`, which `docker run` can replace.',
  },
  hints: [
    { 'pt-BR': 'Com os dois na forma exec, o `CMD` é acrescentado ao fim do `ENTRYPOINT`.', en: 'With both in exec form, `CMD` is appended to the end of `ENTRYPOINT`.' },
    { 'pt-BR': '`ENTRYPOINT ["gunicorn"]` e `CMD ["--bind", "0.0.0.0:8000", "main:app"]`.', en: '`ENTRYPOINT ["gunicorn"]` and `CMD ["--bind", "0.0.0.0:8000", "main:app"]`.' },
  ],
  explanation: {
    'pt-BR': 'Um `ENTRYPOINT` na forma shell ignora o `CMD` e os argumentos do `docker run`, e põe um shell como PID 1. Na forma exec, `docker run imagem --workers 4 main:app` troca só os argumentos.',
    en: 'A shell-form `ENTRYPOINT` ignores `CMD` and `docker run`\'s arguments, and puts a shell at PID 1. In exec form, `docker run image --workers 4 main:app` replaces only the arguments.',
  },
  start: `${HEAD}ENTRYPOINT gunicorn --bind 0.0.0.0:8000 main:app\n`,
  files: APP_FILES,
  solutions: [`${HEAD}ENTRYPOINT ["gunicorn"]\nCMD ["--bind", "0.0.0.0:8000", "main:app"]\n`],
  checks: [{ kind: 'exec-start', program: 'gunicorn', via: 'ENTRYPOINT' }, { kind: 'rule-absent', rule: 'json-args-recommended' }],
});
