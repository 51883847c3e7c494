import { defineRule, t } from '../define.ts';
import { hasExpansion, operands, optionValue, wordRange, ZYPPER_VALUED, zypperCommands } from '../run-helpers.ts';

export default defineRule({
  id: 'zypper-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3037'] },
  docs: {
    title: t('Pacote zypper sem versão', 'zypper package without a version'),
    description: t(
      'Um pacote em `zypper install` sem `=versão` (ou `>=`, `<=`, `>`, `<`). Não vale para arquivos `.rpm`, caminhos, padrões e patches (`-t pattern`, `pattern:nome`) e pacotes em variáveis.',
      'A package in `zypper install` without `=version` (or `>=`, `<=`, `>`, `<`). Not raised for `.rpm` files, paths, patterns and patches (`-t pattern`, `pattern:name`), or packages in variables.'),
    rationale: t(
      'Sem versão, cada build instala a mais recente do repositório naquele dia, e duas imagens do mesmo Dockerfile podem diferir. Fixar torna o build reproduzível, mas versões antigas somem dos repositórios e o build pinado passa a falhar até alguém atualizar. É uma escolha de política, por isso a regra é informativa.',
      'Without a version, each build installs whatever the repository holds that day, and two images of the same Dockerfile can differ. Pinning makes builds reproducible, but old versions disappear from repositories and the pinned build starts failing until someone bumps it. It is a policy choice, so the rule is informational.'),
    howToFix: t('Escreva `"pacote=versão"` entre aspas (sem aspas, `>` e `<` viram redirecionamento do shell). Veja as versões com `zypper search -s pacote`.', 'Write `"package=version"` in quotes (unquoted, `>` and `<` become shell redirections). List versions with `zypper search -s package`.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão (`{name}=<versão>`).' },
    en: { default: 'Package `{name}` has no version (`{name}=<version>`).' },
  },
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all\nUSER 10001\n'],
    good: ['FROM opensuse/leap:15.6\nRUN zypper -n install "curl=8.6.0" "git>=2.43" && zypper clean --all\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const c of zypperCommands(model)) {
      if (c.action.value !== 'install' && c.action.value !== 'in') continue;
      const type = optionValue(c.command, 't', 'type')?.value;
      if (type && type !== 'package') continue;
      for (const w of operands(c.command, c.actionIndex + 1, ZYPPER_VALUED)) {
        const v = w.value;
        if (!v || hasExpansion(w) || /[=<>/:]/.test(v) || /\.rpm$/i.test(v)) continue;
        report({ ...wordRange(w), instruction: c.run, data: { name: v } });
      }
    }
  },
});
