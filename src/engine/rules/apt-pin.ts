import { defineRule, t } from '../define.ts';
import { APT_VALUED, aptInstalls, hasExpansion, operands, wordRange } from '../run-helpers.ts';
import type { Word } from '../shell.ts';

/** A package argument that names a package by name alone (no `=version`, release, file or pattern). */
function unpinned(w: Word): boolean {
  const v = w.value;
  if (!v || hasExpansion(w)) return false;
  if (v.includes('=') || v.includes('/') || v.endsWith('.deb')) return false;
  if (/[*?[\]~^]/.test(v) || v.endsWith('-') || v.endsWith('+')) return false;
  return true;
}

export default defineRule({
  id: 'apt-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3008'] },
  docs: {
    title: t('Pacote apt sem versão fixa', 'apt package without a pinned version'),
    description: t(
      'Um pacote em `apt-get install` (ou `apt install`) sem `=versão`. Não vale para arquivos `.deb`, pacotes com `/release` (`curl/bookworm-backports`), padrões e listas em variáveis (`$PKGS`), que o Estaleiro não consegue ler.',
      'A package in `apt-get install` (or `apt install`) without `=version`. Not raised for `.deb` files, packages with `/release` (`curl/bookworm-backports`), patterns, or lists held in variables (`$PKGS`), which Estaleiro cannot read.'),
    rationale: t(
      'Sem versão, dois builds do mesmo Dockerfile podem instalar versões diferentes, e um build de hoje pode se comportar diferente do de ontem. Fixar versões torna o build reproduzível, mas tem um custo: o Debian e o Ubuntu tiram versões antigas do repositório a cada atualização de segurança, e o build pinado começa a falhar com `Version not found` até alguém atualizar o número. Por isso é uma questão de política, e esta regra é só informativa. Uma alternativa é fixar a imagem base por digest e usar `snapshot.debian.org`.',
      'Without a version, two builds of the same Dockerfile can install different versions, and today\'s build may behave differently from yesterday\'s. Pinning makes builds reproducible, at a cost: Debian and Ubuntu drop old versions from the archive with every security update, and the pinned build starts failing with `Version not found` until someone bumps the number. That makes it a policy choice, so this rule is informational only. An alternative is pinning the base image by digest and using `snapshot.debian.org`.'),
    howToFix: t(
      'Escreva `pacote=versão` (veja a versão atual com `apt-cache policy pacote`). Se a equipe decidir não fixar, desligue a regra com `# hadolint global ignore=DL3008` ou `# estaleiro global ignore=apt-pin`.',
      'Write `package=version` (see the current version with `apt-cache policy package`). If your team decides not to pin, turn the rule off with `# hadolint global ignore=DL3008` or `# estaleiro global ignore=apt-pin`.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão fixa (`{name}=<versão>`): builds diferentes podem instalar versões diferentes.' },
    en: { default: 'Package `{name}` has no pinned version (`{name}=<version>`): different builds may install different versions.' },
  },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends -t bookworm-backports curl/bookworm-backports ./vendor.deb && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command, action } of aptInstalls(model)) {
      const index = command.args.indexOf(action);
      for (const w of operands(command, index + 1, APT_VALUED)) {
        if (unpinned(w)) report({ ...wordRange(w), instruction: run, data: { name: w.value } });
      }
    }
  },
});
