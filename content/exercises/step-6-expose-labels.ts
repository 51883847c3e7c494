import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_6, APP_FILES } from './running-example.ts';

const START = AFTER_STEP_6.replace(/LABEL [\s\S]*?"MIT"\n\n/, '').replace('EXPOSE 8000\n', '');

export default defineExercise({
  id: 'step-6-expose-labels',
  page: 'steps/6-run',
  title: { 'pt-BR': 'Porta e procedência', en: 'Port and provenance' },
  goal: {
    'pt-BR': 'Documente a porta 8000 e diga de onde a imagem vem com os labels OCI de título, código-fonte e licença.',
    en: 'Document port 8000 and say where the image comes from with the OCI labels for title, source and licence.',
  },
  hints: [
    { 'pt-BR': '`EXPOSE 8000` documenta a porta; quem publica é o `docker run -p`.', en: '`EXPOSE 8000` documents the port; `docker run -p` is what publishes it.' },
    { 'pt-BR': 'As chaves são `org.opencontainers.image.title`, `.source` e `.licenses`, num único `LABEL`.', en: 'The keys are `org.opencontainers.image.title`, `.source` and `.licenses`, in a single `LABEL`.' },
  ],
  explanation: {
    'pt-BR': 'O `EXPOSE` não abre nada, mas diz a quem lê a imagem (e ao `docker run -P`) onde a aplicação escuta. Os labels OCI ligam a imagem ao repositório e à licença, e registries como o GHCR os mostram.',
    en: '`EXPOSE` opens nothing, but it tells whoever reads the image (and `docker run -P`) where the app listens. OCI labels tie the image to its repository and licence, and registries such as GHCR show them.',
  },
  start: START,
  files: APP_FILES,
  solutions: [AFTER_STEP_6],
  checks: [{ kind: 'expose', port: 8000 }, { kind: 'oci-labels', keys: ['title', 'source', 'licenses'] }],
});
