import { defineRule, t } from '../define.ts';
import { commandsNamed, hasFlagIn, insertFix, optionValue } from '../run-helpers.ts';

export default defineRule({
  id: 'useradd-no-log-init',
  severity: 'warning',
  instructions: ['RUN', 'USER'],
  refs: { hadolint: ['DL3046'] },
  docs: {
    title: t('`useradd` com UID alto sem `-l`', '`useradd` with a high UID without `-l`'),
    description: t(
      '`useradd` com um UID de mais de 5 dígitos (`-u 100000`) sem `-l`/`--no-log-init`. UIDs em variáveis não são apontados, porque o valor é desconhecido.',
      '`useradd` with a UID longer than 5 digits (`-u 100000`) without `-l`/`--no-log-init`. UIDs in variables are not flagged, since their value is unknown.'),
    rationale: t(
      'O `useradd` reserva uma entrada para o usuário em `/var/log/lastlog` e `/var/log/faillog`, arquivos indexados pelo UID. No disco eles são esparsos, mas a camada da imagem não guarda buracos: com um UID como 1000000000 a camada ganha centenas de MB ou GB de zeros, e o build pode até esgotar o disco.',
      '`useradd` reserves an entry for the user in `/var/log/lastlog` and `/var/log/faillog`, files indexed by UID. On disk they are sparse, but an image layer keeps no holes: with a UID like 1000000000 the layer gains hundreds of MB or GB of zeros, and the build can even run out of disk.'),
    howToFix: t('Acrescente `--no-log-init` (ou `-l`) ao `useradd`. A correção automática faz isso.', 'Add `--no-log-init` (or `-l`) to `useradd`. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: 'UID {uid} sem `--no-log-init`: o `lastlog` desse UID pode acrescentar GB de zeros à camada.' },
    en: { default: 'UID {uid} without `--no-log-init`: the `lastlog` entry for it can add GBs of zeros to the layer.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar --no-log-init' }, en: { default: 'Add --no-log-init' } },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN useradd --system --uid 1000001 app\nUSER 1000001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN useradd --system --no-log-init --uid 1000001 app\nUSER 1000001\n',
      'FROM ubuntu:24.04\nRUN useradd --system --uid 10001 app\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['useradd'])) {
      const uid = optionValue(command, 'u', 'uid');
      if (!uid || !/^\d{6,}$/.test(uid.value)) continue;
      if (hasFlagIn(command, ['l', 'no-log-init'])) continue;
      report({ start: uid.start, end: uid.end, instruction: run, data: { uid: uid.value }, fix: insertFix(model, command.name, ' --no-log-init') });
    }
  },
});
