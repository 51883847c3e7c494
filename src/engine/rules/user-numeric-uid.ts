import { defineRule, t } from '../define.ts';
import { instructionWords, lastUser, subRange } from '../instructions-helpers.ts';

export default defineRule({
  id: 'user-numeric-uid',
  severity: 'info',
  instructions: ['USER'],
  refs: { hadolint: ['DL3066'] },
  docs: {
    title: t('USER com nome em vez de UID numérico', 'USER with a name instead of a numeric UID'),
    description: t(
      'O último `USER` da imagem final usa um nome (`USER app`) em vez de um UID numérico (`USER 10001`). Não vale para `root` (veja `user-root`) nem para valores vindos de `ARG`.',
      'The final image\'s last `USER` is a name (`USER app`) rather than a numeric UID (`USER 10001`). Not raised for `root` (see `user-root`) nor for values coming from an `ARG`.'),
    rationale: t(
      'O Kubernetes com `runAsNonRoot: true` só consegue verificar um UID: diante de `USER app` o kubelet não sabe se `app` é root e recusa o pod com "image has non-numeric user". Além disso, o nome só existe se o `/etc/passwd` da imagem o tiver; um UID numérico funciona até em imagens `scratch` e distroless.',
      'Kubernetes with `runAsNonRoot: true` can only verify a UID: given `USER app`, the kubelet cannot tell whether `app` is root and refuses the pod with "image has non-numeric user". Also, a name only works if the image\'s `/etc/passwd` has it; a numeric UID works even in `scratch` and distroless images.'),
    howToFix: t(
      'Crie o usuário com um UID fixo (`useradd --system --uid 10001 app`) e declare `USER 10001` (ou `USER 10001:10001`).',
      'Create the user with a fixed UID (`useradd --system --uid 10001 app`) and declare `USER 10001` (or `USER 10001:10001`).'),
  },
  messages: {
    'pt-BR': { default: '`USER {user}` é um nome: o Kubernetes só verifica `runAsNonRoot` com UID numérico.' },
    en: { default: '`USER {user}` is a name: Kubernetes can only verify `runAsNonRoot` with a numeric UID.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER app\nCMD ["sh"]\n'],
    good: [
      'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
      'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001:app\nCMD ["sh"]\n',
      'FROM alpine:3.22\nARG APP_UID=10001\nUSER $APP_UID\nCMD ["sh"]\n',
    ],
  },
  check({ model, report }) {
    const ins = lastUser(model.finalStage);
    if (!ins) return;
    const word = instructionWords(model, ins)[0];
    if (!word || word.value.includes('$')) return;
    const user = word.value.split(':')[0] ?? '';
    if (!user || user === 'root' || /^\d+$/.test(user)) return;
    const [start, end] = subRange(word, 0, user.length);
    report({ start, end, instruction: ins, data: { user } });
  },
});
