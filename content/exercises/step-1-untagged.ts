import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-1-untagged',
  page: 'steps/1-dockerfile',
  title: { 'pt-BR': 'Sem tag também é latest', en: 'No tag means latest too' },
  goal: {
    'pt-BR': 'Aqui não aparece `latest`, mas o resultado é o mesmo. Deixe explícita a versão de cada imagem base deste arquivo de dois estágios.',
    en: 'There is no `latest` here, but the result is the same. Make the version of every base image in this two-stage file explicit.',
  },
  hints: [
    { 'pt-BR': 'Quando a tag falta, o Docker completa com `latest`.', en: 'When the tag is missing, Docker fills in `latest`.' },
    { 'pt-BR': 'Os dois `FROM` precisam de versão: `ubuntu:24.04` nos dois serve.', en: 'Both `FROM` lines need a version: `ubuntu:24.04` in both works.' },
  ],
  explanation: {
    'pt-BR': 'Um `FROM ubuntu` sem tag é um `FROM ubuntu:latest` disfarçado. Cada estágio tem a sua imagem base, e todas precisam de versão para o build se repetir.',
    en: 'A `FROM ubuntu` without a tag is a disguised `FROM ubuntu:latest`. Each stage has its own base image, and all of them need a version for the build to repeat.',
  },
  start: 'FROM ubuntu AS build\nRUN echo "compilando" > /build.txt\n\nFROM ubuntu\nCOPY --from=build /build.txt /build.txt\n',
  files: APP_FILES,
  solutions: ['FROM ubuntu:24.04 AS build\nRUN echo "compilando" > /build.txt\n\nFROM ubuntu:24.04\nCOPY --from=build /build.txt /build.txt\n'],
  checks: [{ kind: 'pinned-base' }, { kind: 'rule-absent', rule: 'base-image-untagged' }],
});
