/** A file of the build context reaches the final image (copied by name, with its folder, or with `.`). */
import { Add, Copy } from 'dockerfile-ast';
import { operands } from '../instructions-helpers.ts';
import { chainBody, type Model, type Stage } from '../model.ts';
import { defineCheck, instructionPage, t } from './define.ts';
import { copyFrom, stageNamed } from './stages.ts';

/** Does a source pattern of COPY/ADD cover `file` (a path relative to the context)? */
export function covers(source: string, file: string): boolean {
  const s = source.replace(/^\.\//, '').replace(/\/+$/, '');
  if (s === '' || s === '.' || s === '*') return true;
  if (s === file || file.startsWith(`${s}/`)) return true;
  if (s.includes('*') || s.includes('?')) {
    const re = new RegExp(`^${s.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    return re.test(file);
  }
  return false;
}

/** Whether `file` from the context reaches `stage`, directly or through `COPY --from` of an earlier stage. */
export function bringsFile(model: Model, stage: Stage, file: string, depth = 0): boolean {
  if (depth > model.stages.length) return false;
  return chainBody(stage).some((ins) => {
    if (!(ins instanceof Copy || ins instanceof Add)) return false;
    const from = copyFrom(ins);
    if (from !== undefined) {
      const source = stageNamed(model, from, stage.index);
      return source !== undefined && bringsFile(model, source, file, depth + 1);
    }
    return operands(model, ins).slice(0, -1).some((o) => covers(o.value, file));
  });
}

export const copies = defineCheck<'copies'>({
  kind: 'copies',
  label: (s) => t(`O \`${s.file}\` chega à imagem final`, `\`${s.file}\` reaches the final image`),
  page: () => instructionPage('copy'),
  evaluate({ model }, s) {
    const final = model.finalStage;
    if (final && bringsFile(model, final, s.file)) return true;
    return t(`Nenhum \`COPY\` traz o \`${s.file}\` para a imagem final.`, `No \`COPY\` brings \`${s.file}\` into the final image.`);
  },
});
