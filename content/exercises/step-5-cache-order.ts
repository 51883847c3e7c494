import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_4, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-5-cache-order',
  page: 'steps/5-build',
  title: { 'pt-BR': 'Ordem a favor do cache', en: 'An order the cache likes' },
  goal: {
    'pt-BR': 'Qualquer mudança no `main.py` refaz o `pip install` inteiro. Reordene para que só uma mudança no `requirements.txt` refaça a instalação.',
    en: 'Any change to `main.py` redoes the whole `pip install`. Reorder so that only a change to `requirements.txt` redoes the installation.',
  },
  hints: [
    { 'pt-BR': 'O cache para de valer no primeiro passo que mudou e em todos os seguintes.', en: 'The cache stops at the first step that changed and every step after it.' },
    { 'pt-BR': 'Copie só o `requirements.txt`, rode o `pip install` e só então `COPY . .`.', en: 'Copy only `requirements.txt`, run `pip install`, and only then `COPY . .`.' },
  ],
  explanation: {
    'pt-BR': 'O que muda pouco fica em cima, o que muda sempre fica embaixo. Editar o código refaz só a última cópia; o `pip install` vem do cache.',
    en: 'What rarely changes goes on top, what always changes goes at the bottom. Editing the code redoes only the last copy; `pip install` comes from the cache.',
  },
  start: AFTER_STEP_4.replace('COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n', 'COPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n'),
  files: APP_FILES,
  solutions: [AFTER_STEP_4],
  checks: [{ kind: 'deps-first' }, { kind: 'no-rerun', changed: 'main.py' }, { kind: 'copies', file: 'main.py' }],
});
