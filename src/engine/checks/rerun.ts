/**
 * A check on what the build does, not only on what the file says: editing one context file must
 * not rerun the step that installs the dependencies (the build insight's cache rules, as
 * `estaleiro explain --changed FILE` and the playground's Build view compute them).
 */
import { explainModel } from '../insight/explain.ts';
import { defineCheck, t } from './define.ts';
import { installsDependencies } from './dependency-order.ts';

export const noRerun = defineCheck<'no-rerun'>({
  kind: 'no-rerun',
  label: ({ changed }) => t(
    `Editar o \`${changed}\` não refaz a instalação das dependências`,
    `Editing \`${changed}\` does not rerun the dependency installation`,
  ),
  page: () => '/steps/5-build/',
  evaluate({ model }, { changed }) {
    const insight = explainModel(model, { changed: [changed] });
    const installs = insight.steps.filter((s) => s.rerun && s.instruction === 'RUN'
      && installsDependencies(model, model.instructions.find((i) => i.getRange().start.line + 1 === s.line)!));
    const first = installs[0];
    if (!first) return true;
    return t(
      `Editar o \`${changed}\` refaz o \`RUN\` da linha ${first.line}, que instala as dependências: ele vem depois de um \`COPY\` que lê o \`${changed}\`. Copie só o manifesto antes da instalação.`,
      `Editing \`${changed}\` reruns the \`RUN\` on line ${first.line}, which installs the dependencies: it comes after a \`COPY\` that reads \`${changed}\`. Copy only the manifest before the installation.`,
    );
  },
});
