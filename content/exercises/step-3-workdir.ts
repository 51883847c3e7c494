import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_3, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-3-workdir',
  page: 'steps/3-application',
  title: { 'pt-BR': 'Um lugar para a aplicação', en: 'A home for the application' },
  goal: {
    'pt-BR': 'Sem `WORKDIR`, o `COPY … .` joga os arquivos na raiz `/`. Dê à aplicação o diretório `/app`.',
    en: 'Without `WORKDIR`, `COPY … .` drops the files into the root `/`. Give the application the `/app` directory.',
  },
  hints: [
    { 'pt-BR': 'O `WORKDIR` vale para as instruções seguintes: ponha-o antes dos `COPY`.', en: '`WORKDIR` applies to the instructions after it: put it before the `COPY` lines.' },
    { 'pt-BR': 'Uma linha resolve: `WORKDIR /app`.', en: 'One line does it: `WORKDIR /app`.' },
  ],
  explanation: {
    'pt-BR': '`WORKDIR /app` cria o diretório se preciso e vale para `RUN`, `COPY`, `CMD` e para o contêiner em execução. O `.` dos `COPY` passa a ser `/app`.',
    en: '`WORKDIR /app` creates the directory if needed and applies to `RUN`, `COPY`, `CMD` and the running container. The `.` of the `COPY` lines becomes `/app`.',
  },
  start: AFTER_STEP_3.replace('WORKDIR /app\n', ''),
  files: APP_FILES,
  solutions: [AFTER_STEP_3],
  checks: [{ kind: 'workdir', path: '/app' }, { kind: 'rule-absent', rule: 'copy-relative-dest-no-workdir' }],
});
