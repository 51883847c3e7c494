import { contextSources } from '../context-sources.ts';
import { defineRule, t } from '../define.ts';

export default defineRule({
  id: 'copy-source-not-found',
  severity: 'error',
  instructions: ['COPY', 'ADD'],
  refs: {},
  docs: {
    title: t('Origem do COPY/ADD não existe no contexto', 'COPY/ADD source not in the build context'),
    description: t(
      'Só quando um contexto de build é dado (`estaleiro lint --context DIR`, ou a árvore de arquivos do playground): uma origem de `COPY`/`ADD` sem curinga que não existe no contexto, ou que o `.dockerignore` exclui e por isso nunca chega ao builder. Só nos estágios que o build padrão constrói (o último e os de que ele depende): um estágio pulado não lê suas origens.',
      'Only when a build context is given (`estaleiro lint --context DIR`, or the playground\'s file tree): a `COPY`/`ADD` source without wildcards that does not exist in the context, or that `.dockerignore` excludes so it never reaches the builder. Only in the stages the default build builds (the last one and those it needs): a skipped stage never reads its sources.'),
    rationale: t(
      'O BuildKit para o build com `failed to compute cache key: … not found`. Um curinga que não casa nada não é erro (o BuildKit aceita), então só origens literais contam.',
      'BuildKit stops the build with `failed to compute cache key: … not found`. A wildcard that matches nothing is not an error (BuildKit allows it), so only literal sources count; an excluded wildcard source is `copy-ignored-file`.'),
    howToFix: t(
      'Corrija o caminho (ele é relativo à raiz do contexto, não ao Dockerfile), crie o arquivo ou tire do `.dockerignore` a linha que o exclui.',
      'Fix the path (it is relative to the context root, not to the Dockerfile), create the file, or remove the `.dockerignore` line that excludes it.'),
  },
  messages: {
    'pt-BR': {
      default: '`{source}` não existe no contexto de build: o BuildKit para com "not found".',
      ignored: '`{source}` existe, mas o `.dockerignore` o exclui do contexto: o BuildKit para com "not found".',
    },
    en: {
      default: '`{source}` does not exist in the build context: BuildKit stops with "not found".',
      ignored: '`{source}` exists, but `.dockerignore` excludes it from the context: BuildKit stops with "not found".',
    },
  },
  examples: {
    context: { files: ['requirements.txt', 'main.py', 'secrets/dev.env'], dockerignore: 'secrets\n' },
    bad: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirement.txt .\nRUN pip install --no-cache-dir -r requirement.txt\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY main.py .\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY *.txt ./\nCOPY *.toml ./\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n',
    ],
  },
  check({ model, report, context }) {
    if (!context) return;
    for (const s of contextSources(model)) {
      // BuildKit only reads the sources of the stages it builds: the final one and what it needs.
      if (s.wildcard || s.path === '' || !s.stage.reachesFinal) continue;
      const { all, sent } = context.resolve(s.path);
      if (sent.length > 0) continue;
      report({ start: s.start, end: s.end, instruction: s.instruction, messageId: all.length > 0 || context.ignored(s.path) ? 'ignored' : 'default', data: { source: s.value } });
    }
  },
});
