import { defineRule, t } from '../define.ts';
import { commandsNamed, operands, wordRange } from '../run-helpers.ts';

const SH = new Set(['/bin/sh', '/usr/bin/sh']);

export default defineRule({
  id: 'shell-relink',
  severity: 'warning',
  instructions: ['RUN', 'SHELL'],
  refs: { hadolint: ['DL4005'] },
  docs: {
    title: t('`ln` trocando o `/bin/sh`', '`ln` replacing `/bin/sh`'),
    description: t(
      'Um `RUN` usa `ln` para apontar `/bin/sh` para outro shell (por exemplo `ln -sf /bin/bash /bin/sh`). Criar um link que aponta *para* `/bin/sh` não é apontado.',
      'A `RUN` uses `ln` to point `/bin/sh` at another shell (for example `ln -sf /bin/bash /bin/sh`). Creating a link that points *to* `/bin/sh` is not flagged.'),
    rationale: t(
      'Trocar o `/bin/sh` muda o shell de todos os scripts do sistema, inclusive os scripts de manutenção dos pacotes, que foram testados com o shell original (o `dash` no Debian e no Ubuntu). Uma atualização do pacote pode desfazer o link sem aviso. A instrução `SHELL` muda só o shell dos `RUN` seguintes, que é o que se queria.',
      'Replacing `/bin/sh` changes the shell of every script on the system, including package maintainer scripts tested with the original shell (`dash` on Debian and Ubuntu). A package upgrade can silently undo the link. The `SHELL` instruction changes only the shell of the following `RUN`s, which is what you wanted.'),
    howToFix: t('Apague o `ln` e declare o shell com `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` antes dos `RUN` que precisam dele.', 'Remove the `ln` and declare the shell with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the `RUN`s that need it.'),
  },
  messages: {
    'pt-BR': { default: 'Trocar `{path}` com `ln` muda o shell do sistema inteiro: use a instrução `SHELL`.' },
    en: { default: 'Relinking `{path}` with `ln` changes the shell of the whole system: use the `SHELL` instruction.' },
  },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN ln -sf /bin/bash /bin/sh\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo "$BASH_VERSION"\nUSER 10001\n',
      'FROM alpine:3.22\nRUN ln -s /bin/sh /usr/local/bin/bash\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['ln'])) {
      const paths = operands(command, 0, new Set(['-S', '--suffix']));
      if (paths.length < 2 || command.args.some((a) => a.value === '-t' || a.value.startsWith('--target-directory'))) continue;
      const target = paths[paths.length - 1]!;
      if (SH.has(target.value)) report({ ...wordRange(target), instruction: run, data: { path: target.value } });
    }
  },
});
