import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-1-pin-version',
  page: 'steps/1-dockerfile',
  title: { 'pt-BR': 'Fixe a versão da imagem base', en: 'Pin the base image version' },
  goal: {
    'pt-BR': 'O Dockerfile parte de `ubuntu:latest`, que muda de versão sem aviso. Troque por uma versão fixa do Ubuntu LTS.',
    en: 'The Dockerfile starts from `ubuntu:latest`, which changes version without notice. Replace it with a pinned Ubuntu LTS version.',
  },
  hints: [
    { 'pt-BR': 'A tag vem depois dos dois-pontos: `imagem:tag`.', en: 'The tag comes after the colon: `image:tag`.' },
    { 'pt-BR': 'A LTS atual do Ubuntu é a 24.04: `FROM ubuntu:24.04`.', en: 'The current Ubuntu LTS is 24.04: `FROM ubuntu:24.04`.' },
  ],
  explanation: {
    'pt-BR': 'Com a versão na tag, o mesmo Dockerfile constrói sobre o mesmo sistema hoje e daqui a um ano. Trocar de versão vira uma mudança visível, revisada e fácil de desfazer.',
    en: 'With the version in the tag, the same Dockerfile builds on the same system today and a year from now. Changing version becomes a visible change, reviewed and easy to undo.',
  },
  start: 'FROM ubuntu:latest\n',
  files: APP_FILES,
  solutions: ['FROM ubuntu:24.04\n', '# syntax=docker/dockerfile:1\nFROM ubuntu:24.04\n'],
  checks: [{ kind: 'pinned-base' }, { kind: 'rule-absent', rule: 'base-image-latest' }],
});
