/** Parser directives (`# syntax=docker/dockerfile:1`, `# check=error=true`): comments at the very top that BuildKit reads. */
import { defineCheck, t } from './define.ts';

const example = (name: string, value?: string) => `# ${name}=${value ?? (name === 'syntax' ? 'docker/dockerfile:1' : name === 'check' ? 'error=true' : '\\')}`;

export const directive = defineCheck<'directive'>({
  kind: 'directive',
  label: (s) => t(`O arquivo começa com a diretiva \`${example(s.name, s.value)}\``, `The file starts with the \`${example(s.name, s.value)}\` directive`),
  page: (s) => (s.name === 'check' ? '/steps/5-build/' : '/steps/1-dockerfile/'),
  evaluate({ model }, s) {
    const found = model.dockerfile.getDirectives().find((d) => d.getName().toLowerCase() === s.name);
    const value = found?.getValue().trim() ?? '';
    if (!found || value === '') {
      return t(
        `Falta a diretiva \`${example(s.name, s.value)}\` no topo do arquivo (antes de qualquer instrução ou comentário).`,
        `The \`${example(s.name, s.value)}\` directive is missing from the top of the file (before any instruction or comment).`,
      );
    }
    if (s.value !== undefined && value !== s.value) return t(`A diretiva \`${s.name}\` vale \`${value}\`; o exercício pede \`${s.value}\`.`, `The \`${s.name}\` directive is \`${value}\`; the exercise asks for \`${s.value}\`.`);
    return true;
  },
});
