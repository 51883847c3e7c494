import { defineRule, spanOf, t } from '../define.ts';
import { parseImageRef } from '../images.ts';
import { earlierStageNamed, referenceProblem, resolveFromImage } from '../stages-helpers.ts';

export default defineRule({
  id: 'base-image-untagged',
  severity: 'warning',
  instructions: ['FROM'],
  refs: { hadolint: ['DL3006'] },
  docs: {
    title: t('Imagem base sem tag', 'Base image without a tag'),
    description: t(
      'Um `FROM` usa uma imagem sem tag nem digest (`FROM python`). Variáveis são resolvidas com os valores padrão dos `ARG` globais: `ARG BASE=python:3.13-slim` + `FROM ${BASE}` está certo; `ARG BASE=python` não. `scratch` e nomes de estágios anteriores não contam.',
      'A `FROM` uses an image with neither a tag nor a digest (`FROM python`). Variables are resolved with the global `ARG` defaults: `ARG BASE=python:3.13-slim` + `FROM ${BASE}` is fine; `ARG BASE=python` is not. `scratch` and names of earlier stages do not count.'),
    rationale: t(
      'Sem tag, o Docker usa `latest`, que o mantenedor move quando quiser: o build de hoje e o da semana que vem partem de imagens diferentes, com outra versão do sistema, da linguagem e das bibliotecas. Um deploy que funcionava quebra sem nenhuma mudança no seu código, e não há como reconstruir a imagem antiga.',
      'Without a tag Docker uses `latest`, which the maintainer moves at will: today\'s build and next week\'s start from different images, with another version of the OS, the language and the libraries. A deploy that worked breaks with no change to your code, and there is no way to rebuild the old image.'),
    howToFix: t(
      'Escreva a versão que você testou (`python:3.13-slim`, `ubuntu:24.04`) e, se puder, o digest (`@sha256:…`). Se a imagem vem de um `ARG`, coloque a tag no valor padrão ou em outro `ARG` (`FROM ${IMAGE}:${TAG}`).',
      'Write the version you tested (`python:3.13-slim`, `ubuntu:24.04`) and, where you can, the digest (`@sha256:…`). If the image comes from an `ARG`, put the tag in its default or in another `ARG` (`FROM ${IMAGE}:${TAG}`).'),
  },
  messages: {
    'pt-BR': {
      default: '`{image}` não tem tag: o Docker usa `latest`, que muda sem aviso. Fixe uma versão.',
      resolved: '`{written}` vira `{image}` com os valores padrão dos `ARG`, sem tag: o Docker usa `latest`, que muda sem aviso. Fixe uma versão.',
    },
    en: {
      default: '`{image}` has no tag: Docker uses `latest`, which moves without notice. Pin a version.',
      resolved: '`{written}` becomes `{image}` with the `ARG` defaults, with no tag: Docker uses `latest`, which moves without notice. Pin a version.',
    },
  },
  examples: {
    bad: ['FROM python\nUSER 10001\nCMD ["python", "-V"]\n', 'ARG BASE=alpine\nFROM ${BASE}\nUSER 10001\n'],
    good: [
      'FROM python:3.13-slim\nUSER 10001\nCMD ["python", "-V"]\n',
      'ARG IMAGE=alpine\nARG TAG=3.22\nFROM ${IMAGE}:${TAG}\nUSER 10001\n',
      'FROM golang:1.25 AS build\nFROM build AS test\nFROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nUSER 10001\n',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const range = stage.from.getImageRange();
      if (!range) continue;
      const resolved = resolveFromImage(model, stage);
      const image = resolved.value;
      // Variables without a value: the real image is only known at build time.
      if (image === undefined || resolved.undeclared.length > 0 || resolved.withoutDefault.length > 0) continue;
      // Invalid references are other rules' business.
      if (referenceProblem(image) !== undefined) continue;
      if (earlierStageNamed(model, image, stage.index)) continue;
      const ref = parseImageRef(image);
      if (ref.digest || ref.tag) continue;
      if (ref.repository === 'scratch' && !ref.registry) continue;
      report({
        ...spanOf(model, range), instruction: stage.from,
        messageId: resolved.usesVariables ? 'resolved' : 'default', data: { image, written: resolved.written },
      });
    }
  },
});
