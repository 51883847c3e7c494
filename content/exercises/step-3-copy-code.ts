import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_3, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-3-copy-code',
  page: 'steps/3-application',
  title: { 'pt-BR': 'Copie a aplicação', en: 'Copy the application' },
  goal: {
    'pt-BR': 'As dependências estão instaladas, mas o código nunca entra na imagem. Traga o `main.py` (e o resto do projeto) depois do `pip install`.',
    en: 'The dependencies are installed, but the code never enters the image. Bring `main.py` (and the rest of the project) in after `pip install`.',
  },
  hints: [
    { 'pt-BR': 'O `.dockerignore` já filtra o que não deve entrar; dá para copiar o contexto inteiro.', en: 'The `.dockerignore` already filters what must stay out; you can copy the whole context.' },
    { 'pt-BR': 'Depois do `RUN pip install …`: `COPY . .`.', en: 'After `RUN pip install …`: `COPY . .`.' },
  ],
  explanation: {
    'pt-BR': 'Copiar o código depois de instalar as dependências mantém o `pip install` no cache quando só o código muda. O `.dockerignore` garante que `.git`, `.venv` e `.env` fiquem de fora.',
    en: 'Copying the code after installing the dependencies keeps `pip install` cached when only the code changes. The `.dockerignore` keeps `.git`, `.venv` and `.env` out.',
  },
  start: AFTER_STEP_3.replace('COPY . .\n', ''),
  files: APP_FILES,
  solutions: [AFTER_STEP_3, AFTER_STEP_3.replace('COPY . .\n', 'COPY main.py .\n')],
  checks: [{ kind: 'copies', file: 'main.py' }, { kind: 'deps-first' }],
});
