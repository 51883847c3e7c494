import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_2, AFTER_STEP_3, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-3-venv',
  page: 'steps/3-application',
  title: { 'pt-BR': 'pip dentro de um venv', en: 'pip inside a venv' },
  goal: {
    'pt-BR': 'Este `pip install` falha no Ubuntu 24.04 (externally-managed-environment). Crie um ambiente virtual em `/opt/venv`, ponha-o no `PATH` e instale sem guardar o cache do pip.',
    en: 'This `pip install` fails on Ubuntu 24.04 (externally-managed-environment). Create a virtual environment in `/opt/venv`, put it on the `PATH` and install without keeping pip\'s cache.',
  },
  hints: [
    { 'pt-BR': '`RUN python3 -m venv /opt/venv` cria o ambiente.', en: '`RUN python3 -m venv /opt/venv` creates the environment.' },
    { 'pt-BR': 'Com `ENV PATH="/opt/venv/bin:$PATH"`, o `pip` dos `RUN` seguintes já é o do venv.', en: 'With `ENV PATH="/opt/venv/bin:$PATH"`, the `pip` of later `RUN` lines is the venv\'s.' },
    { 'pt-BR': 'Acrescente `--no-cache-dir` ao `pip install`.', en: 'Add `--no-cache-dir` to `pip install`.' },
  ],
  explanation: {
    'pt-BR': 'O venv tem o próprio pip e não mexe no Python do sistema, então o PEP 668 não se aplica. Colocar `/opt/venv/bin` no começo do `PATH` vale para o build e para o contêiner; `--no-cache-dir` deixa o cache do pip fora da camada.',
    en: 'The venv has its own pip and does not touch the system Python, so PEP 668 does not apply. Putting `/opt/venv/bin` first on `PATH` holds for the build and the container; `--no-cache-dir` keeps pip\'s cache out of the layer.',
  },
  start: `${AFTER_STEP_2}\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n`,
  files: APP_FILES,
  solutions: [AFTER_STEP_3],
  checks: [{ kind: 'rule-absent', rule: 'pip-externally-managed' }, { kind: 'rule-absent', rule: 'pip-no-cache-dir' }],
});
