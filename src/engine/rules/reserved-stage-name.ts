import { defineRule, spanOf, t } from '../define.ts';

const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  id: 'reserved-stage-name',
  // BuildKit warns (ReservedStageName) and builds.
  severity: 'warning',
  instructions: ['FROM'],
  refs: { hadolint: ['DL3063'], buildkit: ['ReservedStageName'] },
  docs: {
    title: t('Nome de estágio reservado', 'Reserved stage name'),
    description: t(
      'Um estágio se chama `scratch` ou `context` (em qualquer caixa, porque o BuildKit passa os nomes para minúsculas).',
      'A stage is named `scratch` or `context` (in any casing, because BuildKit lowercases names).'),
    rationale: t(
      'Para o Docker, `scratch` é a imagem vazia e `context` é o contexto do build. Um estágio com um desses nomes não pode ser usado como se espera (`FROM scratch` continua sendo a imagem vazia). O BuildKit avisa (`ReservedStageName`), mas o build segue.',
      'To Docker, `scratch` is the empty image and `context` is the build context. A stage with one of these names cannot be used the way you expect (`FROM scratch` is still the empty image). BuildKit warns (`ReservedStageName`), but the build goes on.'),
    howToFix: t('Dê outro nome ao estágio (`AS base`, `AS build`) e atualize as referências a ele.', 'Give the stage another name (`AS base`, `AS build`) and update the references to it.'),
  },
  messages: {
    'pt-BR': { default: '`{name}` é um nome reservado pelo Docker: escolha outro nome para o estágio.' },
    en: { default: '`{name}` is a name Docker reserves: pick another name for the stage.' },
  },
  examples: {
    bad: ['FROM alpine:3.22 AS scratch\nUSER 10001\n'],
    good: ['FROM alpine:3.22 AS base\nUSER 10001\n', 'FROM alpine:3.22 AS build-context\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.name || !RESERVED.has(stage.name)) continue;
      const range = stage.from.getBuildStageRange();
      if (!range) continue;
      report({ ...spanOf(model, range), instruction: stage.from, data: { name: stage.from.getBuildStage() ?? stage.name } });
    }
  },
});
