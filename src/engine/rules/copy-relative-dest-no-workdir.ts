import { Copy } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';
import { foldStages, isAbsoluteLike, operands } from '../instructions-helpers.ts';

export default defineRule({
  id: 'copy-relative-dest-no-workdir',
  severity: 'warning',
  instructions: ['COPY'],
  refs: { hadolint: ['DL3045'] },
  docs: {
    title: t('COPY para destino relativo sem WORKDIR', 'COPY to a relative destination without WORKDIR'),
    description: t(
      '`COPY` com destino relativo (`COPY . .`, `COPY app.py src/`) quando nenhum `WORKDIR` foi definido antes, neste estágio ou nos estágios em que ele se baseia. Destinos absolutos, com variável (`$APP_HOME`) ou Windows (`C:\\app`) são aceitos.',
      'A `COPY` with a relative destination (`COPY . .`, `COPY app.py src/`) when no `WORKDIR` was set before, in this stage or the stages it builds on. Absolute, variable (`$APP_HOME`) and Windows (`C:\\app`) destinations are accepted.'),
    rationale: t(
      'Sem `WORKDIR`, o destino relativo é resolvido a partir do diretório de trabalho da imagem base: `/` na maioria delas, mas `/go` na `golang` e `/var/www/html` na `php`. Os arquivos vão parar na raiz do sistema de arquivos, misturados com `/etc` e `/bin`, ou mudam de lugar quando a base muda. Um linter estático não vê o `WORKDIR` da imagem base: se ela define um de propósito, ignore esta regra nesse `COPY`.',
      'Without `WORKDIR`, a relative destination resolves against the base image\'s working directory: `/` for most images, but `/go` for `golang` and `/var/www/html` for `php`. Files land at the filesystem root, mixed with `/etc` and `/bin`, or move when the base changes. A static linter cannot see the base image\'s `WORKDIR`: if it sets one on purpose, suppress this rule for that `COPY`.'),
    howToFix: t(
      'Declare `WORKDIR /app` (ou o diretório que a aplicação usa) antes do `COPY`, ou escreva o destino absoluto.',
      'Declare `WORKDIR /app` (or the directory your app uses) before the `COPY`, or write an absolute destination.'),
  },
  messages: {
    'pt-BR': { default: 'Destino relativo `{dest}` sem `WORKDIR` antes: os arquivos vão para o diretório de trabalho da imagem base (em geral `/`).' },
    en: { default: 'Relative destination `{dest}` with no `WORKDIR` before it: files go to the base image\'s working directory (usually `/`).' },
  },
  examples: {
    bad: ['FROM python:3.13-slim\nCOPY . .\nUSER 10001\nCMD ["python", "/main.py"]\n'],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM python:3.13-slim\nCOPY . /app/\nUSER 10001\nCMD ["python", "/app/main.py"]\n',
      'FROM python:3.13-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
  },
  check({ model, report }) {
    foldStages<{ workdir: boolean }>(model, () => ({ workdir: false }), (s) => ({ ...s }), (state, ins) => {
      if (ins.getKeyword() === 'WORKDIR') {
        if (ins.getArguments().length > 0) state.workdir = true;
        return;
      }
      if (state.workdir || !(ins instanceof Copy)) return;
      const ops = operands(model, ins);
      if (ops.length < 2) return;
      const dest = ops[ops.length - 1]!;
      if (!dest.value || isAbsoluteLike(dest.value, model.escape)) return;
      report({ start: dest.start, end: dest.end, instruction: ins, data: { dest: dest.value } });
    });
  },
});
