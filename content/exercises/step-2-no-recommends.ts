import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_1, AFTER_STEP_2, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-2-no-recommends',
  page: 'steps/2-dependencies',
  title: { 'pt-BR': 'Só o necessário do apt', en: 'Only what apt needs to install' },
  goal: {
    'pt-BR': 'Instale `python3` e `python3-venv` sem os pacotes recomendados e sem deixar as listas do apt na imagem.',
    en: 'Install `python3` and `python3-venv` without the recommended packages and without leaving apt\'s lists in the image.',
  },
  hints: [
    { 'pt-BR': 'Há uma opção do `apt-get install` que pula os recomendados.', en: 'There is an `apt-get install` option that skips recommended packages.' },
    { 'pt-BR': 'As listas ficam em `/var/lib/apt/lists/`; apague-as no mesmo `RUN`, com `&& rm -rf /var/lib/apt/lists/*`.', en: 'The lists live in `/var/lib/apt/lists/`; delete them in the same `RUN`, with `&& rm -rf /var/lib/apt/lists/*`.' },
  ],
  explanation: {
    'pt-BR': '`--no-install-recommends` deixa de fora compiladores e cabeçalhos que ninguém usa em produção. Apagar as listas no mesmo `RUN` impede que elas cheguem à camada.',
    en: '`--no-install-recommends` leaves out compilers and headers nobody uses in production. Deleting the lists in the same `RUN` keeps them out of the layer.',
  },
  start: `${AFTER_STEP_1}\nRUN apt-get update && apt-get install -y python3 python3-venv\n`,
  files: APP_FILES,
  solutions: [AFTER_STEP_2],
  checks: [
    { kind: 'rule-absent', rule: 'apt-no-install-recommends' },
    { kind: 'rule-absent', rule: 'apt-lists-not-cleaned' },
    { kind: 'apt-installs', packages: ['python3', 'python3-venv'] },
  ],
});
