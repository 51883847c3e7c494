import { Healthcheck } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';

export default defineRule({
  id: 'healthcheck-shell-form',
  severity: 'info',
  instructions: ['HEALTHCHECK'],
  refs: { hadolint: ['DL3025'] },
  docs: {
    title: t('HEALTHCHECK CMD na forma shell', 'HEALTHCHECK CMD in shell form'),
    description: t(
      '`HEALTHCHECK CMD` escrito na forma shell (`HEALTHCHECK CMD curl -f http://localhost/ || exit 1`) em vez da forma exec (`HEALTHCHECK CMD ["…"]`). O BuildKit não verifica isto; o hadolint verifica (DL3025).',
      '`HEALTHCHECK CMD` written in shell form (`HEALTHCHECK CMD curl -f http://localhost/ || exit 1`) instead of exec form (`HEALTHCHECK CMD ["…"]`). BuildKit does not check this; hadolint does (DL3025).'),
    rationale: t(
      'Na forma shell o Docker roda a verificação com `/bin/sh -c`. Numa imagem sem shell (distroless, `scratch`) a verificação falha sempre, o contêiner fica `unhealthy` para sempre e o Swarm substitui a tarefa em loop. Com shell, funciona, mas a forma exec deixa claro qual programa precisa existir na imagem.',
      'In shell form Docker runs the probe with `/bin/sh -c`. In an image without a shell (distroless, `scratch`) the probe always fails, the container stays `unhealthy` forever and Swarm replaces the task in a loop. With a shell it works, but exec form makes plain which program the image must have.'),
    howToFix: t(
      'Escreva `HEALTHCHECK CMD ["programa", "arg"]`. Se precisar de `||` ou pipes, chame o shell explicitamente: `HEALTHCHECK CMD ["sh", "-c", "…"]`.',
      'Write `HEALTHCHECK CMD ["program", "arg"]`. If you need `||` or pipes, call the shell explicitly: `HEALTHCHECK CMD ["sh", "-c", "…"]`.'),
  },
  messages: {
    'pt-BR': { default: '`HEALTHCHECK CMD` na forma shell depende de `/bin/sh` na imagem: prefira a forma exec (JSON).' },
    en: { default: '`HEALTHCHECK CMD` in shell form needs `/bin/sh` in the image: prefer exec (JSON) form.' },
  },
  examples: {
    bad: ['FROM nginx:1.29-alpine\nUSER 101\nHEALTHCHECK CMD wget -q --spider http://127.0.0.1:8080/ || exit 1\n'],
    good: ['FROM nginx:1.29-alpine\nUSER 101\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]\n', 'FROM nginx:1.29-alpine\nUSER 101\nHEALTHCHECK NONE\n'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (!(ins instanceof Healthcheck)) continue;
      const args = ins.getArguments();
      const cmd = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
      const first = args[cmd + 1];
      if (cmd < 0 || !first || first.getValue().startsWith('[')) continue;
      const [start] = model.offsets(first);
      const [, end] = model.offsets(args[args.length - 1]!);
      report({ start, end, instruction: ins });
    }
  },
});
