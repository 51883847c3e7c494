/** An absolute working directory in the final image. */
import { instructionWords, isAbsoluteLike } from '../instructions-helpers.ts';
import { chainBody } from '../model.ts';
import { defineCheck, instructionPage, t } from './define.ts';

const normalise = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);

export const workdir = defineCheck<'workdir'>({
  kind: 'workdir',
  label: (s) => s.path
    ? t(`O estágio final define \`WORKDIR ${s.path}\``, `The final stage sets \`WORKDIR ${s.path}\``)
    : t('O estágio final define um `WORKDIR` absoluto', 'The final stage sets an absolute `WORKDIR`'),
  page: () => instructionPage('workdir'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    const ins = final ? chainBody(final).filter((i) => i.getKeyword() === 'WORKDIR').at(-1) : undefined;
    if (!ins) return t('Falta um `WORKDIR` no estágio final.', 'A `WORKDIR` is missing from the final stage.');
    const path = instructionWords(model, ins)[0]?.value ?? '';
    if (!isAbsoluteLike(path, model.escape)) return t(`\`WORKDIR ${path}\` é relativo: use um caminho absoluto, como \`/app\`.`, `\`WORKDIR ${path}\` is relative: use an absolute path, such as \`/app\`.`);
    if (s.path && normalise(path) !== normalise(s.path)) return t(`O \`WORKDIR\` é \`${path}\`; o exercício pede \`${s.path}\`.`, `\`WORKDIR\` is \`${path}\`; the exercise asks for \`${s.path}\`.`);
    return true;
  },
});
