import { defineRule, t } from '../define.ts';
import { exposeSpecs, subRange } from '../instructions-helpers.ts';

export default defineRule({
  id: 'expose-invalid-format',
  severity: 'warning',
  instructions: ['EXPOSE'],
  refs: { buildkit: ['ExposeInvalidFormat'] },
  docs: {
    title: t('EXPOSE com IP ou porta do host', 'EXPOSE with an IP or host port'),
    description: t(
      '`EXPOSE` com mapeamento de porta do host ou IP, no formato do `docker run -p`: `EXPOSE 8080:80` ou `EXPOSE 127.0.0.1:8080:80`.',
      'An `EXPOSE` with a host port or IP mapping, in `docker run -p` format: `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:8080:80`.'),
    rationale: t(
      '`EXPOSE` só documenta em que porta o contêiner escuta; quem publica a porta no host é o `docker run -p` ou o Compose. O Docker descarta o IP e a porta do host em silêncio, então quem lê o Dockerfile acha que a porta 8080 do host está publicada, e não está. O BuildKit avisa e documenta que isso vai virar erro.',
      '`EXPOSE` only documents which port the container listens on; publishing it on the host is the job of `docker run -p` or Compose. Docker silently drops the IP and host port, so readers believe host port 8080 is published when it is not. BuildKit warns and documents that this will become an error.'),
    howToFix: t(
      'Deixe só a porta do contêiner (e o protocolo): `EXPOSE 80`. Publique no host com `docker run -p 8080:80` ou `ports:` no Compose. A correção automática remove o prefixo.',
      'Keep only the container port (and protocol): `EXPOSE 80`. Publish it on the host with `docker run -p 8080:80` or `ports:` in Compose. The automatic fix removes the prefix.'),
  },
  messages: {
    'pt-BR': { default: '`EXPOSE` não publica portas no host: `{prefix}` é ignorado, fica só `{port}`.' },
    en: { default: '`EXPOSE` does not publish host ports: `{prefix}` is ignored, only `{port}` remains.' },
  },
  fixTitles: { 'pt-BR': { default: 'Deixar só {port}' }, en: { default: 'Keep only {port}' } },
  examples: {
    bad: ['FROM alpine:3.22\nUSER 10001\nEXPOSE 8080:80\n', 'FROM alpine:3.22\nUSER 10001\nEXPOSE 127.0.0.1:8080:80/tcp\n'],
    good: ['FROM alpine:3.22\nUSER 10001\nEXPOSE 80\n', 'FROM alpine:3.22\nUSER 10001\nEXPOSE 80/tcp 443\n'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.getKeyword() !== 'EXPOSE') continue;
      for (const spec of exposeSpecs(model, ins)) {
        if (spec.containerAt === 0) continue;
        const v = spec.word.value;
        const port = v.slice(spec.containerAt);
        if (!port) continue;
        const [start, end] = subRange(spec.word, 0, spec.containerAt);
        const exact = spec.word.inner !== undefined;
        report({
          start, end, instruction: ins, data: { prefix: v.slice(0, spec.containerAt), port },
          fix: exact ? { edits: [{ start, end, text: '' }] } : undefined,
        });
      }
    }
  },
});
