import { defineRule, t } from '../define.ts';
import { asKeywordRange, casingOf } from '../stages-helpers.ts';

export default defineRule({
  id: 'from-as-casing',
  severity: 'warning',
  instructions: ['FROM'],
  refs: { buildkit: ['FromAsCasing'] },
  docs: {
    title: t('`FROM` e `AS` com caixas diferentes', '`FROM` and `AS` in different casing'),
    description: t(
      'O `AS` não segue a caixa do `FROM`: `FROM … as build` ou `from … AS build`. Quando o próprio `FROM` mistura maiúsculas e minúsculas (`From`), quem avisa é a regra de caixa das instruções.',
      '`AS` does not follow the casing of `FROM`: `FROM … as build` or `from … AS build`. When `FROM` itself mixes cases (`From`), the instruction-casing rule reports it instead.'),
    rationale: t(
      'É só estilo, mas o BuildKit avisa em todo build, e um aviso que sempre aparece ensina a equipe a ignorar os avisos que importam.',
      'It is only style, but BuildKit warns about it on every build, and a warning that always shows up teaches the team to ignore the warnings that matter.'),
    howToFix: t('Escreva `AS` na mesma caixa do `FROM`. A correção automática faz isso.', 'Write `AS` in the same casing as `FROM`. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: '`{as}` não combina com `{from}`: escreva `{expected}`.' },
    en: { default: '`{as}` does not match `{from}`: write `{expected}`.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por {expected}' }, en: { default: 'Change to {expected}' } },
  examples: {
    bad: ['FROM golang:1.25 as build\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build /version /version\nUSER 10001\n'],
    good: [
      'FROM golang:1.25 AS build\nRUN go version > /version\nFROM alpine:3.22\nCOPY --from=build /version /version\nUSER 10001\n',
      'from golang:1.25 as build\nrun go version > /version\nfrom alpine:3.22\ncopy --from=build /version /version\nuser 10001\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const from = stage.from.getInstruction();
      const fromCase = casingOf(from);
      if (fromCase === 'mixed') continue;
      const range = asKeywordRange(model, stage.from);
      if (!range) continue;
      const as = model.text.slice(range[0], range[1]);
      if (casingOf(as) === fromCase) continue;
      const expected = fromCase === 'upper' ? 'AS' : 'as';
      report({ start: range[0], end: range[1], instruction: stage.from, data: { as, from, expected }, fix: { edits: [{ start: range[0], end: range[1], text: expected }] } });
    }
  },
});
