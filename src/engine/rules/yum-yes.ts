import { defineRule, t } from '../define.ts';
import { actionLabel, actionRange, insertFix, rpmWithoutYes } from '../run-helpers.ts';

export default defineRule({
  id: 'yum-yes',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3030'] },
  docs: {
    title: t('`yum install` sem `-y`', '`yum install` without `-y`'),
    description: t(
      '`yum install` (e também `groupinstall`, `localinstall`, `update`, `remove`…) sem `-y`/`--assumeyes`.',
      '`yum install` (and also `groupinstall`, `localinstall`, `update`, `remove`…) without `-y`/`--assumeyes`.'),
    rationale: t(
      'O yum mostra a transação e pergunta "Is this ok [y/N]". No build ninguém responde, a resposta padrão é "não", e o comando termina com `Operation aborted` e o build quebra.',
      'yum shows the transaction and asks "Is this ok [y/N]". Nobody answers during a build, the default is no, and the command ends with `Operation aborted`, breaking the build.'),
    howToFix: t('Acrescente `-y` depois do subcomando. A correção automática faz isso.', 'Add `-y` after the subcommand. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: '`{command}` sem `-y`: no build ninguém confirma a transação e o yum aborta.' },
    en: { default: '`{command}` without `-y`: nobody confirms the transaction during a build, so yum aborts.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar -y' }, en: { default: 'Add -y' } },
  examples: {
    bad: ['FROM amazonlinux:2\nRUN yum install httpd-2.4.62 && yum clean all\nUSER 10001\n'],
    good: ['FROM amazonlinux:2\nRUN yum install -y httpd-2.4.62 && yum clean all\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const c of rpmWithoutYes(model, ['yum'])) {
      report({ ...actionRange(model, c), instruction: c.run, data: { command: actionLabel(c) }, fix: insertFix(model, c.action, ' -y') });
    }
  },
});
