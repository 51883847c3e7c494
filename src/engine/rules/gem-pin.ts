import { defineRule, t } from '../define.ts';
import { commandsNamed, hasExpansion, hasFlagIn, operands, subcommand, wordRange } from '../run-helpers.ts';

const VALUED = new Set(['-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-p', '--http-proxy', '--platform', '-g', '--file',
  '--build-root', '-P', '--trust-policy', '--target-rbconfig', '-v', '--version']);

export default defineRule({
  id: 'gem-pin',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3028'] },
  docs: {
    title: t('Gem sem versão', 'Gem without a version'),
    description: t(
      'Uma gem em `gem install` (ou `gem i`) sem `:versão` e sem `-v`/`--version`. Arquivos `.gem`, caminhos, gems em variáveis e argumentos depois de `--` não são apontados.',
      'A gem in `gem install` (or `gem i`) without `:version` and without `-v`/`--version`. `.gem` files, paths, gems in variables and arguments after `--` are not flagged.'),
    rationale: t(
      'Sem versão, o RubyGems instala a mais recente do dia do build; uma versão maior nova (do `bundler`, por exemplo) pode quebrar o build sem nenhuma mudança no código. É uma escolha de política, por isso a regra é informativa; para as gems da aplicação, o caminho é o `Gemfile.lock` com `bundle install`.',
      'Without a version, RubyGems installs whatever is newest on build day; a new major release (of `bundler`, for example) can break the build with no code change. It is a policy choice, so the rule is informational; for the app\'s gems, use `Gemfile.lock` with `bundle install`.'),
    howToFix: t('Escreva `gem install nome:versão` ou `gem install nome -v versão`.', 'Write `gem install name:version` or `gem install name -v version`.'),
  },
  messages: {
    'pt-BR': { default: 'A gem `{name}` não tem versão (`{name}:<versão>`).' },
    en: { default: 'Gem `{name}` has no version (`{name}:<version>`).' },
  },
  examples: {
    bad: ['FROM ruby:3.4-slim\nRUN gem install bundler\nUSER 10001\n'],
    good: ['FROM ruby:3.4-slim\nRUN gem install bundler:2.6.9 && gem install rake -v 13.3.0\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['gem'])) {
      const sub = subcommand(command, VALUED);
      if (!sub || (sub.word.value !== 'install' && sub.word.value !== 'i')) continue;
      if (hasFlagIn(command, ['v', 'version'])) continue;
      for (const w of operands(command, sub.index + 1, VALUED)) {
        const v = w.value;
        if (!v || hasExpansion(w) || v.includes(':') || v.includes('/') || /\.gem$/.test(v)) continue;
        report({ ...wordRange(w), instruction: run, data: { name: v } });
      }
    }
  },
});
