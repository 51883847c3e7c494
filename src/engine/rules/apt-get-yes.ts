import { defineRule, t } from '../define.ts';
import { aptInstalls, insertFix, mentionedBefore } from '../run-helpers.ts';
import { flagNames, type Command } from '../shell.ts';

const ASSUME_YES = /APT::Get::Assume-?Yes\s*=\s*["']?(true|yes|1)/i;

/** `-y`, `--yes`, `--assume-yes`, quiet level 2 (`-qq`, `-q -q`, `-q=2`) or `-o APT::Get::Assume-Yes=true`. */
export function answersYes(c: Command): boolean {
  let quiet = 0;
  for (const a of c.args) {
    const v = a.value;
    if (v === '--') break;
    if (ASSUME_YES.test(v)) return true;
    const level = /^(?:-q|--quiet)=(\d+)$/.exec(v);
    if (level) {
      quiet += Number(level[1]);
      continue;
    }
    for (const f of flagNames(v)) {
      if (f === 'y' || f === 'yes' || f === 'assume-yes') return true;
      if (f === 'q' || f === 'quiet') quiet++;
    }
  }
  return quiet >= 2;
}

export default defineRule({
  id: 'apt-get-yes',
  severity: 'warning',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3014'] },
  docs: {
    title: t('`apt-get install` sem `-y`', '`apt-get install` without `-y`'),
    description: t(
      '`apt-get install` (ou `apt install`) sem `-y`/`--yes`/`--assume-yes` e sem `-qq`, que também responde "sim".',
      '`apt-get install` (or `apt install`) without `-y`/`--yes`/`--assume-yes` and without `-qq`, which also answers yes.'),
    rationale: t(
      'Quando o pacote puxa dependências, o apt pergunta "Deseja continuar? [S/n]". No build não há ninguém para responder: a entrada é vazia, o apt entende "não" e termina com `Abort.`. O build quebra, às vezes só no dia em que uma dependência nova aparece.',
      'When the package pulls in dependencies, apt asks "Do you want to continue? [Y/n]". Nobody answers during a build: stdin is empty, apt takes it as no and ends with `Abort.`. The build breaks, sometimes only on the day a new dependency shows up.'),
    howToFix: t('Acrescente `-y` logo depois de `install`. A correção automática faz isso.', 'Add `-y` right after `install`. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: '`{tool} install` sem `-y`: no build ninguém responde à confirmação e o apt aborta.' },
    en: { default: '`{tool} install` without `-y`: nobody answers the prompt during a build, so apt aborts.' },
  },
  fixTitles: { 'pt-BR': { default: 'Acrescentar -y' }, en: { default: 'Add -y' } },
  examples: {
    bad: ['FROM ubuntu:24.04\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -qq --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, stage, command, index, commands, tool, action } of aptInstalls(model)) {
      if (answersYes(command)) continue;
      if (mentionedBefore(model, stage, run, commands, index, 'Assume-Yes')) continue;
      report({ start: command.name.start, end: action.end, instruction: run, data: { tool }, fix: insertFix(model, action, ' -y') });
    }
  },
});
