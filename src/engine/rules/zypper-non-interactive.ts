import { defineRule, t } from '../define.ts';
import { actionRange, hasFlagIn, insertFix, zypperCommands } from '../run-helpers.ts';

const PROMPTS = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup', 'install-new-recommends', 'inr']);

export default defineRule({
  id: 'zypper-non-interactive',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3034'] },
  docs: {
    title: t('`zypper` sem `-n`', '`zypper` without `-n`'),
    description: t(
      '`zypper install`/`in`, `remove`/`rm`, `source-install`/`si`, `patch`, `update` ou `dist-upgrade` sem `-n`/`--non-interactive` (antes do subcomando) nem `-y`/`--no-confirm` (depois dele). Cuidado: `zypper install -n` não é o mesmo que `zypper -n install`; depois do subcomando, `-n` é `--name`.',
      '`zypper install`/`in`, `remove`/`rm`, `source-install`/`si`, `patch`, `update` or `dist-upgrade` without `-n`/`--non-interactive` (before the subcommand) or `-y`/`--no-confirm` (after it). Careful: `zypper install -n` is not `zypper -n install`; after the subcommand, `-n` means `--name`.'),
    rationale: t(
      'O zypper mostra a transação e pergunta "Continue? [y/n/v/...? shows all options] (y)". No build não há terminal para responder: o comando falha ou fica esperando, e o build quebra.',
      'zypper shows the transaction and asks "Continue? [y/n/v/...? shows all options] (y)". A build has no terminal to answer it, so the command fails or waits, breaking the build.'),
    howToFix: t('Escreva `zypper -n install …` (ou `zypper --non-interactive …`). A correção automática acrescenta `-n` logo depois de `zypper`.', 'Write `zypper -n install …` (or `zypper --non-interactive …`). The automatic fix adds `-n` right after `zypper`.'),
  },
  messages: {
    'pt-BR': { default: '`zypper {action}` sem `-n`: no build ninguém confirma a transação.' },
    en: { default: '`zypper {action}` without `-n`: nobody confirms the transaction during a build.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar -n' }, en: { default: 'Add -n' } },
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper install curl-8.6.0 && zypper clean --all\nUSER 10001\n'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl-8.6.0 && zypper clean --all\nUSER 10001\n',
      'FROM opensuse/leap:15.6\nRUN zypper install -y curl-8.6.0 && zypper clean --all\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const c of zypperCommands(model)) {
      if (!PROMPTS.has(c.action.value)) continue;
      if (hasFlagIn(c.command, ['n', 'non-interactive'], 0, c.firstIndex)) continue;
      if (hasFlagIn(c.command, ['y', 'no-confirm'], c.actionIndex + 1)) continue;
      report({ ...actionRange(model, c), instruction: c.run, data: { action: c.action.value }, fix: insertFix(model, c.command.name, ' -n') });
    }
  },
});
