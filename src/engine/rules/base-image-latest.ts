import { defineRule, spanOf, t } from '../define.ts';

export default defineRule({
  id: 'base-image-latest',
  severity: 'warning',
  instructions: ['FROM'],
  refs: { hadolint: ['DL3007'] },
  docs: {
    title: t('Imagem base com a tag `latest`', 'Base image tagged `latest`'),
    description: t('Um `FROM` usa a tag `latest` sem digest.', 'A `FROM` uses the `latest` tag without a digest.'),
    rationale: t(
      '`latest` é só um nome que o mantenedor move quando quiser: o build de hoje e o do mês que vem partem de imagens diferentes, e não há como voltar com segurança. Em produção, cada réplica precisa ser igual à outra.',
      '`latest` is just a name the maintainer moves at will: today\'s build and next month\'s start from different images, and there is no safe way back. In production every replica must be the same.'),
    howToFix: t('Fixe uma versão (`ubuntu:24.04`) e, se puder, o digest (`ubuntu:24.04@sha256:…`).', 'Pin a version (`ubuntu:24.04`) and, where you can, the digest (`ubuntu:24.04@sha256:…`).'),
  },
  messages: {
    'pt-BR': { default: '`{image}` usa `latest`, que muda sem aviso: fixe uma versão.' },
    en: { default: '`{image}` uses `latest`, which moves without notice: pin a version.' },
  },
  examples: {
    bad: ['FROM ubuntu:latest\nUSER 10001\n'],
    good: ['FROM ubuntu:24.04\nUSER 10001\n', 'FROM ubuntu:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000\nUSER 10001\n'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (stage.parent || stage.ref.digest || stage.ref.tag !== 'latest') continue;
      const range = stage.from.getImageRange();
      if (!range) continue;
      report({ ...spanOf(model, range), data: { image: stage.image }, instruction: stage.from });
    }
  },
});
