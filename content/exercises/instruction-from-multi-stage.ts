import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "main:app"]';

export default defineExercise({
  id: 'instruction-from-multi-stage',
  page: 'instructions/from',
  title: { 'pt-BR': 'Dois estágios', en: 'Two stages' },
  goal: {
    'pt-BR': 'Separe o build da execução: um estágio `build` cria o venv e instala as dependências; o estágio final, limpo, só copia dele o venv e a aplicação.',
    en: 'Split building from running: a `build` stage creates the venv and installs the dependencies; the clean final stage only copies the venv and the app from it.',
  },
  hints: [
    { 'pt-BR': 'Dê nome ao primeiro estágio: `FROM python:3.13-slim AS build`.', en: 'Name the first stage: `FROM python:3.13-slim AS build`.' },
    { 'pt-BR': 'Abra o estágio final com outro `FROM python:3.13-slim`.', en: 'Open the final stage with another `FROM python:3.13-slim`.' },
    { 'pt-BR': 'No final: `COPY --from=build /opt/venv /opt/venv` e `COPY --from=build /app /app`; nada de `COPY . .` ali.', en: 'In the final one: `COPY --from=build /opt/venv /opt/venv` and `COPY --from=build /app /app`; no `COPY . .` there.' },
  ],
  explanation: {
    'pt-BR': 'Tudo o que só serve ao build (caches, ferramentas, arquivos temporários) fica no estágio `build`, que não vai para o registry. A imagem final recebe só o resultado, com `COPY --from`.',
    en: 'Everything that only serves the build (caches, tools, temporary files) stays in the `build` stage, which never reaches the registry. The final image gets only the result, with `COPY --from`.',
  },
  start: `# syntax=docker/dockerfile:1
FROM python:3.13-slim
ENV PATH="/opt/venv/bin:$PATH" PYTHONUNBUFFERED=1
RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
${CMD}
`,
  files: APP_FILES,
  solutions: [`# syntax=docker/dockerfile:1
FROM python:3.13-slim AS build
ENV PATH="/opt/venv/bin:$PATH"
RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM python:3.13-slim
ENV PATH="/opt/venv/bin:$PATH" PYTHONUNBUFFERED=1
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
USER 10001
${CMD}
`],
  checks: [{ kind: 'multi-stage' }, { kind: 'pinned-base' }, { kind: 'copies', file: 'main.py' }, { kind: 'exec-start', program: 'gunicorn' }],
});
