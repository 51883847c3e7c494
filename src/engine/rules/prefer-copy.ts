import { Add } from 'dockerfile-ast';
import { defineRule, keywordRange, t } from '../define.ts';
import { isRemoteSource, looksLikeArchive, operands } from '../instructions-helpers.ts';

/** ADD flags COPY accepts too; any other (`--checksum`, `--keep-git-dir`, `--unpack`) rules out the fix. */
const COPY_FLAGS = new Set(['chmod', 'chown', 'link', 'exclude']);

export default defineRule({
  id: 'prefer-copy',
  severity: 'warning',
  instructions: ['ADD'],
  refs: { hadolint: ['DL3020'] },
  docs: {
    title: t('ADD de arquivo local: use COPY', 'ADD of a local file: use COPY'),
    description: t(
      '`ADD` copia um arquivo ou diretório local que não é um arquivo tar (`.tar`, `.tar.gz`, `.tgz`…), nem uma URL http(s), nem um repositório Git. Fontes com variável não são verificadas.',
      '`ADD` copies a local file or directory that is neither a tar archive (`.tar`, `.tar.gz`, `.tgz`…), nor an http(s) URL, nor a Git repository. Sources holding a variable are not checked.'),
    rationale: t(
      '`ADD` tem comportamentos extras: extrai arquivos tar e baixa URLs. Com um arquivo local comum ele faz o mesmo que `COPY`, mas quem lê precisa se perguntar se há mágica, e se o arquivo um dia virar um `.tar.gz` ele passa a ser extraído sem aviso. A documentação do Docker recomenda `COPY` sempre que não se precisa dos extras.',
      '`ADD` has extra behaviours: it extracts tar archives and downloads URLs. With an ordinary local file it does the same as `COPY`, but readers must wonder whether magic is involved, and if the file ever becomes a `.tar.gz` it gets extracted without warning. Docker\'s best practices recommend `COPY` whenever the extras are not needed.'),
    howToFix: t(
      'Troque `ADD` por `COPY`. A correção automática faz isso quando todas as fontes são locais, sem curingas, e nenhuma opção exclusiva do `ADD` (`--checksum`, `--keep-git-dir`, `--unpack`) é usada. Se a instrução mistura um arquivo tar com arquivos comuns, separe-a em um `ADD` e um `COPY`.',
      'Replace `ADD` with `COPY`. The automatic fix does it when every source is local, without wildcards, and no ADD-only option (`--checksum`, `--keep-git-dir`, `--unpack`) is used. If the instruction mixes a tar archive with ordinary files, split it into an `ADD` and a `COPY`.'),
  },
  messages: {
    'pt-BR': { default: '`ADD` de `{source}`, que é local e não é um arquivo tar: use `COPY`.' },
    en: { default: '`ADD` of `{source}`, which is local and not a tar archive: use `COPY`.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar ADD por COPY' }, en: { default: 'Replace ADD with COPY' } },
  examples: {
    bad: ['FROM alpine:3.22\nWORKDIR /app\nADD main.sh .\nUSER 10001\nCMD ["sh", "main.sh"]\n'],
    good: [
      'FROM alpine:3.22\nWORKDIR /app\nCOPY main.sh .\nUSER 10001\nCMD ["sh", "main.sh"]\n',
      'FROM alpine:3.22\nADD rootfs.tar.gz /\nUSER 10001\n',
      'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /opt/\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (!(ins instanceof Add)) continue;
      const ops = operands(model, ins);
      if (ops.length < 2) continue;
      const sources = ops.slice(0, -1);
      const local = sources.filter((s) => {
        const v = s.value;
        return v && !v.includes('$') && !v.startsWith('<<') && !isRemoteSource(v) && !looksLikeArchive(v);
      });
      const first = local[0];
      if (!first) continue;
      const fixable = local.length === sources.length
        && !sources.some((s) => /[*?[]/.test(s.value))
        && ins.getFlags().every((f) => COPY_FLAGS.has(f.getName()));
      const [start, end] = keywordRange(model, ins);
      const written = model.text.slice(start, end);
      const replacement = written === written.toLowerCase() ? 'copy' : 'COPY';
      report({
        start, end, instruction: ins, data: { source: first.value },
        fix: fixable ? { edits: [{ start, end, text: replacement }] } : undefined,
      });
    }
  },
});
