import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const HEAD = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\n';
const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]\n';

export default defineExercise({
  id: 'instruction-healthcheck-probe',
  page: 'instructions/healthcheck',
  title: { 'pt-BR': 'Uma verificação que funciona', en: 'A probe that works' },
  goal: {
    'pt-BR': 'Este `HEALTHCHECK` chama o `curl`, que a `python:3.13-slim` não tem, e só verifica a cada 5 minutos. Use o Python na forma exec, a cada 30 segundos ou menos.',
    en: 'This `HEALTHCHECK` calls `curl`, which `python:3.13-slim` lacks, and only probes every 5 minutes. Use Python in exec form, every 30 seconds or less.',
  },
  hints: [
    { 'pt-BR': '`--interval=30s --timeout=3s` controlam o ritmo.', en: '`--interval=30s --timeout=3s` set the pace.' },
    { 'pt-BR': '`CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/healthz\', timeout=2)"]`.', en: '`CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/healthz\', timeout=2)"]`.' },
  ],
  explanation: {
    'pt-BR': 'Com um comando que não existe, o contêiner fica `unhealthy` para sempre, ou pior, ninguém percebe porque a verificação demora minutos. A forma exec não depende de shell e usa o que a imagem já tem.',
    en: 'With a missing command, the container is `unhealthy` forever, or worse, nobody notices because the probe takes minutes. The exec form needs no shell and uses what the image already has.',
  },
  start: `${HEAD}HEALTHCHECK --interval=5m CMD curl -f http://localhost:8000/healthz || exit 1\n${CMD}`,
  files: APP_FILES,
  solutions: [`${HEAD}HEALTHCHECK --interval=30s --timeout=3s \\\n  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]\n${CMD}`],
  checks: [{ kind: 'healthcheck', maxInterval: '30s' }, { kind: 'rule-absent', rule: 'healthcheck-shell-form' }],
});
