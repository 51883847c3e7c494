import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_6, APP_FILES, ORIGINAL_GUIDE } from './running-example.ts';

export default defineExercise({
  id: 'checklist-capstone',
  page: 'checklist',
  title: { 'pt-BR': 'Do guia original à produção', en: 'From the original guide to production' },
  goal: {
    'pt-BR': 'Este é o Dockerfile do guia original. Leve-o à produção: cada item do checklist abaixo precisa passar.',
    en: 'This is the original guide\'s Dockerfile. Take it to production: every checklist item below has to pass.',
  },
  hints: [
    { 'pt-BR': 'Vá na ordem dos passos: base fixada, pacotes do apt, venv e WORKDIR, código, comando de início.', en: 'Go in the order of the steps: pinned base, apt packages, venv and WORKDIR, code, start command.' },
    { 'pt-BR': 'Depois o passo 6: usuário sem privilégios, `EXPOSE 8000`, `HEALTHCHECK` e labels OCI.', en: 'Then step 6: an unprivileged user, `EXPOSE 8000`, `HEALTHCHECK` and OCI labels.' },
    { 'pt-BR': 'Cada verificação leva à página que explica o que falta; o resultado é o Dockerfile do fim do passo 6.', en: 'Each check links to the page that explains what is missing; the result is the Dockerfile at the end of step 6.' },
  ],
  explanation: {
    'pt-BR': 'Cinco linhas viraram um Dockerfile que constrói sempre igual, instala só o necessário, aproveita o cache, inicia um servidor de produção que recebe sinais, roda sem root e diz se está saudável.',
    en: 'Five lines became a Dockerfile that always builds the same, installs only what is needed, uses the cache, starts a production server that receives signals, runs without root and says whether it is healthy.',
  },
  start: ORIGINAL_GUIDE,
  files: APP_FILES,
  solutions: [AFTER_STEP_6],
  checks: [
    { kind: 'directive', name: 'syntax' },
    { kind: 'pinned-base' },
    { kind: 'rule-absent', rule: 'apt-no-install-recommends' },
    { kind: 'rule-absent', rule: 'apt-lists-not-cleaned' },
    { kind: 'apt-installs', packages: ['python3', 'python3-venv'] },
    { kind: 'rule-absent', rule: 'pip-externally-managed' },
    { kind: 'rule-absent', rule: 'pip-no-cache-dir' },
    { kind: 'workdir', path: '/app' },
    { kind: 'deps-first' },
    { kind: 'copies', file: 'main.py' },
    { kind: 'rule-absent', rule: 'python-not-found' },
    { kind: 'exec-start', program: 'gunicorn' },
    { kind: 'non-root' },
    { kind: 'expose', port: 8000 },
    { kind: 'healthcheck', maxInterval: '30s' },
    { kind: 'oci-labels', keys: ['title', 'source', 'licenses'] },
    { kind: 'no-secrets' },
  ],
});
