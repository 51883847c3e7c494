/** Base images pinned to a version or a digest, so that the same file builds the same image. */
import type { Stage } from '../model.ts';
import { defineCheck, instructionPage, t } from './define.ts';

/** Why a stage's base image is not pinned, or undefined when it is (or builds on another stage). */
function unpinned(stage: Stage): { pt: string; en: string } | undefined {
  if (stage.parent || stage.facts.family === 'scratch' || stage.ref.digest) return undefined;
  if (stage.unresolved.length > 0) {
    return { pt: `\`${stage.image}\` depende de \`${stage.unresolved[0]}\`, que nenhum ARG global define`, en: `\`${stage.image}\` depends on \`${stage.unresolved[0]}\`, which no global ARG defines` };
  }
  if (!stage.ref.tag) return { pt: `\`${stage.image}\` não tem tag: vira \`latest\``, en: `\`${stage.image}\` has no tag: it means \`latest\`` };
  if (stage.ref.tag === 'latest') return { pt: `\`${stage.image}\` usa \`latest\`, que muda sem aviso`, en: `\`${stage.image}\` uses \`latest\`, which changes without notice` };
  return undefined;
}

export const pinnedBase = defineCheck<'pinned-base'>({
  kind: 'pinned-base',
  label: (s) => s.digest
    ? t('A imagem base do estágio final está fixada por digest (`@sha256:…`)', 'The final stage\'s base image is pinned by digest (`@sha256:…`)')
    : t('Toda imagem base tem versão fixa (tag de versão ou digest)', 'Every base image is pinned (a version tag or a digest)'),
  page: () => instructionPage('from'),
  evaluate({ model }, s) {
    if (model.stages.length === 0) return t('Falta o `FROM` com a imagem base.', 'The `FROM` with the base image is missing.');
    for (const stage of model.stages) {
      const why = unpinned(stage);
      if (why) return t(`Linha ${stage.from.getRange().start.line + 1}: ${why.pt}. Use uma versão, como \`ubuntu:24.04\`.`, `Line ${stage.from.getRange().start.line + 1}: ${why.en}. Use a version, such as \`ubuntu:24.04\`.`);
    }
    if (s.digest) {
      let root = model.finalStage!;
      while (root.parent) root = root.parent;
      if (!/^sha256:[0-9a-f]{64}$/.test(root.ref.digest ?? '')) {
        return t('Acrescente o digest à imagem base do estágio final: `imagem:tag@sha256:<64 dígitos hexadecimais>`.', 'Add the digest to the final stage\'s base image: `image:tag@sha256:<64 hex digits>`.');
      }
    }
    return true;
  },
});
