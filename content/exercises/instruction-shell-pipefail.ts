import { defineExercise } from '../../src/practice/exercise.ts';

const INSTALL = `RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates curl \\
 && rm -rf /var/lib/apt/lists/*
`;
const TAIL = 'RUN curl -fsSL https://exemplo.com/ferramenta.tar.gz | tar -xz -C /opt\nUSER 10001\n';

export default defineExercise({
  id: 'instruction-shell-pipefail',
  page: 'instructions/shell',
  title: { 'pt-BR': 'Pipes que falham de verdade', en: 'Pipes that really fail' },
  goal: {
    'pt-BR': 'Se o `curl` falhar, o `tar` ainda sai com 0 e o build segue sem a ferramenta. Faça o shell dos `RUN` falhar quando qualquer parte de um pipe falha.',
    en: 'If `curl` fails, `tar` still exits 0 and the build carries on without the tool. Make the shell of the `RUN` lines fail when any part of a pipe fails.',
  },
  hints: [
    { 'pt-BR': 'No Debian 12, o `/bin/sh` é um `dash` que ainda não aceita `pipefail`; o bash aceita.', en: 'On Debian 12, `/bin/sh` is a `dash` that does not accept `pipefail` yet; bash does.' },
    { 'pt-BR': 'Antes do `RUN` com pipe: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.', en: 'Before the `RUN` with the pipe: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.' },
  ],
  explanation: {
    'pt-BR': 'O status de um pipe é o do último comando. Com `pipefail`, qualquer falha no meio derruba o `RUN`, e o build para onde o problema aconteceu, não três passos depois.',
    en: 'A pipe\'s status is its last command\'s. With `pipefail`, any failure along the way fails the `RUN`, and the build stops where the problem happened, not three steps later.',
  },
  start: `FROM debian:12-slim\n${INSTALL}${TAIL}`,
  files: [],
  solutions: [`FROM debian:12-slim\n${INSTALL}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${TAIL}`],
  checks: [{ kind: 'rule-absent', rule: 'pipefail' }],
});
