import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const file = (expose: string) => `FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\n${expose}\nCMD ["python", "main.py"]\n`;

export default defineExercise({
  id: 'instruction-expose-port',
  page: 'instructions/expose',
  title: { 'pt-BR': 'EXPOSE não publica', en: 'EXPOSE does not publish' },
  goal: {
    'pt-BR': 'Aqui o `EXPOSE` parece publicar a porta no host, mas o Docker descarta a parte `host:` em silêncio; publicar é papel do `docker run -p`. Documente só a porta em que a aplicação escuta, a 8000.',
    en: 'This `EXPOSE` looks like it publishes the port on the host, but Docker silently drops the `host:` part; publishing is the job of `docker run -p`. Document only the port the app listens on, 8000.',
  },
  hints: [
    { 'pt-BR': 'No Dockerfile, fica só a porta do contêiner.', en: 'In the Dockerfile, only the container port stays.' },
    { 'pt-BR': '`EXPOSE 8000` (ou `EXPOSE 8000/tcp`).', en: '`EXPOSE 8000` (or `EXPOSE 8000/tcp`).' },
  ],
  explanation: {
    'pt-BR': 'A porta do host é decisão de quem roda o contêiner, não da imagem. O `EXPOSE` documenta a porta interna; `docker run -p 8080:8000` faz a publicação.',
    en: 'The host port is the decision of whoever runs the container, not of the image. `EXPOSE` documents the inside port; `docker run -p 8080:8000` does the publishing.',
  },
  start: file('EXPOSE 8000:8000'),
  files: APP_FILES,
  solutions: [file('EXPOSE 8000'), file('EXPOSE 8000/tcp')],
  checks: [{ kind: 'rule-absent', rule: 'expose-invalid-format' }, { kind: 'expose', port: 8000 }],
});
