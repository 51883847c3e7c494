import { defineRule, t } from '../define.ts';
import { stageReferences } from '../stages-helpers.ts';

export default defineRule({
  id: 'copy-from-self',
  severity: 'error',
  instructions: ['COPY', 'RUN'],
  refs: { hadolint: ['DL3023'] },
  docs: {
    title: t('Estágio copiando de si mesmo', 'Stage copying from itself'),
    description: t(
      '`COPY --from=<x>` (ou `RUN --mount=…,from=<x>`) em que `x` é o nome ou o número do próprio estágio.',
      '`COPY --from=<x>` (or `RUN --mount=…,from=<x>`) where `x` is the name or number of the stage itself.'),
    rationale: t(
      'Um estágio não pode ler de si mesmo enquanto é construído: o BuildKit para com `circular dependency detected`. Quase sempre é um `--from` que deveria apontar para o estágio de build anterior.',
      'A stage cannot read from itself while it is being built: BuildKit stops with `circular dependency detected`. It is almost always a `--from` that should name the earlier build stage.'),
    howToFix: t(
      'Aponte o `--from` para o estágio que produz os arquivos (`FROM … AS build` e `COPY --from=build …`), ou copie do contexto de build sem `--from`.',
      'Point `--from` at the stage that produces the files (`FROM … AS build` and `COPY --from=build …`), or copy from the build context without `--from`.'),
  },
  messages: {
    'pt-BR': { default: 'O estágio `{value}` está copiando de si mesmo: aponte o `--from` para outro estágio.' },
    en: { default: 'Stage `{value}` is copying from itself: point `--from` at another stage.' },
  },
  examples: {
    bad: ['FROM golang:1.25 AS build\nWORKDIR /src\nCOPY --from=build /src/app /app\nFROM alpine:3.22\nUSER 10001\n'],
    good: ['FROM golang:1.25 AS build\nWORKDIR /src\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build /version /version\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const ref of stageReferences(model)) {
      const { value, stage } = ref;
      const self = stage.name !== undefined && value.toLowerCase() === stage.name
        ? true
        : /^\d+$/.test(value) && Number(value) === stage.index;
      if (self) report({ start: ref.start, end: ref.end, instruction: ref.instruction, data: { value } });
    }
  },
});
