import { defineRule, t } from '../define.ts';
import { actionLabel, actionRange, rpmWithoutClean } from '../run-helpers.ts';

export default defineRule({
  id: 'yum-clean',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3032'] },
  docs: {
    title: t('`yum install` sem `yum clean all`', '`yum install` without `yum clean all`'),
    description: t(
      'Um `RUN` instala pacotes com `yum` e não termina com `yum clean all` (ou `rm -rf /var/cache/yum`) depois da instalação, num estágio que vira camada da imagem final. Um `clean` antes do `install` não conta. Um `--mount=type=cache` em `/var/cache/yum` dispensa a limpeza.',
      'A `RUN` installs packages with `yum` and does not run `yum clean all` (or `rm -rf /var/cache/yum`) after the install, in a stage whose layers become the final image. A `clean` before the `install` does not count. A `--mount=type=cache` on `/var/cache/yum` makes the cleanup unnecessary.'),
    rationale: t(
      'O yum guarda metadados dos repositórios e os pacotes baixados em `/var/cache/yum`: dezenas a centenas de MB. Se não forem apagados no mesmo `RUN`, ficam gravados na camada; um `RUN` posterior não devolve o espaço.',
      'yum keeps repository metadata and downloaded packages in `/var/cache/yum`: tens to hundreds of MB. Unless they are deleted in the same `RUN`, they stay in that layer; a later `RUN` does not give the space back.'),
    howToFix: t('Termine o mesmo `RUN` com `&& yum clean all && rm -rf /var/cache/yum`.', 'End the same `RUN` with `&& yum clean all && rm -rf /var/cache/yum`.'),
  },
  messages: {
    'pt-BR': { default: '`{command}` sem `yum clean all` depois, no mesmo `RUN`: o cache do yum fica na imagem.' },
    en: { default: '`{command}` without `yum clean all` after it in the same `RUN`: yum\'s cache stays in the image.' },
  },
  examples: {
    bad: ['FROM amazonlinux:2\nRUN yum install -y httpd-2.4.62\nUSER 10001\n'],
    good: [
      'FROM amazonlinux:2\nRUN yum install -y httpd-2.4.62 && yum clean all\nUSER 10001\n',
      'FROM amazonlinux:2\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.62\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const c of rpmWithoutClean(model, ['yum'], ['/var/cache/yum', '/var/cache/dnf'])) {
      report({ ...actionRange(model, c), instruction: c.run, data: { command: actionLabel(c) } });
    }
  },
});
