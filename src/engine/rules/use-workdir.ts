import { defineRule, t } from '../define.ts';
import { commandsNamed, wordRange } from '../run-helpers.ts';

export default defineRule({
  id: 'use-workdir',
  severity: 'warning',
  instructions: ['RUN', 'WORKDIR'],
  refs: { hadolint: ['DL3003'] },
  docs: {
    title: t('`cd` no RUN em vez de `WORKDIR`', '`cd` in RUN instead of `WORKDIR`'),
    description: t(
      'Um `RUN` usa `cd` como comando. Como no hadolint, `RUN cd src && make` também é apontado: `WORKDIR /app/src` seguido de `RUN make` diz o mesmo com mais clareza.',
      'A `RUN` uses `cd` as a command. As in hadolint, `RUN cd src && make` is flagged too: `WORKDIR /app/src` followed by `RUN make` says the same thing more clearly.'),
    rationale: t(
      'O `cd` só vale dentro daquele `RUN`: o próximo `RUN`, o `COPY` e o `CMD` voltam ao diretório anterior, e é fácil escrever um passo seguinte achando que ainda está lá. `WORKDIR` muda o diretório de todas as instruções seguintes e também do contêiner em execução, e aparece no histórico da imagem.',
      'A `cd` only lasts for that `RUN`: the next `RUN`, `COPY` and `CMD` are back in the previous directory, and it is easy to write a later step assuming you are still there. `WORKDIR` changes the directory for every following instruction and for the running container, and it shows in the image history.'),
    howToFix: t(
      'Troque `RUN cd /app && make` por `WORKDIR /app` e `RUN make`. Para um desvio curto, use o diretório na própria ferramenta (`make -C src`, `git -C repo`, `tar -C dir`).',
      'Replace `RUN cd /app && make` with `WORKDIR /app` and `RUN make`. For a short detour, give the directory to the tool itself (`make -C src`, `git -C repo`, `tar -C dir`).'),
  },
  messages: {
    'pt-BR': { default: '`cd` num `RUN` só vale até o fim dele: use `WORKDIR` para mudar de diretório.' },
    en: { default: '`cd` in a `RUN` only lasts until it ends: use `WORKDIR` to change directory.' },
  },
  examples: {
    bad: ['FROM python:3.13-slim\nCOPY . /app\nRUN cd /app && pip install --no-cache-dir -r requirements.txt\nUSER 10001\n'],
    good: ['FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['cd'])) {
      report({ ...wordRange(command.name), instruction: run });
    }
  },
});
