import { defineRule, t } from '../define.ts';
import { commandsNamed, wordRange } from '../run-helpers.ts';
import { commandName } from '../shell.ts';

const POINTLESS = ['ssh', 'vim', 'shutdown', 'service', 'ps', 'free', 'top', 'kill', 'mount', 'ifconfig'];

export default defineRule({
  id: 'pointless-command',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3001'] },
  docs: {
    title: t('Comando interativo ou de sistema no RUN', 'Interactive or system command in RUN'),
    description: t(
      'Um `RUN` chama `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount` ou `ifconfig`. Instalar esses pacotes não é apontado, só executá-los, e `mount` vale num `RUN --security=insecure`, que roda com privilégios.',
      'A `RUN` runs `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount` or `ifconfig`. Installing those packages is not flagged, only running them, and `mount` is fine in a privileged `RUN --security=insecure`.'),
    rationale: t(
      'Cada `RUN` roda num contêiner temporário, sem terminal, sem init e sem serviços: o que esses comandos mostram ou mudam some quando o passo termina. Um serviço iniciado com `service` não está rodando no contêiner final; `vim` e `top` esperam um terminal e travam; `mount` precisa de privilégios que o build não tem. Em geral é sinal de um passo copiado de uma sessão interativa.',
      'Each `RUN` runs in a throwaway container with no terminal, no init and no services: whatever these commands show or change is gone when the step ends. A service started with `service` is not running in the final container; `vim` and `top` expect a terminal and hang; `mount` needs privileges the build does not have. It usually means a step was copied from an interactive session.'),
    howToFix: t(
      'Tire o comando. Para editar arquivos use `sed` ou copie o arquivo pronto com `COPY`; para iniciar serviços use o `CMD`/`ENTRYPOINT`; para acessar repositórios privados use `RUN --mount=type=ssh`.',
      'Remove the command. To edit files use `sed` or `COPY` the finished file; to start services use `CMD`/`ENTRYPOINT`; to reach private repositories use `RUN --mount=type=ssh`.'),
  },
  messages: {
    'pt-BR': { default: '`{name}` não faz sentido no build: o contêiner do `RUN` não tem terminal nem serviços, e o efeito some no fim do passo.' },
    en: { default: '`{name}` makes no sense in a build: the `RUN` container has no terminal or services, and the effect is gone when the step ends.' },
  },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN service nginx start\nUSER 10001\n'],
    good: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends vim && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, POINTLESS)) {
      // `RUN --security=insecure` runs privileged: there `mount` is what the step is for.
      if (commandName(command) === 'mount' && run.getFlags().some((f) => f.getName() === 'security' && f.getValue() === 'insecure')) continue;
      report({ ...wordRange(command.name), instruction: run, data: { name: commandName(command) } });
    }
  },
});
