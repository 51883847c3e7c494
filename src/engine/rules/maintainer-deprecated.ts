import { defineRule, keywordRange, t } from '../define.ts';
import { majorityCasing } from '../stages-helpers.ts';

export default defineRule({
  id: 'maintainer-deprecated',
  severity: 'warning',
  instructions: ['MAINTAINER'],
  refs: { hadolint: ['DL4000'], buildkit: ['MaintainerDeprecated'] },
  docs: {
    title: t('`MAINTAINER` está obsoleto', '`MAINTAINER` is deprecated'),
    description: t('O Dockerfile usa `MAINTAINER`, obsoleto desde o Docker 1.13.', 'The Dockerfile uses `MAINTAINER`, deprecated since Docker 1.13.'),
    rationale: t(
      '`MAINTAINER` grava um campo antigo que as ferramentas de hoje (registries, scanners, `docker inspect` com rótulos OCI) não leem. O rótulo padrão `org.opencontainers.image.authors` é o que elas mostram, e o BuildKit avisa do `MAINTAINER` em todo build.',
      '`MAINTAINER` writes an old field that today\'s tools (registries, scanners, `docker inspect` with OCI labels) do not read. The standard `org.opencontainers.image.authors` label is what they show, and BuildKit warns about `MAINTAINER` on every build.'),
    howToFix: t(
      'Troque por `LABEL org.opencontainers.image.authors="Nome <email>"`. A correção automática faz isso, com as aspas certas.',
      'Replace it with `LABEL org.opencontainers.image.authors="Name <email>"`. The automatic fix does it, quoted properly.'),
  },
  messages: {
    'pt-BR': { default: '`MAINTAINER` está obsoleto: use `LABEL org.opencontainers.image.authors=…`.' },
    en: { default: '`MAINTAINER` is deprecated: use `LABEL org.opencontainers.image.authors=…`.' },
  },
  fixTitles: { 'pt-BR': { default: 'Trocar por LABEL org.opencontainers.image.authors' }, en: { default: 'Replace with LABEL org.opencontainers.image.authors' } },
  examples: {
    bad: ['FROM alpine:3.22\nMAINTAINER Ana Souza <ana@example.com>\nUSER 10001\n'],
    good: ['FROM alpine:3.22\nLABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\nUSER 10001\n'],
  },
  check({ model, report }) {
    const escape = model.escape;
    // Write LABEL in the file's casing, so the fix adds no casing finding.
    const label = majorityCasing(model) === 'lower' ? 'label' : 'LABEL';
    for (const ins of model.instructions) {
      if (ins.getKeyword() !== 'MAINTAINER') continue;
      const [start, end] = keywordRange(model, ins);
      const value = ins.getArgumentsContent()?.trim() ?? '';
      let fix;
      if (value !== '') {
        // Inside double quotes, `"`, `$` and the escape character need the escape character.
        let quoted = '"';
        for (const ch of value) quoted += ch === '"' || ch === '$' || ch === escape ? escape + ch : ch;
        quoted += '"';
        const [insStart, insEnd] = model.offsets(ins);
        fix = { edits: [{ start: insStart, end: insEnd, text: `${label} org.opencontainers.image.authors=${quoted}` }] };
      }
      report({ start, end, instruction: ins, fix });
    }
  },
});
