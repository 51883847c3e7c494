import { defineRule, t } from '../define.ts';
import { exposeSpecs, subRange } from '../instructions-helpers.ts';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export default defineRule({
  id: 'expose-proto-casing',
  severity: 'warning',
  instructions: ['EXPOSE'],
  refs: { buildkit: ['ExposeProtoCasing'] },
  docs: {
    title: t('Protocolo de EXPOSE em maiúsculas', 'EXPOSE protocol not in lowercase'),
    description: t('O protocolo de um `EXPOSE` não está em minúsculas: `EXPOSE 53/UDP` em vez de `EXPOSE 53/udp`.', 'An `EXPOSE` protocol is not lowercase: `EXPOSE 53/UDP` instead of `EXPOSE 53/udp`.'),
    rationale: t(
      'O Docker grava a porta no config da imagem como texto (`53/UDP`), e ferramentas que leem esse config (Compose, orquestradores, scanners) comparam com `53/udp` e podem não reconhecer a porta. O BuildKit avisa desde a versão 1.18 do frontend.',
      'Docker stores the port in the image config as text (`53/UDP`), and tools that read the config (Compose, orchestrators, scanners) compare it with `53/udp` and may not recognise the port. BuildKit warns about it since frontend 1.18.'),
    howToFix: t('Escreva o protocolo em minúsculas: `tcp`, `udp` ou `sctp`. A correção automática faz isso.', 'Write the protocol in lowercase: `tcp`, `udp` or `sctp`. The automatic fix does it.'),
  },
  messages: {
    'pt-BR': { default: 'Escreva o protocolo em minúsculas: `{lower}` em vez de `{proto}`.' },
    en: { default: 'Write the protocol in lowercase: `{lower}` instead of `{proto}`.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por {lower}' }, en: { default: 'Change to {lower}' } },
  examples: {
    bad: ['FROM alpine:3.22\nUSER 10001\nEXPOSE 53/UDP\n'],
    good: ['FROM alpine:3.22\nUSER 10001\nEXPOSE 53/udp 8080\n'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.getKeyword() !== 'EXPOSE') continue;
      for (const spec of exposeSpecs(model, ins)) {
        const proto = spec.proto;
        if (!proto) continue;
        const lower = proto.text.toLowerCase();
        // Unknown protocols are a syntax error, reported elsewhere.
        if (lower === proto.text || !PROTOCOLS.has(lower)) continue;
        const [start, end] = subRange(spec.word, proto.at, proto.at + proto.text.length);
        const exact = spec.word.inner !== undefined;
        report({
          start, end, instruction: ins, data: { proto: proto.text, lower },
          fix: exact ? { edits: [{ start, end, text: lower }] } : undefined,
        });
      }
    }
  },
});
