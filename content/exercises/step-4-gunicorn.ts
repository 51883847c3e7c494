import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_3, AFTER_STEP_4, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-4-gunicorn',
  page: 'steps/4-start-command',
  title: { 'pt-BR': 'Um servidor de produção', en: 'A production server' },
  goal: {
    'pt-BR': 'O `CMD` sobe o servidor de desenvolvimento do Flask. Troque pelo gunicorn (já está no `requirements.txt`), ouvindo em `0.0.0.0:8000`.',
    en: 'The `CMD` starts Flask\'s development server. Switch to gunicorn (already in `requirements.txt`), listening on `0.0.0.0:8000`.',
  },
  hints: [
    { 'pt-BR': 'O gunicorn recebe o módulo e o objeto da aplicação: `main:app`.', en: 'gunicorn takes the application\'s module and object: `main:app`.' },
    { 'pt-BR': '`CMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]`; `--workers` e `--graceful-timeout` são um bônus.', en: '`CMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]`; `--workers` and `--graceful-timeout` are a bonus.' },
  ],
  explanation: {
    'pt-BR': 'O gunicorn atende várias requisições ao mesmo tempo, reinicia workers com problema e trata o `SIGTERM` do `docker stop` com um desligamento gracioso. O servidor do Flask não foi feito para nada disso.',
    en: 'gunicorn serves several requests at once, restarts failing workers and handles `docker stop`\'s `SIGTERM` with a graceful shutdown. Flask\'s server was built for none of that.',
  },
  start: `${AFTER_STEP_3}\nCMD ["python3", "main.py"]\n`,
  files: APP_FILES,
  solutions: [AFTER_STEP_4, `${AFTER_STEP_3}\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]\n`],
  checks: [{ kind: 'exec-start', program: 'gunicorn' }],
});
