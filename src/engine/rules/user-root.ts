import { defineRule, t } from '../define.ts';
import { instructionWords, lastUser } from '../instructions-helpers.ts';

export default defineRule({
  id: 'user-root',
  severity: 'warning',
  instructions: ['USER'],
  refs: { hadolint: ['DL3002'] },
  docs: {
    title: t('A imagem final termina como root', 'The final image ends as root'),
    description: t(
      'O último `USER` do estágio final (ou dos estágios em que ele se baseia) é `root`, `0`, `root:<grupo>` ou `0:<grupo>`. Estágios de build que não chegam à imagem final podem usar root à vontade.',
      'The last `USER` of the final stage (or of the stages it builds on) is `root`, `0`, `root:<group>` or `0:<group>`. Build stages that do not reach the final image may use root freely.'),
    rationale: t(
      'É comum trocar para `USER root` para instalar pacotes e esquecer de voltar. O contêiner passa a rodar como root: uma falha na aplicação dá ao atacante root no contêiner, a um passo do kernel do host, e o Kubernetes com `runAsNonRoot: true` recusa a imagem. O hadolint avisa também em estágios de build, o que é um falso positivo conhecido; aqui só conta a imagem final.',
      'It is common to switch to `USER root` to install packages and forget to switch back. The container then runs as root: a bug in the app gives an attacker root in the container, one step from the host kernel, and Kubernetes with `runAsNonRoot: true` refuses the image. hadolint also warns in build stages, a known false positive; here only the final image counts.'),
    howToFix: t(
      'Depois dos passos que precisam de root, volte para um usuário sem privilégios: `USER 10001` (crie-o antes com `useradd --system --uid 10001 app`).',
      'After the steps that need root, switch back to an unprivileged user: `USER 10001` (create it first with `useradd --system --uid 10001 app`).'),
  },
  messages: {
    'pt-BR': { default: 'O último `USER` da imagem final é `{user}`: o contêiner vai rodar como root.' },
    en: { default: 'The final image\'s last `USER` is `{user}`: the container will run as root.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nUSER root\nRUN apk add --no-cache curl\nCMD ["sh"]\n'],
    good: [
      'FROM alpine:3.22\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\nCMD ["sh"]\n',
      'FROM alpine:3.22 AS build\nUSER root\nRUN echo build > /out.txt\nFROM alpine:3.22\nCOPY --from=build /out.txt /out.txt\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    const ins = lastUser(model.finalStage);
    if (!ins) return;
    const word = instructionWords(model, ins)[0];
    if (!word) return;
    const user = word.value.split(':')[0] ?? '';
    if (user !== 'root' && !/^0+$/.test(user)) return;
    report({ start: word.start, end: word.end, instruction: ins, data: { user: word.value } });
  },
});
