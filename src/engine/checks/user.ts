/** The final image runs as a user other than root. */
import { instructionWords, lastUser } from '../instructions-helpers.ts';
import { defineCheck, instructionPage, t } from './define.ts';

const isRoot = (user: string) => user === 'root' || /^0+$/.test(user);

export const nonRoot = defineCheck<'non-root'>({
  kind: 'non-root',
  label: () => t('O estágio final roda como um usuário que não é root', 'The final stage runs as a non-root user'),
  page: () => instructionPage('user'),
  evaluate({ model }) {
    const final = model.finalStage;
    if (!final) return t('Falta um `FROM`: não há estágio final.', 'A `FROM` is missing: there is no final stage.');
    const ins = lastUser(final);
    if (!ins) {
      if (final.facts.nonRoot) return true;
      return t(
        'Nenhum `USER` no estágio final: o contêiner vai rodar como root. Crie um usuário e troque para ele com `USER`.',
        'No `USER` in the final stage: the container will run as root. Create a user and switch to it with `USER`.',
      );
    }
    const word = instructionWords(model, ins)[0]?.value ?? '';
    const user = word.split(':')[0] ?? '';
    if (user === '') return t('O `USER` do estágio final não diz qual usuário.', 'The final stage\'s `USER` names no user.');
    if (isRoot(user)) {
      return t(
        `O último \`USER\` do estágio final é \`${word}\`: o contêiner continua rodando como root.`,
        `The final stage's last \`USER\` is \`${word}\`: the container still runs as root.`,
      );
    }
    return true;
  },
});
