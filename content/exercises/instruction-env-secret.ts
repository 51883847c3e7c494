import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const file = (env: string) => `FROM python:3.13-slim
${env}WORKDIR /app
COPY . .
USER 10001
CMD ["python", "main.py"]
`;

export default defineExercise({
  id: 'instruction-env-secret',
  page: 'instructions/env',
  title: { 'pt-BR': 'Senha fora da imagem', en: 'Keep the password out of the image' },
  goal: {
    'pt-BR': 'A senha do banco está gravada na imagem com `ENV`. Tire-a do Dockerfile e mantenha só a configuração que não é segredo.',
    en: 'The database password is baked into the image with `ENV`. Take it out of the Dockerfile and keep only the configuration that is not secret.',
  },
  hints: [
    { 'pt-BR': 'Qualquer pessoa com a imagem lê um `ENV` com `docker inspect`.', en: 'Anyone with the image reads an `ENV` with `docker inspect`.' },
    { 'pt-BR': 'Apague `DATABASE_PASSWORD`; a senha chega no `docker run` (`--env-file`) ou por um secret do orquestrador.', en: 'Delete `DATABASE_PASSWORD`; the password arrives at `docker run` (`--env-file`) or through the orchestrator\'s secrets.' },
  ],
  explanation: {
    'pt-BR': 'Um `ENV` fica nos metadados da imagem e em todo contêiner criado dela, inclusive em cópias no registry. Segredos entram em tempo de execução, nunca no build.',
    en: 'An `ENV` stays in the image\'s metadata and in every container made from it, copies in the registry included. Secrets come in at run time, never at build time.',
  },
  start: file('ENV PYTHONUNBUFFERED=1 \\\n    DATABASE_PASSWORD=troque-me-depois\n'),
  files: APP_FILES,
  solutions: [file('ENV PYTHONUNBUFFERED=1\n')],
  checks: [{ kind: 'no-secrets' }],
});
