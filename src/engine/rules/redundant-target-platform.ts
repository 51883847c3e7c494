import { defineRule, t } from '../define.ts';

/** `$TARGETPLATFORM` or `${TARGETPLATFORM}`, optionally in double quotes. */
const TARGET = /^("?)\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})\1$/;

export default defineRule({
  id: 'redundant-target-platform',
  severity: 'info',
  instructions: ['FROM'],
  refs: { hadolint: ['DL3065'], buildkit: ['RedundantTargetPlatform'] },
  docs: {
    title: t('`--platform=$TARGETPLATFORM` redundante', 'Redundant `--platform=$TARGETPLATFORM`'),
    description: t(
      'Um `FROM --platform=$TARGETPLATFORM` (ou `${TARGETPLATFORM}`): essa já é a plataforma que o BuildKit usa para todo estágio sem `--platform`.',
      'A `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`): that is already the platform BuildKit uses for every stage without `--platform`.'),
    rationale: t(
      'A flag não muda nada, mas quem lê o Dockerfile procura um motivo para ela existir, e ela esconde os `--platform` que importam de verdade (como `$BUILDPLATFORM` nos estágios de compilação cruzada).',
      'The flag changes nothing, but readers look for a reason it is there, and it hides the `--platform` flags that do matter (such as `$BUILDPLATFORM` in cross-compiling stages).'),
    howToFix: t('Apague a flag. A correção automática faz isso.', 'Delete the flag. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: '`--platform={value}` é o padrão de todo estágio: a flag pode sair.' },
    en: { default: '`--platform={value}` is every stage\'s default: the flag can go.' },
  },
  fixTitles: { 'pt-BR': { default: 'Remover --platform' }, en: { default: 'Remove --platform' } },
  examples: {
    bad: ['FROM --platform=$TARGETPLATFORM alpine:3.22\nUSER 10001\n'],
    good: ['FROM alpine:3.22\nUSER 10001\n', 'FROM --platform=$BUILDPLATFORM alpine:3.22 AS build\nFROM alpine:3.22\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || !value || !TARGET.test(value)) continue;
      const [start, end] = model.offsets(flag);
      let after = end;
      while (after < model.text.length && (model.text[after] === ' ' || model.text[after] === '\t')) after++;
      report({ start, end, instruction: stage.from, data: { value }, fix: { edits: [{ start, end: after, text: '' }] } });
    }
  },
});
