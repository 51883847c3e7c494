import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_4, APP_FILES, GUNICORN, HEALTHCHECK } from './running-example.ts';

const WITH_USER = AFTER_STEP_4.replace(GUNICORN, `RUN useradd --system --uid 10001 --no-create-home app\nUSER 10001\n\n${GUNICORN}`);

export default defineExercise({
  id: 'step-6-healthcheck',
  page: 'steps/6-run',
  title: { 'pt-BR': 'A aplicação responde?', en: 'Does the app answer?' },
  goal: {
    'pt-BR': 'Acrescente um `HEALTHCHECK` que consulte `http://127.0.0.1:8000/healthz` a cada 30 segundos ou menos. A imagem não tem `curl`: use o Python.',
    en: 'Add a `HEALTHCHECK` that queries `http://127.0.0.1:8000/healthz` every 30 seconds or less. The image has no `curl`: use Python.',
  },
  hints: [
    { 'pt-BR': '`HEALTHCHECK --interval=30s --timeout=3s CMD [...]`, na forma exec.', en: '`HEALTHCHECK --interval=30s --timeout=3s CMD [...]`, in exec form.' },
    { 'pt-BR': 'O comando: `["python3", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/healthz\', timeout=2)"]`.', en: 'The command: `["python3", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/healthz\', timeout=2)"]`.' },
  ],
  explanation: {
    'pt-BR': 'O `urlopen` levanta exceção se a resposta não for 2xx ou se demorar, e o Python sai com código 1: o Docker marca o contêiner como `unhealthy`, e orquestradores podem reiniciá-lo.',
    en: '`urlopen` raises if the answer is not 2xx or takes too long, and Python exits with code 1: Docker marks the container `unhealthy`, and orchestrators can restart it.',
  },
  start: WITH_USER,
  files: APP_FILES,
  solutions: [WITH_USER.replace(GUNICORN, `${HEALTHCHECK}\n${GUNICORN}`)],
  checks: [{ kind: 'healthcheck', maxInterval: '30s' }, { kind: 'rule-absent', rule: 'no-healthcheck' }, { kind: 'rule-absent', rule: 'healthcheck-shell-form' }],
});
