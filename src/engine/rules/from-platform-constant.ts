import { defineRule, t } from '../define.ts';
import { parsePlatform, unquote } from '../stages-helpers.ts';

export default defineRule({
  id: 'from-platform-constant',
  severity: 'warning',
  instructions: ['FROM'],
  refs: { hadolint: ['DL3029'], buildkit: ['FromPlatformFlagConstDisallowed'] },
  docs: {
    title: t('`--platform` fixo no FROM', 'Hard-coded `--platform` in FROM'),
    description: t(
      'Um `FROM --platform=` usa um valor literal (`linux/amd64`) em vez de uma variável como `$BUILDPLATFORM`. Como no BuildKit, não vale quando o nome do estágio contém o sistema ou a arquitetura (`AS build-amd64`), e variáveis como `$TARGETARCH` não são avisadas (o hadolint as avisa).',
      'A `FROM --platform=` uses a literal value (`linux/amd64`) instead of a variable such as `$BUILDPLATFORM`. As in BuildKit, it is not raised when the stage name contains the OS or architecture (`AS build-amd64`), and variables such as `$TARGETARCH` are not flagged (hadolint flags them).'),
    rationale: t(
      'Com a plataforma fixa, `docker buildx build --platform linux/arm64` não muda nada nesse estágio: num Mac com Apple Silicon ou num servidor Graviton a imagem sai para amd64, roda emulada (lenta) ou falha com `exec format error` na hora do deploy.',
      'With the platform fixed, `docker buildx build --platform linux/arm64` changes nothing in that stage: on an Apple Silicon Mac or a Graviton server the image comes out amd64, runs emulated (slowly) or fails with `exec format error` at deploy time.'),
    howToFix: t(
      'Tire o `--platform` para usar a plataforma-alvo do build, ou use `--platform=$BUILDPLATFORM` num estágio de compilação cruzada. Se o estágio é mesmo para uma só plataforma, diga isso no nome (`AS build-amd64`).',
      'Remove `--platform` to use the build\'s target platform, or use `--platform=$BUILDPLATFORM` in a cross-compiling stage. If the stage really is for one platform only, say so in its name (`AS build-amd64`).'),
  },
  messages: {
    'pt-BR': { default: '`--platform={platform}` é fixo: o estágio ignora o `--platform` pedido no build. Use `$BUILDPLATFORM`/`$TARGETPLATFORM` ou tire a flag.' },
    en: { default: '`--platform={platform}` is hard-coded: the stage ignores the `--platform` asked for at build time. Use `$BUILDPLATFORM`/`$TARGETPLATFORM` or drop the flag.' },
  },
  examples: {
    bad: ['FROM --platform=linux/amd64 alpine:3.22\nUSER 10001\n'],
    good: [
      'FROM alpine:3.22\nUSER 10001\n',
      'FROM --platform=$BUILDPLATFORM golang:1.25 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go env\nFROM alpine:3.22\nUSER 10001\n',
      'FROM --platform=linux/amd64 alpine:3.22 AS tools-amd64\nFROM alpine:3.22\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || !value || value.includes('$')) continue;
      const platform = parsePlatform(unquote(value));
      // BuildKit: a value that does not parse fails the build anyway.
      if (!platform) continue;
      const name = stage.name ?? '';
      if (name.includes(platform.os) || name.includes(platform.arch)) continue;
      const [start, end] = model.offsets(flag);
      report({ start, end, instruction: stage.from, data: { platform: unquote(value) } });
    }
  },
});
