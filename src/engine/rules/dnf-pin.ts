import { defineRule, t } from '../define.ts';
import { rpmUnpinned, wordRange } from '../run-helpers.ts';

export default defineRule({
  id: 'dnf-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3041'] },
  docs: {
    title: t('Pacote dnf sem versão', 'dnf package without a version'),
    description: t(
      'Um pacote em `dnf install` (ou `dnf5`, `microdnf`) que não está na forma `nome-versão` (a parte depois do último `-` começa com um dígito), ou um módulo de `dnf module install` sem `:stream`. Não vale para arquivos `.rpm`, caminhos, URLs, grupos (`@grupo`) e pacotes em variáveis.',
      'A package in `dnf install` (or `dnf5`, `microdnf`) that is not in `name-version` form (the part after the last `-` starts with a digit), or a `dnf module install` module without `:stream`. Not raised for `.rpm` files, paths, URLs, groups (`@group`) or packages in variables.'),
    rationale: t(
      'Sem versão, cada build instala a mais recente do repositório naquele dia, e duas imagens do mesmo Dockerfile podem diferir. Fixar torna o build reproduzível, mas o Fedora e o RHEL tiram versões antigas dos repositórios e o build pinado passa a falhar até alguém atualizar. É uma escolha de política, por isso a regra é informativa.',
      'Without a version, each build installs whatever the repository holds that day, and two images of the same Dockerfile can differ. Pinning makes builds reproducible, but Fedora and RHEL drop old versions from their repositories and the pinned build starts failing until someone bumps it. It is a policy choice, so the rule is informational.'),
    howToFix: t('Escreva `pacote-versão` (veja as versões com `dnf list --showduplicates pacote`), ou desligue a regra se a equipe fixa só a imagem base.', 'Write `package-version` (list versions with `dnf list --showduplicates package`), or turn the rule off if your team pins only the base image.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão (`{name}-<versão>`).', module: 'O módulo `{name}` não tem stream (`{name}:<stream>`).' },
    en: { default: 'Package `{name}` has no version (`{name}-<version>`).', module: 'Module `{name}` has no stream (`{name}:<stream>`).' },
  },
  examples: {
    bad: ['FROM fedora:42\nRUN dnf install -y httpd && dnf clean all\nUSER 10001\n'],
    good: ['FROM fedora:42\nRUN dnf install -y httpd-2.4.63 && dnf module install -y nodejs:22 && dnf clean all\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const { t: c, word } of rpmUnpinned(model, ['dnf', 'dnf5', 'dnf-3', 'microdnf'])) report({ ...wordRange(word), instruction: c.run, messageId: c.scope === 'module' ? 'module' : 'default', data: { name: word.value } });
  },
});
