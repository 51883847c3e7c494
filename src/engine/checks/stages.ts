/** Multi-stage builds: at least two stages, and the final one takes from the others only what it needs. */
import { Add, Copy } from 'dockerfile-ast';
import type { Model, Stage } from '../model.ts';
import { defineCheck, t } from './define.ts';

/** The `--from` value of a COPY/ADD, or undefined. */
export function copyFrom(ins: Copy | Add): string | undefined {
  return ins.getFlags().find((f) => f.getName() === 'from')?.getValue() ?? undefined;
}

/** The stage a `--from` value names (alias or index), when it is one of the file's earlier stages. */
export function stageNamed(model: Model, ref: string, before: number): Stage | undefined {
  const lower = ref.toLowerCase();
  const byName = model.stages.find((s) => s.index < before && s.name === lower);
  if (byName) return byName;
  return /^\d+$/.test(ref) && Number(ref) < before ? model.stages[Number(ref)] : undefined;
}

export const multiStage = defineCheck<'multi-stage'>({
  kind: 'multi-stage',
  label: () => t(
    'Pelo menos dois estágios, e o final só copia de outro estágio',
    'At least two stages, and the final one copies only from another stage',
  ),
  page: () => '/instructions/from/',
  evaluate({ model }) {
    const final = model.finalStage;
    if (!final || model.stages.length < 2) {
      return t('Há um estágio só: crie um estágio de build (`FROM … AS build`) antes do final.', 'There is only one stage: add a build stage (`FROM … AS build`) before the final one.');
    }
    if (final.parent) {
      return t(
        `O estágio final começa de \`${final.image}\`, outro estágio: ele herda tudo o que o build instalou. Comece o final de uma imagem base.`,
        `The final stage starts from \`${final.image}\`, another stage: it inherits everything the build installed. Start the final one from a base image.`,
      );
    }
    const copies = final.body.filter((i): i is Copy | Add => i instanceof Copy || i instanceof Add);
    const fromContext = copies.filter((c) => {
      const from = copyFrom(c);
      return from === undefined || !stageNamed(model, from, final.index);
    });
    if (fromContext.length > 0) {
      const line = fromContext[0]!.getRange().start.line + 1;
      return t(
        `Linha ${line}: o estágio final copia do contexto de build; use \`COPY --from=<estágio>\` para trazer só o resultado do build.`,
        `Line ${line}: the final stage copies from the build context; use \`COPY --from=<stage>\` to bring only the build's result.`,
      );
    }
    if (copies.length === 0) {
      return t('O estágio final não copia nada de outro estágio (`COPY --from=…`).', 'The final stage copies nothing from another stage (`COPY --from=…`).');
    }
    return true;
  },
});
