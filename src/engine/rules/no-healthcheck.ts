import { defineRule, t } from '../define.ts';
import { chainHas } from '../model.ts';

export default defineRule({
  id: 'no-healthcheck',
  severity: 'info',
  instructions: ['HEALTHCHECK'],
  refs: { hadolint: ['DL3057'] },
  docs: {
    title: t('A imagem final não tem HEALTHCHECK', 'The final image has no HEALTHCHECK'),
    description: t('O estágio final (e os estágios em que ele se baseia) não têm `HEALTHCHECK`. `HEALTHCHECK NONE` conta como uma decisão explícita.', 'The final stage (and the stages it builds on) has no `HEALTHCHECK`. `HEALTHCHECK NONE` counts as an explicit decision.'),
    rationale: t(
      'Sem health check, Docker Engine, Compose e Swarm só sabem se o processo está vivo, não se responde. O Swarm substitui tarefas `unhealthy` e o Compose pode esperar um serviço ficar saudável (`depends_on: condition: service_healthy`). O Kubernetes ignora o `HEALTHCHECK` e usa probes de liveness/readiness/startup: nesse caso, exponha um endpoint como `/healthz` e configure as probes no manifesto. Por isso é só informativo.',
      'Without a health check, Docker Engine, Compose and Swarm only know whether the process is alive, not whether it answers. Swarm replaces `unhealthy` tasks and Compose can wait for a service to be healthy (`depends_on: condition: service_healthy`). Kubernetes ignores `HEALTHCHECK` and uses liveness/readiness/startup probes: there, expose an endpoint such as `/healthz` and configure probes in the manifest. That is why this is only informational.'),
    howToFix: t(
      'Acrescente `HEALTHCHECK CMD [...]` com um programa que existe na imagem (imagens slim não têm curl: use o runtime da aplicação), ou `HEALTHCHECK NONE` se a orquestração cuida disso.',
      'Add `HEALTHCHECK CMD [...]` with a program the image has (slim images have no curl: use the app\'s runtime), or `HEALTHCHECK NONE` when the orchestrator takes care of it.'),
  },
  messages: {
    'pt-BR': { default: 'A imagem final não tem `HEALTHCHECK`: Docker e Swarm não vão saber se a aplicação responde (o Kubernetes usa probes).' },
    en: { default: 'The final image has no `HEALTHCHECK`: Docker and Swarm cannot tell whether the app answers (Kubernetes uses probes).' },
  },
  examples: {
    bad: ['FROM nginx:1.29-alpine\nUSER 101\n'],
    good: [
      'FROM nginx:1.29-alpine\nUSER 101\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]\n',
      'FROM nginx:1.29-alpine\nUSER 101\nHEALTHCHECK NONE\n',
      'FROM nginx:1.29-alpine AS base\nHEALTHCHECK CMD ["true"]\nFROM base\nUSER 101\n',
    ],
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage) return;
    if (chainHas(stage, 'HEALTHCHECK')) return;
    const [start, end] = model.offsets(stage.from);
    report({ start, end, instruction: stage.from });
  },
});
