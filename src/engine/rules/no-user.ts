import { defineRule, keywordRange, t } from '../define.ts';
import { chainHas, stageChain } from '../model.ts';


export default defineRule({
  id: 'no-user',
  severity: 'warning',
  instructions: ['USER'],
  refs: {},
  docs: {
    title: t('A imagem final roda como root', 'The final image runs as root'),
    description: t(
      'O estágio final nunca define `USER`, então o contêiner roda como root (a menos que a imagem base já defina outro usuário, o que o Estaleiro só sabe para imagens conhecidas como distroless `:nonroot`).',
      'The final stage never sets `USER`, so the container runs as root (unless the base image sets another user, which Estaleiro only knows for well-known images such as distroless `:nonroot`).'),
    rationale: t(
      'Um processo root dentro do contêiner é root no kernel do host, limitado só pelo isolamento do contêiner. Uma falha na aplicação vira uma porta maior. Kubernetes com `runAsNonRoot: true` recusa a imagem. O hadolint não tem esta regra (é um dos pedidos mais antigos do projeto).',
      'A root process in the container is root on the host kernel, held back only by container isolation: a bug in the app becomes a bigger door. Kubernetes with `runAsNonRoot: true` refuses the image. hadolint has no such rule (one of its oldest requests).'),
    howToFix: t(
      'Crie um usuário de sistema (ou use um UID numérico) e declare `USER` antes de `CMD`: `RUN useradd --system --uid 10001 app` e `USER 10001`.',
      'Create a system user (or use a numeric UID) and declare `USER` before `CMD`: `RUN useradd --system --uid 10001 app` then `USER 10001`.'),
  },
  messages: {
    'pt-BR': {
      default: 'O estágio final não define `USER`: o contêiner vai rodar como root.',
      inherited: 'O estágio final não define `USER`: o contêiner roda com o usuário em que `{image}` termina, root a menos que essa imagem defina outro. Declare o usuário aqui.',
    },
    en: {
      default: 'The final stage never sets `USER`: the container will run as root.',
      inherited: 'The final stage never sets `USER`: the container runs as the user `{image}` ends with, root unless that image sets another. Declare the user here.',
    },
  },
  examples: {
    bad: ['FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "main.py"]\n'],
    good: [
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "main.py"]\n',
      'FROM golang:1.25 AS build\nRUN go version\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /etc/passwd /tmp/passwd\n',
      'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n',
      'FROM alpine:3.22 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n',
    ],
  },
  check({ model, report }) {
    const stage = model.finalStage;
    if (!stage || stage.facts.family === 'scratch' || stage.facts.nonRoot || stage.unresolved.length) return;
    if (chainHas(stage, 'USER')) return;
    const [start, end] = keywordRange(model, stage.from);
    const [, fromEnd] = model.offsets(stage.from);
    // Only an image known to run as root makes "root" certain (a development-container image, for one, ends as a user).
    const root = stageChain(stage)[0]!;
    report({ start, end: Math.max(end, fromEnd), instruction: stage.from, ...(stage.facts.runsAsRoot ? {} : { messageId: 'inherited', data: { image: root.image } }) });
  },
});
