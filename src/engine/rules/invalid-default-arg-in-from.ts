import { defineRule, spanOf, t } from '../define.ts';
import { earlierStageNamed, fromVars, referenceProblem, resolveFromImage } from '../stages-helpers.ts';

/** `$NAME` or `${NAME}` alone: when NAME is undeclared, undefined-arg-in-from already reports it. */
const LONE_VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;

export default defineRule({
  id: 'invalid-default-arg-in-from',
  severity: 'warning',
  instructions: ['FROM', 'ARG'],
  refs: { buildkit: ['InvalidDefaultArgInFrom'] },
  docs: {
    title: t('`ARG` sem padrão deixa o FROM inválido', '`ARG` defaults make FROM invalid'),
    description: t(
      'Com só os valores padrão dos `ARG` (sem `--build-arg`), a imagem de um `FROM` fica vazia ou inválida: `ARG TAG` sem valor e `FROM alpine:${TAG}` vira `alpine:`. Também avisa de nomes de repositório com maiúsculas (`FROM Alpine:3.22`), que o Docker recusa.',
      'With only the `ARG` defaults (no `--build-arg`), a `FROM` image comes out empty or invalid: `ARG TAG` with no value and `FROM alpine:${TAG}` becomes `alpine:`. It also flags repository names with capitals (`FROM Alpine:3.22`), which Docker refuses.'),
    rationale: t(
      'Um `docker build .` sem argumentos deveria funcionar. Se o build só passa com o `--build-arg` certo, quem clona o repositório, o CI novo ou você daqui a seis meses recebe um `invalid reference format` sem explicação.',
      'A plain `docker build .` should work. If the build only passes with the right `--build-arg`, whoever clones the repository, a new CI job, or you six months from now gets an unexplained `invalid reference format`.'),
    howToFix: t(
      'Dê um valor padrão ao `ARG` (`ARG TAG=3.22`) ou use um padrão na própria referência (`${TAG:-3.22}`). Nomes de repositório vão em minúsculas.',
      'Give the `ARG` a default (`ARG TAG=3.22`) or a fallback in the reference itself (`${TAG:-3.22}`). Repository names are lowercase.'),
  },
  messages: {
    'pt-BR': {
      empty: 'Sem `--build-arg`, `{written}` fica vazio: dê um valor padrão ao `ARG`.',
      invalid: 'Sem `--build-arg`, `{written}` vira `{image}`, que não é uma referência de imagem válida: dê um valor padrão ao `ARG`.',
      uppercase: '`{image}` tem maiúsculas no nome do repositório, e o Docker só aceita minúsculas.',
    },
    en: {
      empty: 'Without `--build-arg`, `{written}` is empty: give the `ARG` a default value.',
      invalid: 'Without `--build-arg`, `{written}` becomes `{image}`, which is not a valid image reference: give the `ARG` a default value.',
      uppercase: '`{image}` has capitals in the repository name, and Docker only accepts lowercase.',
    },
  },
  examples: {
    bad: ['ARG TAG\nFROM alpine:${TAG}\nUSER 10001\n'],
    good: [
      'ARG TAG=3.22\nFROM alpine:${TAG}\nUSER 10001\n',
      'ARG TAG\nFROM alpine:${TAG:-3.22}\nUSER 10001\n',
      'ARG VARIANT\nFROM alpine:3.22${VARIANT}\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const range = stage.from.getImageRange();
      if (!range) continue;
      const resolved = resolveFromImage(model, stage);
      const image = resolved.value;
      if (image === undefined) continue;
      if (!resolved.usesVariables) {
        // Literal references: only capitals are left here (the syntax checks report the rest).
        if (referenceProblem(image) !== 'uppercase' || earlierStageNamed(model, image, stage.index)) continue;
        report({ ...spanOf(model, range), instruction: stage.from, messageId: 'uppercase', data: { image, written: image } });
        continue;
      }
      const lone = LONE_VARIABLE.exec(resolved.written);
      if (lone && !fromVars(model).declared.has((lone[1] ?? lone[2])!)) continue;
      if (image !== '' && earlierStageNamed(model, image, stage.index)) continue;
      if (referenceProblem(image) === undefined) continue;
      report({
        ...spanOf(model, range), instruction: stage.from,
        messageId: image === '' ? 'empty' : 'invalid', data: { image, written: resolved.written },
      });
    }
  },
});
