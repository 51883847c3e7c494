import { defineRule, t } from '../define.ts';
import { actionLabel, actionRange, rpmWithoutClean } from '../run-helpers.ts';

export default defineRule({
  id: 'dnf-clean',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3040'] },
  docs: {
    title: t('`dnf install` sem `dnf clean all`', '`dnf install` without `dnf clean all`'),
    description: t(
      'Um `RUN` instala ou atualiza pacotes com `dnf`, `dnf5` ou `microdnf` e não roda `clean all` (ou `rm -rf /var/cache/dnf` / `/var/cache/libdnf5`) depois, num estágio que vira camada da imagem final. Um `--mount=type=cache` no diretório de cache dispensa a limpeza.',
      'A `RUN` installs or upgrades packages with `dnf`, `dnf5` or `microdnf` and does not run `clean all` (or `rm -rf /var/cache/dnf` / `/var/cache/libdnf5`) afterwards, in a stage whose layers become the final image. A `--mount=type=cache` on the cache directory makes the cleanup unnecessary.'),
    rationale: t(
      'O dnf guarda metadados dos repositórios e pacotes baixados no cache: com os repositórios do Fedora ou do RHEL são facilmente 100 MB ou mais. Se não forem apagados no mesmo `RUN`, ficam gravados na camada para sempre.',
      'dnf keeps repository metadata and downloaded packages in its cache: with Fedora or RHEL repositories that is easily 100 MB or more. Unless they are deleted in the same `RUN`, they stay in that layer forever.'),
    howToFix: t('Termine o mesmo `RUN` com `&& dnf clean all` (ou `microdnf clean all`).', 'End the same `RUN` with `&& dnf clean all` (or `microdnf clean all`).'),
  },
  messages: {
    'pt-BR': { default: '`{command}` sem `clean all` depois, no mesmo `RUN`: o cache do dnf fica na imagem.' },
    en: { default: '`{command}` without `clean all` after it in the same `RUN`: dnf\'s cache stays in the image.' },
  },
  examples: {
    bad: ['FROM fedora:42\nRUN dnf install -y httpd-2.4.63\nUSER 10001\n'],
    good: [
      'FROM fedora:42\nRUN dnf install -y httpd-2.4.63 && dnf clean all\nUSER 10001\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.6\nRUN microdnf install -y httpd-2.4.62 && microdnf clean all\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const c of rpmWithoutClean(model, ['dnf', 'dnf5', 'dnf-3', 'microdnf'], ['/var/cache/dnf', '/var/cache/libdnf5', '.cache/libdnf5', '/var/cache/yum'])) {
      report({ ...actionRange(model, c), instruction: c.run, data: { command: actionLabel(c) } });
    }
  },
});
