import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'instruction-arg-token',
  page: 'instructions/arg',
  title: { 'pt-BR': 'Token de build sem ARG', en: 'A build token without ARG' },
  goal: {
    'pt-BR': 'O token do índice privado de pacotes entra por `ARG` e fica no histórico da imagem. Passe-o como secret de build, montado só durante o `RUN`.',
    en: 'The private package index token comes in through `ARG` and stays in the image history. Pass it as a build secret, mounted only during the `RUN`.',
  },
  hints: [
    { 'pt-BR': '`RUN --mount=type=secret,id=pip_token …` monta o segredo em `/run/secrets/pip_token`.', en: '`RUN --mount=type=secret,id=pip_token …` mounts the secret at `/run/secrets/pip_token`.' },
    { 'pt-BR': 'Leia o arquivo no próprio comando: `PIP_INDEX_URL="https://token:$(cat /run/secrets/pip_token)@pypi.exemplo.com/simple" pip install …`. Apague o `ARG`.', en: 'Read the file in the command itself: `PIP_INDEX_URL="https://token:$(cat /run/secrets/pip_token)@pypi.exemplo.com/simple" pip install …`. Delete the `ARG`.' },
  ],
  explanation: {
    'pt-BR': 'O valor de um `ARG` aparece no `docker history` e fica no cache. Um secret montado existe só durante aquele `RUN` e nunca vai para uma camada; no build, use `docker build --secret id=pip_token,src=token.txt .`.',
    en: 'An `ARG`\'s value shows in `docker history` and stays in the cache. A mounted secret exists only during that `RUN` and never reaches a layer; build with `docker build --secret id=pip_token,src=token.txt .`.',
  },
  start: `# syntax=docker/dockerfile:1
FROM python:3.13-slim
ARG PIP_TOKEN
WORKDIR /app
COPY requirements.txt .
RUN PIP_INDEX_URL="https://token:\${PIP_TOKEN}@pypi.exemplo.com/simple" pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "main.py"]
`,
  files: APP_FILES,
  solutions: [`# syntax=docker/dockerfile:1
FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://token:$(cat /run/secrets/pip_token)@pypi.exemplo.com/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "main.py"]
`],
  checks: [{ kind: 'no-secrets' }, { kind: 'directive', name: 'syntax' }, { kind: 'deps-first' }],
});
