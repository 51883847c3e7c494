import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_4, APP_FILES, GUNICORN } from './running-example.ts';

export default defineExercise({
  id: 'step-6-non-root',
  page: 'steps/6-run',
  title: { 'pt-BR': 'Um usuário sem privilégios', en: 'An unprivileged user' },
  goal: {
    'pt-BR': 'O contêiner roda como root. Crie um usuário de sistema com UID 10001 e troque para ele antes do `CMD`.',
    en: 'The container runs as root. Create a system user with UID 10001 and switch to it before the `CMD`.',
  },
  hints: [
    { 'pt-BR': '`RUN useradd --system --uid 10001 --no-create-home app` cria o usuário.', en: '`RUN useradd --system --uid 10001 --no-create-home app` creates the user.' },
    { 'pt-BR': 'Depois, `USER 10001`: o número funciona até em quem verifica `runAsNonRoot`.', en: 'Then `USER 10001`: the number works even where `runAsNonRoot` is verified.' },
  ],
  explanation: {
    'pt-BR': 'Como root, uma falha na aplicação entrega root no contêiner, a um passo do kernel do host. Com `USER 10001` depois dos passos que precisam de root, o processo da aplicação roda sem privilégios.',
    en: 'As root, a bug in the app hands over root in the container, one step from the host kernel. With `USER 10001` after the steps that need root, the app\'s process runs unprivileged.',
  },
  start: AFTER_STEP_4,
  files: APP_FILES,
  solutions: [AFTER_STEP_4.replace(GUNICORN, `RUN useradd --system --uid 10001 --no-create-home app\nUSER 10001\n\n${GUNICORN}`)],
  checks: [{ kind: 'non-root' }, { kind: 'rule-absent', rule: 'no-user' }, { kind: 'rule-absent', rule: 'user-numeric-uid' }],
});
