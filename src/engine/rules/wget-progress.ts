import { defineRule, t } from '../define.ts';
import { commandsNamed, wordRange } from '../run-helpers.ts';
import { flagNames, type Command } from '../shell.ts';

const LONG = new Set(['progress', 'quiet', 'no-verbose', 'output-file', 'append-output']);

/** `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, `-o`/`--output-file` or `-a`/`--append-output`. */
function quiet(c: Command): boolean {
  for (const a of c.args) {
    const v = a.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      if (LONG.has(v.slice(2).split('=')[0]!)) return true;
    } else if (v.startsWith('-n')) {
      // wget's two-letter `-nX` options (`-nv`, `-nc`, `-nd`) do not combine with others.
      if (v === '-nv') return true;
    } else if (flagNames(v).some((f) => f === 'q' || f === 'o' || f === 'a')) return true;
  }
  return false;
}

export default defineRule({
  id: 'wget-progress',
  severity: 'info',
  instructions: ['RUN'],
  refs: { hadolint: ['DL3047'] },
  docs: {
    title: t('`wget` com a barra de progresso', '`wget` with its progress bar'),
    description: t(
      '`wget` sem `-q`/`--quiet`, `-nv`/`--no-verbose`, `--progress=…` ou `-o`/`-a` (log em arquivo).',
      '`wget` without `-q`/`--quiet`, `-nv`/`--no-verbose`, `--progress=…` or `-o`/`-a` (log to a file).'),
    rationale: t(
      'Sem terminal, o `wget` do GNU imprime o progresso em "pontos": uma linha a cada 50 KB. Um download de 200 MB enche o log do build com milhares de linhas, o que esconde os erros que importam e pode estourar o limite de log do CI.',
      'With no terminal, GNU `wget` prints progress as "dots": a line every 50 KB. A 200 MB download fills the build log with thousands of lines, which hides the errors that matter and can hit the CI log limit.'),
    howToFix: t(
      'Use `wget -q` (funciona também no `wget` do BusyBox, no Alpine) ou, no GNU wget, `--progress=dot:giga` para manter um progresso resumido.',
      'Use `wget -q` (BusyBox `wget` on Alpine understands it too) or, with GNU wget, `--progress=dot:giga` to keep a short progress log.'),
  },
  messages: {
    'pt-BR': { default: '`wget` sem `-q` ou `--progress`: o progresso enche o log do build.' },
    en: { default: '`wget` without `-q` or `--progress`: its progress output floods the build log.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nRUN wget -O /tmp/app.tar.gz https://example.com/app.tar.gz\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nRUN wget -qO /tmp/app.tar.gz https://example.com/app.tar.gz\nUSER 10001\n',
      'FROM ubuntu:24.04\nRUN wget --progress=dot:giga -O /tmp/app.tar.gz https://example.com/app.tar.gz\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const { run, command } of commandsNamed(model, ['wget'])) {
      if (!quiet(command)) report({ ...wordRange(command.name), instruction: run });
    }
  },
});
