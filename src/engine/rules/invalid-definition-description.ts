import { Arg, From } from 'dockerfile-ast';
import { defineRule, keywordRange, t } from '../define.ts';
import type { Model } from '../model.ts';

/**
 * The comment line right above an instruction (no blank line between), as BuildKit keeps it for
 * `--call=outline` descriptions; undefined when there is none or it is an empty `#` (which
 * BuildKit's parser reads as "no comments").
 */
function commentAbove(model: Model, line: number): string | undefined {
  if (line === 0) return undefined;
  const text = model.lines.lineText(line - 1).trim();
  if (!text.startsWith('#')) return undefined;
  const body = text.slice(1).trim();
  // Parser directives at the top are not comments.
  if (/^(syntax|escape|check)\s*=/i.test(body) && !model.instructions.some((i) => i.getRange().start.line < line - 1)) return undefined;
  return body === '' ? undefined : body;
}

export default defineRule({
  id: 'invalid-definition-description',
  severity: 'info',
  instructions: ['ARG', 'FROM'],
  refs: { buildkit: ['InvalidDefinitionDescription'] },
  docs: {
    title: t('Comentário acima de ARG/FROM que não é descrição', 'Comment above ARG/FROM that is not a description'),
    description: t(
      'O comentário logo acima de um `ARG` ou de um `FROM … AS nome` não começa pelo nome do argumento ou do estágio. O `docker build --call=outline` (e `--call=targets`) mostra esse comentário como descrição só quando ele começa pelo nome: `# VERSION versão do programa`. Verificação experimental do BuildKit (ativada com `# check=experimental=InvalidDefinitionDescription`); aqui é informativa.',
      'The comment right above an `ARG` or a `FROM … AS name` does not start with the argument\'s or the stage\'s name. `docker build --call=outline` (and `--call=targets`) shows that comment as a description only when it starts with the name: `# VERSION the program version`. An experimental BuildKit check (enabled with `# check=experimental=InvalidDefinitionDescription`); informational here.'),
    rationale: t(
      'Quem roda `docker buildx build --call=outline` descobre quais `--build-arg` e alvos o Dockerfile aceita; descrições no formato certo documentam o build sem arquivo extra.',
      'Whoever runs `docker buildx build --call=outline` discovers which `--build-arg`s and targets the Dockerfile accepts; descriptions in the right format document the build with no extra file.'),
    howToFix: t(
      'Comece o comentário pelo nome (`# VERSION versão a instalar`), ou separe com uma linha em branco um comentário que não é descrição.',
      'Start the comment with the name (`# VERSION version to install`), or separate a comment that is not a description with a blank line.'),
  },
  messages: {
    'pt-BR': { default: 'O comentário acima de `{keyword}` não segue o formato de descrição `# {key} <descrição>`: separe-o com uma linha em branco se não for uma.' },
    en: { default: 'The comment above `{keyword}` does not follow the description format `# {key} <description>`: separate it with a blank line if it is not one.' },
  },
  examples: {
    bad: ['# the Alpine version to build on\nARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\n'],
    good: [
      '# ALPINE_VERSION the Alpine version to build on\nARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\n',
      '# the Alpine version to build on\n\nARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      let keys: string[];
      if (ins instanceof Arg) keys = ins.getProperties().map((p) => p.getName());
      else if (ins instanceof From && ins.getBuildStage()) keys = [ins.getBuildStage()!.toLowerCase()];
      else continue;
      if (keys.length === 0) continue;
      const comment = commentAbove(model, ins.getRange().start.line);
      if (comment === undefined || keys.includes(comment.split(' ')[0]!)) continue;
      const [start, end] = keywordRange(model, ins);
      report({ start, end, instruction: ins, data: { keyword: ins.getKeyword(), key: keys.length > 1 ? '<arg_key>' : keys[0]! } });
    }
  },
});
