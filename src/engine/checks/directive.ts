/** The `# syntax=` parser directive, which picks the Dockerfile frontend BuildKit uses. */
import { defineCheck, t } from './define.ts';

export const syntaxDirective = defineCheck<'syntax-directive'>({
  kind: 'syntax-directive',
  label: () => t('O arquivo começa com a diretiva `# syntax=docker/dockerfile:1`', 'The file starts with the `# syntax=docker/dockerfile:1` directive'),
  page: () => '/steps/1-dockerfile/',
  evaluate({ model }) {
    const found = model.dockerfile.getDirectives().some((d) => d.getName().toLowerCase() === 'syntax' && (d.getValue() ?? '').trim() !== '');
    if (found) return true;
    return t('Falta a primeira linha `# syntax=docker/dockerfile:1` (antes de qualquer outra coisa, inclusive comentários).', 'The first line `# syntax=docker/dockerfile:1` is missing (before anything else, comments included).');
  },
});
