import { defineExercise } from '../../src/practice/exercise.ts';
import { AFTER_STEP_4, APP_FILES } from './running-example.ts';

export default defineExercise({
  id: 'step-5-check-error',
  page: 'steps/5-build',
  title: { 'pt-BR': 'Build checks que falham o build', en: 'Build checks that fail the build' },
  goal: {
    'pt-BR': 'Faça os avisos dos build checks do Docker falharem o build (útil em CI), com uma diretiva no topo do arquivo.',
    en: 'Make Docker\'s build check warnings fail the build (useful in CI), with a directive at the top of the file.',
  },
  hints: [
    { 'pt-BR': 'Diretivas são as linhas `# nome=valor` antes de qualquer instrução, logo abaixo do `# syntax=…`.', en: 'Directives are the `# name=value` lines before any instruction, right below `# syntax=…`.' },
    { 'pt-BR': 'A linha é `# check=error=true`.', en: 'The line is `# check=error=true`.' },
  ],
  explanation: {
    'pt-BR': 'Com `# check=error=true`, um `docker build` com qualquer aviso dos checks termina com erro. Como o arquivo já está limpo, a diretiva só protege contra regressões.',
    en: 'With `# check=error=true`, a `docker build` with any check warning ends in an error. Since the file is already clean, the directive only guards against regressions.',
  },
  start: AFTER_STEP_4,
  files: APP_FILES,
  solutions: [AFTER_STEP_4.replace('# syntax=docker/dockerfile:1\n', '# syntax=docker/dockerfile:1\n# check=error=true\n')],
  checks: [{ kind: 'directive', name: 'check', value: 'error=true' }, { kind: 'directive', name: 'syntax' }],
});
