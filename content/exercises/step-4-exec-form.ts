import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_3, AFTER_STEP_4, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-4-exec-form',
  page: 'steps/4-start-command',
  title: { 'pt-BR': 'A forma exec', en: 'The exec form' },
  goal: {
    'pt-BR': 'Na forma shell, o gunicorn roda debaixo de um `/bin/sh -c` e não recebe o `SIGTERM`. Reescreva o `CMD` na forma exec.',
    en: 'In shell form, gunicorn runs under a `/bin/sh -c` and never gets the `SIGTERM`. Rewrite the `CMD` in exec form.',
  },
  hints: [
    { 'pt-BR': 'A forma exec é uma lista JSON: cada palavra entre aspas duplas, separadas por vírgula.', en: 'The exec form is a JSON list: each word in double quotes, separated by commas.' },
    { 'pt-BR': '`--bind 0.0.0.0:8000` vira `"--bind", "0.0.0.0:8000"`.', en: '`--bind 0.0.0.0:8000` becomes `"--bind", "0.0.0.0:8000"`.' },
  ],
  explanation: {
    'pt-BR': 'Na forma exec não há shell no meio: o gunicorn é o PID 1, recebe o `SIGTERM` do `docker stop` e encerra com calma, em vez de ser morto pelo `SIGKILL` dez segundos depois.',
    en: 'In exec form there is no shell in between: gunicorn is PID 1, receives `docker stop`\'s `SIGTERM` and shuts down calmly instead of being killed by `SIGKILL` ten seconds later.',
  },
  start: `${AFTER_STEP_3}\nCMD gunicorn --bind 0.0.0.0:8000 --workers 2 --graceful-timeout 20 main:app\n`,
  files: APP_FILES,
  solutions: [AFTER_STEP_4],
  checks: [{ kind: 'exec-start', program: 'gunicorn' }, { kind: 'rule-absent', rule: 'json-args-recommended' }],
});
