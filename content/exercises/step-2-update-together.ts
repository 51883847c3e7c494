import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_1, AFTER_STEP_2, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-2-update-together',
  page: 'steps/2-dependencies',
  title: { 'pt-BR': 'update e install juntos', en: 'update and install together' },
  goal: {
    'pt-BR': 'O `apt-get update` está num `RUN` separado e pode vir do cache com listas velhas. Junte-o ao `install` num único `RUN`.',
    en: '`apt-get update` is in a separate `RUN` and can come from the cache with stale lists. Join it to the `install` in a single `RUN`.',
  },
  hints: [
    { 'pt-BR': 'Encadeie os comandos com `&&`: se um falhar, o `RUN` inteiro falha.', en: 'Chain the commands with `&&`: if one fails, the whole `RUN` fails.' },
    { 'pt-BR': 'Aproveite o mesmo `RUN` para apagar `/var/lib/apt/lists/*` no fim.', en: 'Use the same `RUN` to delete `/var/lib/apt/lists/*` at the end.' },
  ],
  explanation: {
    'pt-BR': 'O cache de um `RUN` depende só do texto do comando. Com update e install no mesmo `RUN`, mudar a lista de pacotes refaz os dois, e o install nunca usa listas de semanas atrás.',
    en: 'A `RUN`\'s cache depends only on the command\'s text. With update and install in the same `RUN`, changing the package list redoes both, and install never uses weeks-old lists.',
  },
  start: `${AFTER_STEP_1}\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends python3 python3-venv\n`,
  files: APP_FILES,
  solutions: [AFTER_STEP_2],
  checks: [
    { kind: 'rule-absent', rule: 'apt-update-separate' },
    { kind: 'rule-absent', rule: 'apt-lists-not-cleaned' },
    { kind: 'apt-installs', packages: ['python3', 'python3-venv'] },
  ],
});
