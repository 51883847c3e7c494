import { defineRule, t } from '../define.ts';
import { wordRange, zypperCommands } from '../run-helpers.ts';

export default defineRule({
  id: 'zypper-dist-upgrade',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3035'] },
  docs: {
    title: t('`zypper dist-upgrade` no build', '`zypper dist-upgrade` in the build'),
    description: t('Um `RUN` roda `zypper dist-upgrade` (ou `zypper dup`).', 'A `RUN` runs `zypper dist-upgrade` (or `zypper dup`).'),
    rationale: t(
      '`dist-upgrade` atualiza a distribuição inteira, podendo trocar de versão, remover pacotes e mudar de fornecedor. O resultado depende do dia do build, e a imagem deixa de corresponder à tag da imagem base. Para ter uma base atualizada, use uma tag mais nova da imagem base; para correções de segurança, `zypper patch` ou `zypper update` de pacotes específicos.',
      '`dist-upgrade` upgrades the whole distribution and may switch releases, remove packages and change vendors. The result depends on the build date, and the image no longer matches its base image tag. For an up-to-date base, use a newer base image tag; for security fixes, `zypper patch` or `zypper update` of specific packages.'),
    howToFix: t('Tire o `dist-upgrade` e atualize a tag da imagem base (por exemplo `opensuse/leap:15.6`).', 'Remove the `dist-upgrade` and bump the base image tag (for example `opensuse/leap:15.6`).'),
  },
  messages: {
    'pt-BR': { default: '`zypper {action}` atualiza a distribuição inteira no build: use uma imagem base mais nova.' },
    en: { default: '`zypper {action}` upgrades the whole distribution during the build: use a newer base image.' },
  },
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper clean --all\nUSER 10001\n'],
    good: ['FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper clean --all\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const c of zypperCommands(model)) {
      if (c.action.value === 'dist-upgrade' || c.action.value === 'dup') report({ ...wordRange(c.action), instruction: c.run, data: { action: c.action.value } });
    }
  },
});
