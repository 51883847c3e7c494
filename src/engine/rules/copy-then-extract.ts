import { Copy, Run, type Instruction } from 'dockerfile-ast';
import { defineRule, t } from '../define.ts';
import { basename, isUnpackableTar, operands, type Operand } from '../instructions-helpers.ts';
import { commandName, flagNames, type Command } from '../shell.ts';

/** Commands that decompress or extract whatever file they are given. */
const DECOMPRESSORS = new Set(['gunzip', 'bunzip2', 'unxz', 'unzstd', 'zcat', 'gzcat', 'bzcat', 'xzcat', 'zstdcat', 'uncompress', 'unzip']);
/** Compressors that decompress with `-d`/`--decompress`. */
const COMPRESSORS = new Set(['gzip', 'bzip2', 'xz', 'zstd']);

interface Copied {
  copy: Instruction;
  source: Operand;
  /** Line of the RUN that extracts it, once found. */
  line: number;
}

function extracts(cmd: Command): boolean {
  const name = commandName(cmd);
  if (DECOMPRESSORS.has(name)) return true;
  if (COMPRESSORS.has(name)) return cmd.args.some((a) => a.value === '--decompress' || (!a.value.startsWith('--') && flagNames(a.value).includes('d')));
  if (name !== 'tar') return false;
  const first = cmd.args[0]?.value ?? '';
  // Old-style bundled options: `tar xzf file`.
  if (first && !first.startsWith('-') && /^[A-Za-z]+$/.test(first) && first.includes('x')) return true;
  return cmd.args.some((a) => a.value === '--extract' || a.value === '--get' || (/^-[A-Za-z]+$/.test(a.value) && a.value.includes('x')));
}

/** Basenames of the files a command works on (`--file=x` included). */
function fileNames(cmd: Command): string[] {
  return cmd.args.map((a) => basename(a.value.startsWith('--') && a.value.includes('=') ? a.value.slice(a.value.indexOf('=') + 1) : a.value));
}

export default defineRule({
  id: 'copy-then-extract',
  severity: 'info',
  instructions: ['COPY', 'RUN'],
  refs: { hadolint: ['DL3010'] },
  docs: {
    title: t('COPY de um arquivo tar que depois é extraído', 'COPY of a tar archive that is then extracted'),
    description: t(
      'Um `COPY` traz um arquivo tar local (`.tar`, `.tar.gz`, `.tgz`, `.tar.xz`…) e um `RUN` posterior do mesmo estágio o extrai (`tar -x…`, `gunzip`, `zcat`…).',
      'A `COPY` brings in a local tar archive (`.tar`, `.tar.gz`, `.tgz`, `.tar.xz`…) and a later `RUN` in the same stage extracts it (`tar -x…`, `gunzip`, `zcat`…).'),
    rationale: t(
      'O `COPY` grava o arquivo compactado numa camada própria; apagá-lo depois do `tar` não diminui a imagem, porque a camada antiga continua lá. Você paga o tamanho duas vezes: compactado e extraído. `ADD` extrai arquivos tar locais direto no destino, numa camada só.',
      'The `COPY` stores the archive in a layer of its own; deleting it after `tar` does not shrink the image, because the old layer is still there. You pay for the size twice: compressed and extracted. `ADD` extracts local tar archives straight into the destination, in a single layer.'),
    howToFix: t(
      'Use `ADD app.tar.gz /opt/app/` no lugar do `COPY` e do `tar`. Se precisar de opções do `tar` (como `--strip-components`), monte o arquivo só durante o `RUN`: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt/app`.',
      'Use `ADD app.tar.gz /opt/app/` instead of `COPY` plus `tar`. If you need `tar` options (such as `--strip-components`), mount the archive just for the `RUN`: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt/app`.'),
  },
  messages: {
    'pt-BR': { default: '`{file}` é copiado e extraído na linha {line}: a camada do `COPY` guarda o arquivo compactado para sempre. Use `ADD` (que extrai) ou um bind mount.' },
    en: { default: '`{file}` is copied and then extracted on line {line}: the `COPY` layer keeps the archive forever. Use `ADD` (which extracts) or a bind mount.' },
  },
  examples: {
    bad: ['FROM alpine:3.22\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nADD app.tar.gz /opt/\nUSER 10001\n',
      'FROM alpine:3.22\nCOPY app.tar.gz /srv/downloads/\nRUN ls -l /srv/downloads\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      /** Copied archives by the basenames they can be reached under. */
      const byName = new Map<string, Copied[]>();
      for (const ins of stage.body) {
        if (ins instanceof Copy) {
          if (ins.getFlags().some((f) => f.getName() === 'from')) continue;
          const ops = operands(model, ins);
          if (ops.length < 2) continue;
          const dest = ops[ops.length - 1]!.value;
          const sources = ops.slice(0, -1);
          for (const source of sources) {
            if (source.value.includes('$') || !isUnpackableTar(source.value)) continue;
            const names = new Set([basename(source.value)]);
            // `COPY app.tar.gz /tmp/x.tgz` renames the file.
            if (sources.length === 1 && dest && !/[/\\]$/.test(dest) && dest !== '.') names.add(basename(dest));
            const entry: Copied = { copy: ins, source, line: 0 };
            for (const name of names) {
              const list = byName.get(name);
              if (list) list.push(entry);
              else byName.set(name, [entry]);
            }
          }
        } else if (ins instanceof Run && byName.size > 0) {
          for (const cmd of model.script(ins).commands) {
            if (!extracts(cmd)) continue;
            for (const file of fileNames(cmd)) {
              for (const c of byName.get(file) ?? []) {
                if (c.line) continue;
                c.line = ins.getRange().start.line + 1;
                report({ start: c.source.start, end: c.source.end, instruction: c.copy, data: { file: c.source.value, line: c.line } });
              }
            }
          }
        }
      }
    }
  },
});
