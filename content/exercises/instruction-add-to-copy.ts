import { defineExercise } from '../../src/practice/exercise.ts';
import { APP_FILES } from './running-example.ts';

const body = (k: string) => `FROM python:3.13-slim
WORKDIR /app
${k} requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
${k} . .
USER 10001
CMD ["python", "main.py"]
`;

export default defineExercise({
  id: 'instruction-add-to-copy',
  page: 'instructions/add',
  title: { 'pt-BR': 'COPY para arquivos locais', en: 'COPY for local files' },
  goal: {
    'pt-BR': 'Este Dockerfile usa `ADD` para copiar arquivos do próprio projeto. Use a instrução que faz só isso, sem surpresas.',
    en: 'This Dockerfile uses `ADD` to copy the project\'s own files. Use the instruction that does only that, with no surprises.',
  },
  hints: [
    { 'pt-BR': 'O `ADD` também baixa URLs e descompacta arquivos `.tar`; aqui nada disso é desejado.', en: '`ADD` also downloads URLs and unpacks `.tar` files; none of that is wanted here.' },
    { 'pt-BR': 'Troque os dois `ADD` por `COPY`.', en: 'Replace both `ADD` lines with `COPY`.' },
  ],
  explanation: {
    'pt-BR': '`COPY` só copia. Com `ADD`, um `.tar.gz` do projeto seria extraído sem ninguém pedir; deixe o `ADD` para URLs com `--checksum` ou para extrair um arquivo de propósito.',
    en: '`COPY` only copies. With `ADD`, a project `.tar.gz` would be extracted without anyone asking; keep `ADD` for URLs with `--checksum` or for extracting an archive on purpose.',
  },
  start: body('ADD'),
  files: APP_FILES,
  solutions: [body('COPY')],
  checks: [{ kind: 'rule-absent', rule: 'prefer-copy' }, { kind: 'copies', file: 'main.py' }],
});
