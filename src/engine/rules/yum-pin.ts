import { defineRule, t } from '../define.ts';
import { rpmUnpinned, wordRange } from '../run-helpers.ts';

export default defineRule({
  id: 'yum-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3033'] },
  docs: {
    title: t('Pacote yum sem versão', 'yum package without a version'),
    description: t(
      'Um pacote em `yum install` que não está na forma `nome-versão` (a parte depois do último `-` começa com um dígito, como `httpd-2.4.62`), ou um módulo de `yum module install` sem `:stream`. Não vale para arquivos `.rpm`, caminhos, URLs, grupos (`@grupo`) e pacotes em variáveis.',
      'A package in `yum install` that is not in `name-version` form (the part after the last `-` starts with a digit, as in `httpd-2.4.62`), or a `yum module install` module without `:stream`. Not raised for `.rpm` files, paths, URLs, groups (`@group`) or packages in variables.'),
    rationale: t(
      'Sem versão, cada build instala a mais recente do repositório naquele dia, e duas imagens do mesmo Dockerfile podem diferir. Fixar torna o build reproduzível, mas os repositórios removem versões antigas com o tempo e o build pinado passa a falhar até alguém atualizar. É uma escolha de política, por isso a regra é informativa.',
      'Without a version, each build installs whatever the repository holds that day, and two images of the same Dockerfile can differ. Pinning makes builds reproducible, but repositories drop old versions over time and the pinned build starts failing until someone bumps it. It is a policy choice, so the rule is informational.'),
    howToFix: t('Escreva `pacote-versão` (veja as versões com `yum list --showduplicates pacote`), ou desligue a regra se a equipe fixa só a imagem base.', 'Write `package-version` (list versions with `yum list --showduplicates package`), or turn the rule off if your team pins only the base image.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão (`{name}-<versão>`).', module: 'O módulo `{name}` não tem stream (`{name}:<stream>`).' },
    en: { default: 'Package `{name}` has no version (`{name}-<version>`).', module: 'Module `{name}` has no stream (`{name}:<stream>`).' },
  },
  examples: {
    bad: ['FROM amazonlinux:2\nRUN yum install -y httpd && yum clean all\nUSER 10001\n'],
    good: ['FROM amazonlinux:2\nRUN yum install -y httpd-2.4.62 /tmp/app-1.0.rpm && yum clean all\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const { t: c, word } of rpmUnpinned(model, ['yum'])) report({ ...wordRange(word), instruction: c.run, messageId: c.scope === 'module' ? 'module' : 'default', data: { name: word.value } });
  },
});
