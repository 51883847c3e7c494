import { Copy } from 'dockerfile-ast';
import { defineRule, execForm, t } from '../define.ts';
import { parseImageRef } from '../images.ts';
import type { Model } from '../model.ts';
import { stageChain } from '../run-helpers.ts';

/** Images made to be overlaid whole: `COPY --from=xx / /` is how tonistiigi/xx is used. */
const OVERLAY_IMAGES = new Set(['tonistiigi/xx']);

/**
 * Copying all of `from` is fine when it holds only what was put there on purpose: a stage built
 * `FROM scratch` (an artifacts stage), or a helper image meant to be overlaid.
 */
function wholeCopyIntended(model: Model, from: string): boolean {
  const stage = model.stages.find((s) => s.name === from.toLowerCase()) ?? (/^\d+$/.test(from) ? model.stages[Number(from)] : undefined);
  const root = stage ? stageChain(stage)[0]! : undefined;
  if (root?.facts.family === 'scratch') return true;
  return OVERLAY_IMAGES.has((root ? root.ref : parseImageRef(from)).repository);
}

export default defineRule({
  id: 'copy-whole-filesystem',
  severity: 'warning',
  instructions: ['COPY'],
  refs: { hadolint: ['DL3067'] },
  docs: {
    title: t('COPY do sistema de arquivos inteiro', 'COPY of a whole filesystem'),
    description: t('`COPY --from=<x> / /`: origem e destino são a raiz. Não vale quando `x` é um estágio `FROM scratch` (que só tem o que foi posto nele) nem para `tonistiigi/xx`, feita para ser copiada inteira.', '`COPY --from=<x> / /`: both source and destination are the root. Not raised when `x` is a `FROM scratch` stage (which holds only what was put in it) or `tonistiigi/xx`, which is made to be copied whole.'),
    rationale: t(
      'Copiar `/` inteiro traz tudo da outra imagem: compiladores, caches, o gerenciador de pacotes, arquivos com segredos do build, e sobrescreve `/etc/passwd` e as bibliotecas do estágio atual. A imagem fica grande e cheia de coisa que não deveria ir para produção, e o estágio final perde o sentido.',
      'Copying all of `/` brings everything from the other image: compilers, caches, the package manager, files with build secrets, and it overwrites `/etc/passwd` and the libraries of the current stage. The image grows and fills with things that should not reach production, and the final stage loses its point.'),
    howToFix: t(
      'Copie só o que a aplicação precisa (`COPY --from=build /app/bin/server /usr/local/bin/`). Se a intenção é achatar as camadas sobre `scratch`, faça isso de propósito e silencie o aviso com um comentário.',
      'Copy only what the application needs (`COPY --from=build /app/bin/server /usr/local/bin/`). If the point is to flatten layers onto `scratch`, do it on purpose and silence the warning with a comment.'),
  },
  messages: {
    'pt-BR': { default: 'Isto copia o sistema de arquivos inteiro de `{from}`: copie só os arquivos de que a aplicação precisa.' },
    en: { default: 'This copies the whole filesystem of `{from}`: copy only the files the application needs.' },
  },
  examples: {
    bad: ['FROM golang:1.25 AS build\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build / /\nUSER 10001\n'],
    good: ['FROM golang:1.25 AS build\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build /version /version\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const ins of stage.body) {
        if (!(ins instanceof Copy)) continue;
        const from = ins.getFlags().find((f) => f.getName() === 'from')?.getValue();
        if (!from || wholeCopyIntended(model, from)) continue;
        const json = execForm(model, ins);
        let span: [number, number] | undefined;
        if (json) {
          if (json.length === 2 && json[0]!.value === '/' && json[1]!.value === '/') span = [json[0]!.start - 1, json[1]!.end + 1];
        } else {
          const args = ins.getArguments();
          if (args.length === 2 && args[0]!.getValue() === '/' && args[1]!.getValue() === '/') {
            span = [model.offsets(args[0]!)[0], model.offsets(args[1]!)[1]];
          }
        }
        if (span) report({ start: span[0], end: span[1], instruction: ins, data: { from } });
      }
    }
  },
});
