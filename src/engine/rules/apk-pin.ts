import { defineRule, t } from '../define.ts';
import { APK_VALUED, apkAdds, hasExpansion, operands, wordRange } from '../run-helpers.ts';

export default defineRule({
  id: 'apk-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3018'] },
  docs: {
    title: t('Pacote apk sem versão fixa', 'apk package without a pinned version'),
    description: t(
      'Um pacote em `apk add` sem `=versão`, `~versão` ou `>`/`<`. Não vale para arquivos `.apk`, o nome de `--virtual`/`-t` e listas em variáveis (`$PKGS`).',
      'A package in `apk add` without `=version`, `~version` or `>`/`<`. Not raised for `.apk` files, the `--virtual`/`-t` name, or lists held in variables (`$PKGS`).'),
    rationale: t(
      'Sem versão, cada build pega o que estiver no repositório naquele dia. Fixar torna o build reproduzível, mas o Alpine só mantém a versão mais recente de cada pacote por branch: quando sai uma correção, a versão antiga some e o build pinado falha com `unable to select packages`. Fixar com `~` (`curl~8.14`) aceita correções da mesma série e quebra menos. É uma escolha de política, por isso a regra é só informativa.',
      'Without a version, each build takes whatever the repository has that day. Pinning makes builds reproducible, but Alpine keeps only the newest version of each package per branch: when a fix ships, the old version disappears and the pinned build fails with `unable to select packages`. Pinning with `~` (`curl~8.14`) accepts fixes in the same series and breaks less often. It is a policy choice, so the rule is informational only.'),
    howToFix: t(
      'Escreva `pacote=versão` ou `pacote~série` (veja a versão com `apk policy pacote`), ou desligue a regra com `# estaleiro global ignore=apk-pin` se a equipe preferir fixar só a tag da imagem base.',
      'Write `package=version` or `package~series` (see the version with `apk policy package`), or turn the rule off with `# estaleiro global ignore=apk-pin` if your team prefers pinning only the base image tag.'),
  },
  messages: {
    'pt-BR': { default: 'O pacote `{name}` não tem versão fixa (`{name}=<versão>` ou `{name}~<série>`).' },
    en: { default: 'Package `{name}` has no pinned version (`{name}=<version>` or `{name}~<series>`).' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r2\nUSER 10001\n',
      'FROM alpine:3.22\nRUN apk add --no-cache --virtual .build-deps "gcc~14" "musl-dev>1.2"\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command, actionIndex } of apkAdds(model)) {
      for (const w of operands(command, actionIndex + 1, APK_VALUED)) {
        const v = w.value;
        if (!v || hasExpansion(w) || /[=~<>/]/.test(v) || v.endsWith('.apk')) continue;
        report({ ...wordRange(w), instruction: run, data: { name: v } });
      }
    }
  },
});
