import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_1, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-1-syntax-directive',
  page: 'steps/1-dockerfile',
  title: { 'pt-BR': 'A diretiva syntax', en: 'The syntax directive' },
  goal: {
    'pt-BR': 'Acrescente a diretiva que faz o BuildKit usar a versão estável mais recente da sintaxe do Dockerfile.',
    en: 'Add the directive that makes BuildKit use the latest stable version of the Dockerfile syntax.',
  },
  hints: [
    { 'pt-BR': 'Parece um comentário, mas precisa ser a primeira linha do arquivo.', en: 'It looks like a comment, but it has to be the first line of the file.' },
    { 'pt-BR': 'A linha é `# syntax=docker/dockerfile:1`.', en: 'The line is `# syntax=docker/dockerfile:1`.' },
  ],
  explanation: {
    'pt-BR': 'Com `# syntax=docker/dockerfile:1`, o build baixa o frontend 1.x mais recente, com heredocs, cache mounts e secrets, independente da versão do Docker instalada na máquina.',
    en: 'With `# syntax=docker/dockerfile:1`, the build fetches the latest 1.x frontend, with heredocs, cache mounts and secrets, whatever Docker version the machine has.',
  },
  start: 'FROM ubuntu:24.04\n',
  files: APP_FILES,
  solutions: [AFTER_STEP_1],
  checks: [{ kind: 'directive', name: 'syntax', value: 'docker/dockerfile:1' }, { kind: 'pinned-base' }],
});
