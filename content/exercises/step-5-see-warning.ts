import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_4, APP_FILES, GUNICORN } from './running-example.ts';

export default defineExercise({
  id: 'step-5-see-warning',
  page: 'steps/5-build',
  title: { 'pt-BR': 'Provoque o aviso', en: 'Trigger the warning' },
  goal: {
    'pt-BR': 'O `docker build --check` avisa `JSONArgsRecommended` para um `CMD` na forma shell. Reescreva o `CMD` para ver esse aviso aparecer aqui também (a regra `json-args-recommended`).',
    en: '`docker build --check` warns `JSONArgsRecommended` for a shell-form `CMD`. Rewrite the `CMD` to see that warning show up here too (rule `json-args-recommended`).',
  },
  hints: [
    { 'pt-BR': 'Tire os colchetes, as aspas e as vírgulas da lista JSON.', en: 'Drop the brackets, quotes and commas of the JSON list.' },
    { 'pt-BR': '`CMD gunicorn --bind 0.0.0.0:8000 main:app`.', en: '`CMD gunicorn --bind 0.0.0.0:8000 main:app`.' },
  ],
  explanation: {
    'pt-BR': 'É o mesmo aviso que o build daria: o shell no meio não repassa sinais. Agora que você viu de onde ele vem, volte para a forma exec no seu projeto.',
    en: 'It is the same warning the build would give: the shell in between does not forward signals. Now that you have seen where it comes from, go back to the exec form in your project.',
  },
  start: AFTER_STEP_4,
  files: APP_FILES,
  solutions: [AFTER_STEP_4.replace(GUNICORN, 'CMD gunicorn --bind 0.0.0.0:8000 --workers 2 --graceful-timeout 20 main:app')],
  checks: [{ kind: 'rule-raised', rule: 'json-args-recommended' }],
});
