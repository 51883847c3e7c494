import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_1, AFTER_STEP_2, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-2-right-packages',
  page: 'steps/2-dependencies',
  title: { 'pt-BR': 'Os pacotes certos', en: 'The right packages' },
  goal: {
    'pt-BR': 'O guia original instala `python3-pip`, que não serve no Ubuntu 24.04 (PEP 668). Instale o interpretador e o módulo de ambientes virtuais, do jeito enxuto.',
    en: 'The original guide installs `python3-pip`, which is no use on Ubuntu 24.04 (PEP 668). Install the interpreter and the virtual environment module, the lean way.',
  },
  hints: [
    { 'pt-BR': 'Os pacotes são `python3` e `python3-venv`; o pip vem dentro do venv.', en: 'The packages are `python3` and `python3-venv`; pip comes inside the venv.' },
    { 'pt-BR': 'Não esqueça `--no-install-recommends` e a limpeza de `/var/lib/apt/lists/*`.', en: 'Remember `--no-install-recommends` and cleaning `/var/lib/apt/lists/*`.' },
  ],
  explanation: {
    'pt-BR': 'O pip do sistema é bloqueado pelo PEP 668; um ambiente virtual tem o seu próprio pip e instala sem brigar com o apt. Por isso a imagem precisa de `python3-venv`, não de `python3-pip`.',
    en: 'The system pip is blocked by PEP 668; a virtual environment has its own pip and installs without fighting apt. That is why the image needs `python3-venv`, not `python3-pip`.',
  },
  start: `${AFTER_STEP_1}\nRUN apt-get update && apt-get install -y python3-pip\n`,
  files: APP_FILES,
  solutions: [AFTER_STEP_2],
  checks: [
    { kind: 'apt-installs', packages: ['python3', 'python3-venv'] },
    { kind: 'rule-absent', rule: 'apt-no-install-recommends' },
    { kind: 'rule-absent', rule: 'apt-lists-not-cleaned' },
  ],
});
