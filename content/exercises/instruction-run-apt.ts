import { defineExercise } from '../../src/practice/exercise.ts';

const SOLUTION = `FROM debian:12-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates curl \\
 && rm -rf /var/lib/apt/lists/*
USER 10001
`;

export default defineExercise({
  id: 'instruction-run-apt',
  page: 'instructions/run',
  title: { 'pt-BR': 'Um RUN de apt bem escrito', en: 'A well-written apt RUN' },
  goal: {
    'pt-BR': 'Instale `curl` e `ca-certificates` num único `RUN` que não pare pedindo confirmação, não traga recomendados e não deixe listas na imagem.',
    en: 'Install `curl` and `ca-certificates` in a single `RUN` that does not stop for confirmation, brings no recommended packages and leaves no lists in the image.',
  },
  hints: [
    { 'pt-BR': 'Sem `-y`, o `apt-get install` aborta no build: não há ninguém para responder.', en: 'Without `-y`, `apt-get install` aborts in the build: nobody is there to answer.' },
    { 'pt-BR': 'Um `RUN`: `apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*`.', en: 'One `RUN`: `apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*`.' },
  ],
  explanation: {
    'pt-BR': 'Cada parte tem motivo: `-y` porque o build não é interativo, o update junto para o cache não servir listas velhas, `--no-install-recommends` e a limpeza para a camada ficar pequena.',
    en: 'Each part has a reason: `-y` because the build is not interactive, update alongside so the cache never serves stale lists, `--no-install-recommends` and the clean-up to keep the layer small.',
  },
  start: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install curl ca-certificates\nUSER 10001\n',
  files: [],
  solutions: [SOLUTION],
  checks: [
    { kind: 'rule-absent', rule: 'apt-get-yes' },
    { kind: 'rule-absent', rule: 'apt-update-separate' },
    { kind: 'rule-absent', rule: 'apt-no-install-recommends' },
    { kind: 'rule-absent', rule: 'apt-lists-not-cleaned' },
    { kind: 'apt-installs', packages: ['curl', 'ca-certificates'] },
  ],
});
