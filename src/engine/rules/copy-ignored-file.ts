import { contextSources } from '../context-sources.ts';
import { defineRule, t } from '../define.ts';

export default defineRule({
  id: 'copy-ignored-file',
  severity: 'warning',
  instructions: ['COPY', 'ADD'],
  refs: { buildkit: ['CopyIgnoredFile'] },
  docs: {
    title: t('COPY/ADD com curinga de arquivos que o .dockerignore exclui', 'Wildcard COPY/ADD of files .dockerignore excludes'),
    description: t(
      'Só com um contexto de build que tem `.dockerignore`: uma origem com curinga (`tmp/*.txt`) casa com um padrão do `.dockerignore` (ou fica num diretório excluído). Como o BuildKit, a verificação é pulada quando o `.dockerignore` tem exceções (`!`), porque um arquivo pode voltar por uma delas. Uma origem literal excluída faz o build falhar: essa é `copy-source-not-found`.',
      'Only with a build context that has a `.dockerignore`: a wildcard source (`tmp/*.txt`) matches a `.dockerignore` pattern (or lies in an excluded directory). Like BuildKit, the check is skipped when `.dockerignore` has exceptions (`!`), since a file may come back through one. An excluded literal source fails the build: that is `copy-source-not-found`.'),
    rationale: t(
      'Arquivos excluídos não são enviados ao builder. O BuildKit aceita um curinga que não casa nada, então o build passa e a imagem fica sem os arquivos: o erro só aparece quando o contêiner roda. Em geral é um `.dockerignore` amplo demais ou um `COPY` de arquivos que não deveriam ir para a imagem.',
      'Excluded files are not sent to the builder. BuildKit accepts a wildcard that matches nothing, so the build passes and the image lacks the files: the mistake shows only when the container runs. It is usually a `.dockerignore` that is too broad, or a `COPY` of files that should not go into the image.'),
    howToFix: t(
      'Decida: se o arquivo deve ir para a imagem, acrescente uma exceção (`!caminho`) ou estreite o padrão; se não deve, tire-o do `COPY`.',
      'Decide: if the file belongs in the image, add an exception (`!path`) or narrow the pattern; if it does not, drop it from the `COPY`.'),
  },
  messages: {
    'pt-BR': { default: '`{source}` é excluído pelo `.dockerignore`: esses arquivos não chegam ao builder e a cópia não traz nada.' },
    en: { default: '`{source}` is excluded by `.dockerignore`: those files never reach the builder and the copy brings nothing.' },
  },
  examples: {
    context: { files: ['main.py', 'tmp/notes.txt', 'docs/index.md'], dockerignore: 'tmp\n*.md\n**/*.md\n' },
    bad: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY main.py .\nCOPY tmp/*.txt ./\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY *.py ./\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
  },
  check({ model, report, context }) {
    if (!context?.hasDockerignore || context.hasExceptions) return;
    for (const s of contextSources(model)) {
      if (!s.wildcard) continue;
      if (context.ignored(s.path)) report({ start: s.start, end: s.end, instruction: s.instruction, data: { source: s.value } });
    }
  },
});
