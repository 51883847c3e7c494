import { defineRule, spanOf, t } from '../define.ts';
import { fromVars } from '../stages-helpers.ts';
import { suggest } from '../suggest.ts';
import { variableRefs } from '../var-refs.ts';

export default defineRule({
  id: 'undefined-arg-in-from',
  severity: 'warning',
  instructions: ['FROM', 'ARG'],
  refs: { buildkit: ['UndefinedArgInFrom'] },
  docs: {
    title: t('Variável não declarada no FROM', 'Undeclared variable in FROM'),
    description: t(
      'A imagem ou o `--platform` de um `FROM` usa uma variável que nenhum `ARG` antes do primeiro `FROM` declara (nem o BuildKit predefine, como `$BUILDPLATFORM`). Como o BuildKit, sugere o nome declarado mais parecido (distância de edição menor que 3).',
      'The image or `--platform` of a `FROM` uses a variable that no `ARG` before the first `FROM` declares (and BuildKit does not predefine, as it does `$BUILDPLATFORM`). Like BuildKit, it suggests the closest declared name (edit distance below 3).'),
    rationale: t(
      'O `FROM` só enxerga `ARG`s globais. Uma variável não declarada vira texto vazio: `FROM node:22${VARIANT}` constrói sobre `node:22` em silêncio, e um erro de digitação (`$BUILDPLATFROM`) troca a plataforma sem aviso.',
      '`FROM` only sees global `ARG`s. An undeclared variable becomes empty text: `FROM node:22${VARIANT}` silently builds on `node:22`, and a typo (`$BUILDPLATFROM`) changes the platform without a word.'),
    howToFix: t(
      'Declare `ARG NOME=padrão` antes do primeiro `FROM`, ou corrija o nome para o que foi declarado.',
      'Declare `ARG NAME=default` before the first `FROM`, or fix the name to the declared one.'),
  },
  messages: {
    'pt-BR': {
      default: 'O `FROM` usa `${name}`, que nenhum `ARG` antes do primeiro `FROM` declara: ela vira texto vazio.',
      suggest: 'O `FROM` usa `${name}`, que nenhum `ARG` antes do primeiro `FROM` declara (você quis dizer `${suggestion}`?).',
    },
    en: {
      default: '`FROM` uses `${name}`, which no `ARG` before the first `FROM` declares: it becomes empty text.',
      suggest: '`FROM` uses `${name}`, which no `ARG` before the first `FROM` declares (did you mean `${suggestion}`?).',
    },
  },
  examples: {
    bad: ['ARG VARIANT=-alpine3.22\nFROM node:22${VARAINT}\nUSER 10001\n'],
    good: [
      'ARG VARIANT=-alpine3.22\nFROM node:22${VARIANT}\nUSER 10001\n',
      'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nFROM alpine:3.22\nUSER 10001\n',
      'ARG TAG\nFROM alpine:${TAG:-3.22}\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    // convert.go unusedFromArgsCheckKeys: every global ARG plus the predefined platform arguments.
    const { declared } = fromVars(model);
    for (const stage of model.stages) {
      const words = [stage.from.getImageRange(), stage.from.getPlatformFlag()?.getValueRange() ?? null];
      for (const range of words) {
        if (!range) continue;
        const { start, end } = spanOf(model, range);
        const written = model.text.slice(start, end);
        const refs = variableRefs(written, start, model.escape);
        for (const ref of refs) {
          if (declared.has(ref.name)) continue;
          const suggestion = suggest(ref.name, declared);
          // A lone undeclared `${BASE}`: syntax-base-name-empty already says the build fails.
          if (!suggestion && refs.length === 1 && ref.end - ref.start === written.length) continue;
          report({ start: ref.start, end: ref.end, instruction: stage.from, messageId: suggestion ? 'suggest' : 'default', data: { name: ref.name, suggestion: suggestion ?? '' } });
        }
      }
    }
  },
});
