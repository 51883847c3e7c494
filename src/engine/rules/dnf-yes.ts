import { defineRule, t } from '../define.ts';
import { actionLabel, actionRange, insertFix, rpmWithoutYes } from '../run-helpers.ts';

export default defineRule({
  id: 'dnf-yes',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3038'] },
  docs: {
    title: t('`dnf install` sem `-y`', '`dnf install` without `-y`'),
    description: t(
      '`dnf install` (e também `groupinstall`, `upgrade`, `remove`…, no `dnf` e no `dnf5`) sem `-y`/`--assumeyes`. O `microdnf` não é apontado: ele nunca pergunta.',
      '`dnf install` (and also `groupinstall`, `upgrade`, `remove`…, with `dnf` and `dnf5`) without `-y`/`--assumeyes`. `microdnf` is not flagged: it never asks.'),
    rationale: t(
      'O dnf mostra a transação e pergunta "Is this ok [y/N]". No build ninguém responde, a resposta padrão é "não", e o comando termina com `Operation aborted` e o build quebra.',
      'dnf shows the transaction and asks "Is this ok [y/N]". Nobody answers during a build, the default is no, and the command ends with `Operation aborted`, breaking the build.'),
    howToFix: t('Acrescente `-y` depois do subcomando. A correção automática faz isso.', 'Add `-y` after the subcommand. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: '`{command}` sem `-y`: no build ninguém confirma a transação e o dnf aborta.' },
    en: { default: '`{command}` without `-y`: nobody confirms the transaction during a build, so dnf aborts.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar -y' }, en: { default: 'Add -y' } },
  examples: {
    bad: ['FROM fedora:42\nRUN dnf install httpd-2.4.63 && dnf clean all\nUSER 10001\n'],
    good: [
      'FROM fedora:42\nRUN dnf install -y httpd-2.4.63 && dnf clean all\nUSER 10001\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.6\nRUN microdnf install httpd-2.4.62 && microdnf clean all\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const c of rpmWithoutYes(model, ['dnf', 'dnf5', 'dnf-3'])) {
      report({ ...actionRange(model, c), instruction: c.run, data: { command: actionLabel(c) }, fix: insertFix(model, c.action, ' -y') });
    }
  },
});
