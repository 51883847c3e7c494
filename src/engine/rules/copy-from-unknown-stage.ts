import { defineRule, t } from '../define.ts';
import { firstStageNamed, KNOWN_IMAGES, stageReferences } from '../stages-helpers.ts';

export default defineRule({
  id: 'copy-from-unknown-stage',
  severity: 'warning',
  instructions: ['COPY', 'RUN'],
  refs: { hadolint: ['DL3022'] },
  docs: {
    title: t('`--from` aponta para um estágio que não existe', '`--from` names a stage that does not exist'),
    description: t(
      '`COPY --from=<x>` ou `RUN --mount=…,from=<x>` em que `x` não é um estágio definido antes, nem o número de um estágio anterior, nem parece uma imagem (tem `:`, `/` ou `@`, ou é uma imagem oficial conhecida como `nginx`, `busybox` ou `hello-world`).',
      '`COPY --from=<x>` or `RUN --mount=…,from=<x>` where `x` is not a stage defined earlier, nor the number of an earlier stage, nor looks like an image (it has `:`, `/` or `@`, or is a well-known official image such as `nginx`, `busybox` or `hello-world`).'),
    rationale: t(
      'Quando o nome não é um estágio, o Docker o trata como imagem e tenta baixá-la do Docker Hub: um erro de digitação (`--from=biuld`) vira `pull access denied` ou, pior, copia arquivos de uma imagem de um desconhecido que por acaso tem esse nome. Um `COPY --from` ou `RUN --mount=from=` de um estágio definido depois é recusado pelo BuildKit (erro de sintaxe `syntax-copy-from-later-stage`); num estágio que o build não usa, este aviso fica.',
      'When the name is not a stage, Docker treats it as an image and tries to pull it from Docker Hub: a typo (`--from=biuld`) becomes `pull access denied` or, worse, copies files from a stranger\'s image that happens to have that name. A `COPY --from` or `RUN --mount=from=` of a stage defined later is refused by BuildKit (the `syntax-copy-from-later-stage` syntax error); in a stage the build does not use, this warning remains.'),
    howToFix: t(
      'Corrija o nome para um estágio definido antes (`FROM … AS build` e depois `--from=build`), mova o estágio para cima, ou, se é mesmo uma imagem, escreva-a com tag (`--from=nginx:1.27`). Se é um contexto nomeado (`--build-context`), ignore o aviso com um comentário.',
      'Fix the name to a stage defined earlier (`FROM … AS build`, then `--from=build`), move the stage up, or, if it really is an image, write it with a tag (`--from=nginx:1.27`). If it is a named context (`--build-context`), silence the warning with a comment.'),
  },
  messages: {
    'pt-BR': {
      default: '`{value}` não é um estágio definido antes e não parece uma imagem: o Docker vai tentar baixar uma imagem com esse nome.',
      later: 'O estágio `{value}` só é definido depois desta instrução: defina-o antes.',
      index: 'Não há estágio número {value} antes desta instrução (os estágios contam a partir de 0).',
    },
    en: {
      default: '`{value}` is not a stage defined earlier and does not look like an image: Docker will try to pull an image by that name.',
      later: 'Stage `{value}` is only defined after this instruction: define it earlier.',
      index: 'There is no stage number {value} before this instruction (stages count from 0).',
    },
  },
  examples: {
    bad: ['FROM golang:1.25 AS build\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=biuld /version /version\nUSER 10001\n'],
    good: [
      'FROM golang:1.25 AS build\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build /version /version\nUSER 10001\n',
      'FROM alpine:3.22\nRUN echo ok > /ok\nFROM alpine:3.22\nCOPY --from=0 /ok /ok\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\nCOPY --from=hello-world /hello /hello\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const ref of stageReferences(model)) {
      const { value, stage } = ref;
      // Variables are only known at build time; `:`, `/` and `@` mean an image reference.
      if (/[$:/@]/.test(value)) continue;
      const lower = value.toLowerCase();
      if (stage.name === lower) continue; // copy-from-self
      const named = firstStageNamed(model, lower);
      if (named && named.index < stage.index) continue;
      const data = { value };
      // A COPY from a later stage (or a missing index), or a mount from a later named stage, in a
      // stage the build runs: BuildKit refuses it, and syntax-copy-from-later-stage says so.
      const refused = stage.reachesFinal && (ref.kind === 'copy' || named !== undefined);
      const report_ = (messageId: string) => report({ start: ref.start, end: ref.end, instruction: ref.instruction, messageId, data });
      if (named) {
        if (!refused) report_('later');
        continue;
      }
      if (/^\d+$/.test(value)) {
        const n = Number(value);
        if (n < stage.index) continue;
        if (n === stage.index) continue; // copy-from-self
        if (!refused) report_(n < model.stages.length ? 'later' : 'index');
        continue;
      }
      if (KNOWN_IMAGES.has(lower)) continue;
      report_('default');
    }
  },
});
