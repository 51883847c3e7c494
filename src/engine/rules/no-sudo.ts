import { defineRule, t } from '../define.ts';
import { shellRuns, wordRange } from '../run-helpers.ts';
import { commandName } from '../shell.ts';

export default defineRule({
  id: 'no-sudo',
  severity: 'error',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3004'] },
  docs: {
    title: t('`sudo` no RUN', '`sudo` in RUN'),
    description: t(
      'Um `RUN` chama `sudo`. Instalar o pacote `sudo` não é apontado, só usá-lo como comando.',
      'A `RUN` calls `sudo`. Installing the `sudo` package is not flagged, only running it as a command.'),
    rationale: t(
      'O build já roda como root até o primeiro `USER`, então `sudo` não acrescenta nada, e a maioria das imagens base nem o tem (`sudo: not found`). Depois de um `USER` sem privilégios, `sudo` pede senha ou TTY e o build trava ou falha. E deixar `sudo` configurado na imagem final dá a quem invadir a aplicação um caminho direto para root.',
      'The build already runs as root until the first `USER`, so `sudo` adds nothing, and most base images do not even have it (`sudo: not found`). After an unprivileged `USER`, `sudo` asks for a password or a TTY and the build hangs or fails. And leaving `sudo` set up in the final image gives whoever breaks into the app a direct path to root.'),
    howToFix: t(
      'Tire o `sudo` e rode o comando antes do `USER`. Se precisar alternar, use `USER root`, o comando e depois `USER` de volta ao usuário sem privilégios.',
      'Drop `sudo` and run the command before `USER`. If you must switch, use `USER root`, the command, then `USER` back to the unprivileged user.'),
  },
  messages: {
    'pt-BR': { default: '`sudo` no build: ele já roda como root até o `USER`, e `sudo` pede senha ou não existe na imagem.' },
    en: { default: '`sudo` in the build: it already runs as root until `USER`, and `sudo` asks for a password or is missing from the image.' },
  },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN sudo mkdir -p /app\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN mkdir -p /app\nUSER 10001\n',
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, script } of shellRuns(model)) {
      for (const c of script.commands) {
        if (commandName(c) === 'sudo') report({ ...wordRange(c.name), instruction: run });
      }
    }
  },
});
