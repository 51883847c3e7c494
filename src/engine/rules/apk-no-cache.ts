import { defineRule, t } from '../define.ts';
import { apkAdds, cacheMountHolds, hasFlagIn, inFinalImage, insertFix, removesLater } from '../run-helpers.ts';

export default defineRule({
  id: 'apk-no-cache',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3019'] },
  docs: {
    title: t('`apk add` sem `--no-cache`', '`apk add` without `--no-cache`'),
    description: t(
      '`apk add` sem `--no-cache`, num estágio que vira camada da imagem final. Não vale com `--mount=type=cache` (ou `tmpfs`) em `/var/cache/apk`, nem quando o mesmo `RUN` apaga `/var/cache/apk` depois, nem com `--no-network`, que não baixa índice.',
      '`apk add` without `--no-cache`, in a stage whose layers become the final image. Not raised with a `--mount=type=cache` (or `tmpfs`) on `/var/cache/apk`, nor when the same `RUN` deletes `/var/cache/apk` afterwards, nor with `--no-network`, which downloads no index.'),
    rationale: t(
      'Sem `--no-cache`, o índice de pacotes baixado (`APKINDEX`) fica em `/var/cache/apk` e vai junto na camada: alguns MB a mais em cada imagem, que não servem para nada em produção. `--no-cache` baixa o índice, instala e não guarda nada, sem precisar de `apk update` antes.',
      'Without `--no-cache`, the downloaded package index (`APKINDEX`) stays in `/var/cache/apk` and ships in the layer: a few extra MB in every image that serve no purpose in production. `--no-cache` fetches the index, installs and keeps nothing, with no `apk update` needed first.'),
    howToFix: t('Use `apk add --no-cache …` e tire o `apk update` anterior. A correção automática acrescenta `--no-cache`.', 'Use `apk add --no-cache …` and drop the preceding `apk update`. The automatic fix adds `--no-cache`.'),
  },
  messages: {
    'pt-BR': { default: '`apk add` sem `--no-cache`: o índice de pacotes fica guardado na imagem.' },
    en: { default: '`apk add` without `--no-cache`: the package index is kept in the image.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar --no-cache' }, en: { default: 'Add --no-cache' } },
  examples: {
    bad: ['FROM alpine:3.22\nRUN apk update && apk add curl=8.14.1-r2\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r2\nUSER 10001\n',
      'FROM alpine:3.22\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.14.1-r2\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage, command, index, commands, action } of apkAdds(model)) {
      // `--no-network` fetches no index: nothing lands in the cache (official images re-mark run deps this way).
      if (hasFlagIn(command, ['no-cache', 'no-network'])) continue;
      if (!inFinalImage(model, stage, run)) continue;
      if (cacheMountHolds(run, '/var/cache/apk', '/etc/apk/cache')) continue;
      if (removesLater(commands, index, ['/var/cache/apk'])) continue;
      report({ start: command.name.start, end: action.end, instruction: run, fix: insertFix(model, action, ' --no-cache') });
    }
  },
});
