import { defineRule, t } from '../define.ts';
import { aptInstalls, insertFix, mentionedBefore } from '../run-helpers.ts';
import type { Command } from '../shell.ts';

const OFF = /APT::Install-Recommends\s*=\s*["']?(false|no|0|off)/i;

function skipsRecommends(c: Command): boolean {
  for (const a of c.args) {
    if (a.value === '--') break;
    if (a.value === '--no-install-recommends' || OFF.test(a.value)) return true;
  }
  return false;
}

export default defineRule({
  id: 'apt-no-install-recommends',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3015'] },
  docs: {
    title: t('`apt-get install` sem `--no-install-recommends`', '`apt-get install` without `--no-install-recommends`'),
    description: t(
      '`apt-get install` (ou `apt install`) sem `--no-install-recommends` nem `-o APT::Install-Recommends=false`, e sem uma configuração anterior do apt que desligue os recomendados.',
      '`apt-get install` (or `apt install`) without `--no-install-recommends` or `-o APT::Install-Recommends=false`, and with no earlier apt configuration turning recommendations off.'),
    rationale: t(
      'Por padrão o apt instala também os pacotes "recomendados": documentação, ferramentas gráficas, compiladores que a aplicação nunca usa. A imagem fica dezenas ou centenas de MB maior, demora mais para baixar em cada nó e carrega mais software para o scanner de vulnerabilidades apontar.',
      'By default apt also installs "recommended" packages: documentation, GUI tools, compilers the app never uses. The image grows by tens or hundreds of MB, takes longer to pull on every node and carries more software for the vulnerability scanner to flag.'),
    howToFix: t(
      'Acrescente `--no-install-recommends` depois de `install` (a correção automática faz isso). Se algo faltar depois, instale esse pacote pelo nome.',
      'Add `--no-install-recommends` after `install` (the automatic fix does it). If something turns out to be missing, install that package by name.'),
  },
  messages: {
    'pt-BR': { default: '`{tool} install` sem `--no-install-recommends`: os pacotes recomendados incham a imagem.' },
    en: { default: '`{tool} install` without `--no-install-recommends`: recommended packages bloat the image.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar --no-install-recommends' }, en: { default: 'Add --no-install-recommends' } },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y -o APT::Install-Recommends=false curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage, command, index, commands, tool, action } of aptInstalls(model)) {
      if (skipsRecommends(command)) continue;
      if (mentionedBefore(model, stage, run, commands, index, 'Install-Recommends')) continue;
      report({ start: command.name.start, end: action.end, instruction: run, data: { tool }, fix: insertFix(model, action, ' --no-install-recommends') });
    }
  },
});
