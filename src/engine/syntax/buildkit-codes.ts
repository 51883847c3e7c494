/**
 * What BuildKit's Dockerfile frontend rejects and dockerfile-utils lets through. These are not
 * dockerfile-utils codes: their numbers start at 1001 so they never collide with its ValidationCode.
 * `{reason}` in a message is one of the code's `reasons`, picked per finding (see check.ts).
 */
import type { L10n } from '../types.ts';
import type { SyntaxCode } from './codes.ts';

const t = (pt: string, en: string): L10n => ({ 'pt-BR': pt, en });

export const BUILDKIT_CODES: SyntaxCode[] = [
  { code: 1001, id: 'syntax-invalid-check-directive', severity: 'error', title: t('Diretiva check inválida', 'Invalid check directive'),
    message: t('O BuildKit não entende `{text}` na diretiva `# check=`: o build falha ("failed to parse check options").',
      'BuildKit does not understand `{text}` in the `# check=` directive: the build fails ("failed to parse check options").'),
    howToFix: t('Use `skip=Regra1,Regra2`, `skip=all`, `error=true` ou `experimental=…`, separados por `;`.', 'Use `skip=Rule1,Rule2`, `skip=all`, `error=true` or `experimental=…`, separated by `;`.'),
    bad: '# check=error=sim\nFROM alpine:3.22\nUSER 10001\n', good: '# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.22\nUSER 10001\n' },
  { code: 1002, id: 'syntax-unterminated-heredoc', severity: 'error', title: t('Heredoc sem delimitador final', 'Unterminated heredoc'),
    message: t('O heredoc `{text}` nunca termina: falta uma linha só com `{name}`; o BuildKit recusa ("unterminated heredoc").',
      'Heredoc `{text}` never ends: no line holds just `{name}`; BuildKit refuses it ("unterminated heredoc").'),
    howToFix: t('Feche o heredoc com uma linha que contenha só o delimitador (com `<<-`, tabs antes dele são permitidos).', 'End the heredoc with a line holding only its delimiter (with `<<-`, tabs before it are allowed).'),
    bad: 'FROM alpine:3.22\nUSER 10001\nRUN <<EOF\necho oi\n', good: 'FROM alpine:3.22\nUSER 10001\nRUN <<EOF\necho oi\nEOF\n' },
  { code: 1003, id: 'syntax-run-mount', severity: 'error', title: t('`--mount` inválido', 'Invalid `--mount`'),
    message: t('`--mount`: {reason}', '`--mount`: {reason}'),
    howToFix: t('Use `type=` `bind`, `cache`, `tmpfs`, `secret` ou `ssh`, com as opções que esse tipo aceita (por exemplo `--mount=type=cache,target=/root/.cache`).',
      'Use `type=` `bind`, `cache`, `tmpfs`, `secret` or `ssh`, with the options that type takes (for example `--mount=type=cache,target=/root/.cache`).'),
    bad: 'FROM alpine:3.22\nRUN --mount=type=cahce,target=/var/cache/apk apk add curl\nUSER 10001\n',
    good: 'FROM alpine:3.22\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\nUSER 10001\n' },
  { code: 1004, id: 'syntax-run-network', severity: 'error', title: t('`--network` inválido', 'Invalid `--network`'),
    message: t('`{text}` não é um modo de rede do `RUN`: use `default`, `none` ou `host`.', '`{text}` is not a `RUN` network mode: use `default`, `none` or `host`.'),
    howToFix: t('Escreva `--network=none` (sem rede), `--network=host` ou apague a flag.', 'Write `--network=none` (no network), `--network=host`, or drop the flag.'),
    bad: 'FROM alpine:3.22\nRUN --network=off echo oi\nUSER 10001\n', good: 'FROM alpine:3.22\nRUN --network=none echo oi\nUSER 10001\n' },
  { code: 1005, id: 'syntax-run-security', severity: 'error', title: t('`--security` inválido', 'Invalid `--security`'),
    message: t('`{text}` não é um modo de segurança do `RUN`: use `sandbox` ou `insecure`.', '`{text}` is not a `RUN` security mode: use `sandbox` or `insecure`.'),
    howToFix: t('Escreva `--security=insecure` (exige `--allow security.insecure` no build) ou apague a flag.', 'Write `--security=insecure` (it needs `--allow security.insecure` at build time), or drop the flag.'),
    bad: 'FROM alpine:3.22\nRUN --security=privileged echo oi\nUSER 10001\n', good: 'FROM alpine:3.22\nRUN --security=sandbox echo oi\nUSER 10001\n' },
  { code: 1006, id: 'syntax-copy-chmod', severity: 'error', title: t('`--chmod` inválido', 'Invalid `--chmod`'),
    message: t('`{text}` não é um modo válido para `--chmod`: use octal de 0 a 7777 (`755`) ou a forma simbólica (`u+x`).',
      '`{text}` is not a valid `--chmod` mode: use octal from 0 to 7777 (`755`) or the symbolic form (`u+x`).'),
    howToFix: t('Escreva `--chmod=755`, `--chmod=0644` ou `--chmod=u+x`.', 'Write `--chmod=755`, `--chmod=0644` or `--chmod=u+x`.'),
    bad: 'FROM alpine:3.22\nCOPY --chmod=789 entrypoint.sh /entrypoint.sh\nUSER 10001\n', good: 'FROM alpine:3.22\nCOPY --chmod=755 entrypoint.sh /entrypoint.sh\nUSER 10001\n' },
  { code: 1007, id: 'syntax-add-checksum', severity: 'error', title: t('`ADD --checksum` sem fonte HTTP(S) ou Git', '`ADD --checksum` without an HTTP(S) or Git source'),
    message: t('`--checksum`: {reason}', '`--checksum`: {reason}'),
    howToFix: t('Use `--checksum` só com uma única URL `https://…` ou um repositório Git; para arquivos locais, tire a flag.',
      'Use `--checksum` only with a single `https://…` URL or a Git repository; for local files, drop the flag.'),
    bad: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app.tar.gz /opt/\nUSER 10001\n',
    good: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /opt/\nUSER 10001\n' },
  { code: 1008, id: 'syntax-copy-remote-source', severity: 'error', title: t('`COPY` de URL ou repositório Git', '`COPY` from a URL or Git repository'),
    message: t('`COPY` só copia do contexto ou de outro estágio, não de `{text}`: o BuildKit recusa. Use `ADD` (com `--checksum`).',
      '`COPY` copies only from the context or another stage, not from `{text}`: BuildKit refuses it. Use `ADD` (with `--checksum`).'),
    howToFix: t('Troque por `ADD --checksum=sha256:… <url> <destino>`, ou baixe num `RUN` com `curl`.', 'Use `ADD --checksum=sha256:… <url> <dest>`, or download in a `RUN` with `curl`.'),
    bad: 'FROM alpine:3.22\nCOPY https://example.com/app.tar.gz /opt/\nUSER 10001\n',
    good: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /opt/\nUSER 10001\n' },
  { code: 1009, id: 'syntax-volume-empty', severity: 'error', title: t('`VOLUME` vazio', 'Empty `VOLUME`'),
    message: t('`{text}` não é um caminho: o Docker recusa um `VOLUME` vazio ("VOLUME specified can not be an empty string").',
      '`{text}` is not a path: Docker refuses an empty `VOLUME` ("VOLUME specified can not be an empty string").'),
    howToFix: t('Escreva o caminho do volume (`VOLUME /data`) ou apague a instrução.', 'Write the volume path (`VOLUME /data`) or delete the instruction.'),
    bad: 'FROM alpine:3.22\nVOLUME ""\nUSER 10001\n', good: 'FROM alpine:3.22\nVOLUME /data\nUSER 10001\n' },
  { code: 1010, id: 'syntax-heredoc-destination', severity: 'error', title: t('Heredoc como destino', 'Heredoc as the destination'),
    message: t('O destino de `{keyword}` não pode ser um heredoc (`{text}`): o heredoc é uma origem, o destino vem depois dele.',
      'The destination of `{keyword}` cannot be a heredoc (`{text}`): a heredoc is a source, and the destination comes after it.'),
    howToFix: t('Escreva `COPY <<EOF /caminho/do/arquivo`.', 'Write `COPY <<EOF /path/to/file`.'),
    bad: 'FROM alpine:3.22\nUSER 10001\nWORKDIR /etc\nCOPY motd <<EOF\nolá\nEOF\n', good: 'FROM alpine:3.22\nUSER 10001\nWORKDIR /etc\nCOPY <<EOF motd\nolá\nEOF\n' },
];

/** Per-finding explanations for codes whose message is `{reason}`; `{value}`, `{type}` filled from data. */
export const REASONS: Record<string, L10n> = {
  'mount-type': t('`{value}` não é um tipo de montagem (`bind`, `cache`, `tmpfs`, `secret`, `ssh`){suggestion}.',
    '`{value}` is not a mount type (`bind`, `cache`, `tmpfs`, `secret`, `ssh`){suggestion}.'),
  'mount-key': t('`{value}` não é uma opção de montagem{suggestion}.', '`{value}` is not a mount option{suggestion}.'),
  'mount-key-for-type': t('a opção `{value}` não vale para montagens `{type}`.', 'option `{value}` does not apply to `{type}` mounts.'),
  'mount-field': t('`{value}` precisa de valor (`chave=valor`); só `ro`, `rw` e `required` vêm sozinhos.', '`{value}` needs a value (`key=value`); only `ro`, `rw` and `required` stand alone.'),
  'mount-value': t('`{value}` não é um valor válido para `{key}`.', '`{value}` is not a valid value for `{key}`.'),
  'mount-sharing': t('`{value}` não é um modo de compartilhamento (`shared`, `private`, `locked`){suggestion}.', '`{value}` is not a sharing mode (`shared`, `private`, `locked`){suggestion}.'),
  'mount-secret': t('uma montagem `secret` não aceita `{value}`.', 'a `secret` mount does not take `{value}`.'),
  'mount-secret-target': t('uma montagem `secret` precisa de `id`, `source` ou `target`.', 'a `secret` mount needs `id`, `source` or `target`.'),
  'mount-secret-id-source': t('uma montagem `secret` não aceita `source` e `id` juntos.', 'a `secret` mount cannot set both `source` and `id`.'),
  'mount-root': t('`/` não pode ser o destino de uma montagem.', '`/` cannot be a mount target.'),
  'mount-from-variable': t('`from` não aceita variáveis; defina um estágio com `FROM ${…} AS nome` e use o nome.', '`from` does not take variables; define a stage with `FROM ${…} AS name` and use its name.'),
  'checksum-source': t('`{value}` não é uma URL HTTP(S) nem um repositório Git; o BuildKit recusa ("checksum requires HTTP(S) or Git sources").',
    '`{value}` is neither an HTTP(S) URL nor a Git repository; BuildKit refuses it ("checksum requires HTTP(S) or Git sources").'),
  'checksum-multiple': t('com `--checksum`, o `ADD` aceita uma única origem.', 'with `--checksum`, `ADD` takes a single source.'),
};
