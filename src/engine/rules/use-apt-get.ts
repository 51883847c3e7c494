import { defineRule, t } from '../define.ts';
import { aptActionWord, commandsNamed } from '../run-helpers.ts';

/** Subcommands `apt` shares with `apt-get`, so the word can simply become `apt-get`. */
const SHARED = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade', 'clean', 'autoclean', 'build-dep', 'source', 'download', 'satisfy', 'changelog']);
/** Subcommands that live in `apt-cache`. */
const CACHE = new Set(['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc', 'madison']);

export default defineRule({
  id: 'use-apt-get',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3027'] },
  docs: {
    title: t('`apt` em vez de `apt-get`', '`apt` instead of `apt-get`'),
    description: t('Um `RUN` chama `apt` (a ferramenta interativa) em vez de `apt-get` ou `apt-cache`.', 'A `RUN` calls `apt` (the interactive tool) instead of `apt-get` or `apt-cache`.'),
    rationale: t(
      '`apt` foi feito para pessoas no terminal: barra de progresso, cores, e uma interface que o próprio apt avisa que pode mudar (`WARNING: apt does not have a stable CLI interface. Use with caution in scripts.`). `apt-get` e `apt-cache` têm interface estável, pensada para scripts, e é o que um build precisa.',
      '`apt` is made for people at a terminal: progress bars, colours, and an interface apt itself warns may change (`WARNING: apt does not have a stable CLI interface. Use with caution in scripts.`). `apt-get` and `apt-cache` have a stable interface meant for scripts, which is what a build needs.'),
    howToFix: t(
      'Troque `apt install/update/remove…` por `apt-get` (a correção automática faz isso) e `apt search/show/policy` por `apt-cache`. Para `apt list`, use `dpkg-query -W` ou `apt-cache policy`.',
      'Replace `apt install/update/remove…` with `apt-get` (the automatic fix does it) and `apt search/show/policy` with `apt-cache`. For `apt list`, use `dpkg-query -W` or `apt-cache policy`.'),
  },
  messages: {
    'pt-BR': {
      default: '`apt {action}` num script: use `apt-get {action}`, que tem interface estável.',
      cache: '`apt {action}` num script: use `apt-cache {action}`, que tem interface estável.',
      other: '`apt` num script: use `apt-get`, `apt-cache` ou `dpkg-query`, que têm interface estável.',
    },
    en: {
      default: '`apt {action}` in a script: use `apt-get {action}`, which has a stable interface.',
      cache: '`apt {action}` in a script: use `apt-cache {action}`, which has a stable interface.',
      other: '`apt` in a script: use `apt-get`, `apt-cache` or `dpkg-query`, which have a stable interface.',
    },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por apt-get' }, en: { default: 'Replace with apt-get' } },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
    good: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['apt'])) {
      const name = command.name;
      const action = aptActionWord(command)?.word.value ?? '';
      const written = model.text.slice(name.start, name.end);
      if (SHARED.has(action)) {
        const fix = written === name.value ? { edits: [{ start: name.end, end: name.end, text: '-get' }] } : undefined;
        report({ start: name.start, end: name.end, instruction: run, data: { action }, fix });
      } else if (CACHE.has(action)) report({ start: name.start, end: name.end, instruction: run, messageId: 'cache', data: { action } });
      else report({ start: name.start, end: name.end, instruction: run, messageId: 'other' });
    }
  },
});
