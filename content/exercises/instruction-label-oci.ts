import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const TAIL = 'WORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n';

export default defineExercise({
  id: 'instruction-label-oci',
  page: 'instructions/label',
  title: { 'pt-BR': 'De MAINTAINER a labels OCI', en: 'From MAINTAINER to OCI labels' },
  goal: {
    'pt-BR': 'O `MAINTAINER` está obsoleto. Troque por labels OCI: autores, título e repositório de origem.',
    en: '`MAINTAINER` is deprecated. Replace it with OCI labels: authors, title and source repository.',
  },
  hints: [
    { 'pt-BR': 'O substituto direto é `org.opencontainers.image.authors`.', en: 'The direct replacement is `org.opencontainers.image.authors`.' },
    { 'pt-BR': 'Um `LABEL` com várias chaves: `org.opencontainers.image.authors="…" org.opencontainers.image.title="…" org.opencontainers.image.source="…"`.', en: 'One `LABEL` with several keys: `org.opencontainers.image.authors="…" org.opencontainers.image.title="…" org.opencontainers.image.source="…"`.' },
  ],
  explanation: {
    'pt-BR': 'Os labels `org.opencontainers.image.*` são o padrão que registries, scanners e o `docker inspect` entendem. O `MAINTAINER` só preenche o campo Author da imagem, que quase nenhuma ferramenta lê, e está obsoleto: a própria documentação do Docker manda usar um label no lugar.',
    en: 'The `org.opencontainers.image.*` labels are the standard that registries, scanners and `docker inspect` understand. `MAINTAINER` only fills the image\'s Author field, which hardly any tool reads, and it is deprecated: Docker\'s own documentation says to use a label instead.',
  },
  start: `FROM python:3.13-slim\nMAINTAINER Ana Souza <ana@exemplo.com>\n${TAIL}`,
  files: APP_FILES,
  solutions: [`FROM python:3.13-slim
LABEL org.opencontainers.image.authors="Ana Souza <ana@exemplo.com>" \\
      org.opencontainers.image.title="meu-app" \\
      org.opencontainers.image.source="https://github.com/exemplo/meu-app"
${TAIL}`],
  checks: [{ kind: 'rule-absent', rule: 'maintainer-deprecated' }, { kind: 'oci-labels', keys: ['authors', 'title', 'source'] }],
});
